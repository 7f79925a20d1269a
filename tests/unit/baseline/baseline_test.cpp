#include "baseline/baseline.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "engine/audit.hpp"
#include "model/routine_set.hpp"
#include "report/formats.hpp"
#include "rules/pack.hpp"

using namespace medvirk;

namespace {

const rules::Catalogue& catalogue(bool recovery) {
    static Diagnostics errors;
    static rules::Catalogue national =
        rules::load_catalogue(rules::builtin_packs(), errors, {{}, false});
    static rules::Catalogue with_recovery =
        rules::load_catalogue(rules::builtin_packs(), errors, {{"recovery"}, false});
    REQUIRE(errors.empty());
    return recovery ? with_recovery : national;
}

std::string write_temp(const std::string& name, const std::string& text) {
    auto path = (std::filesystem::temp_directory_path() / name).string();
    std::ofstream(path) << text;
    return path;
}

}  // namespace

TEST_CASE("baseline: a baseline records its rule packs; entries of rules not run are not fixed") {
    auto loaded = model::load_routine_sets({MEDVIRK_SOURCE_DIR "/examples/kommune-recovery"},
                                           catalogue(true).vocabulary);
    REQUIRE(loaded.errors.empty());
    Date as_of = *Date::parse("2026-11-23");
    engine::Report with = engine::audit(loaded.services, catalogue(true), as_of);
    std::string text = baseline::create(with);
    CHECK(text.find("\"regelpakker\"") != std::string::npos);

    Diagnostics errors;
    auto path = write_temp("medvirk-baseline-test.json", text);
    auto base = baseline::read(path, errors);
    std::filesystem::remove(path);
    REQUIRE(base);
    REQUIRE(base->packs);
    CHECK(*base->packs == baseline::packs_of(catalogue(true)));
    size_t recovery = 0;
    for (const auto& e : base->entries) recovery += catalogue(false).rule(e.rule) ? 0 : 1;
    REQUIRE(recovery > 0);

    // The same routines without the recovery profile: its findings were not evaluated.
    engine::Report without = engine::audit(loaded.services, catalogue(false), as_of);
    baseline::Matcher m(*base, &catalogue(false));
    for (auto& s : without.services) m.mark(s);
    CHECK(m.not_evaluated() == recovery);
    CHECK(m.summary().fixed == 0);
    CHECK(m.summary().baselined == base->entries.size() - recovery);

    auto said = baseline::pack_mismatch({"grunnlinjen", "the baseline"},
                                        {"denne kjøringen", "this run"}, base->packs,
                                        baseline::packs_of(catalogue(false)), m.not_evaluated());
    REQUIRE(said);
    CHECK(said->en.find("the baseline was made with other rule packs (nasjonal ") == 0);
    CHECK(said->en.find(fmt::format(
              "; {} finding(s) of rules that this run did not evaluate are not counted as fixed",
              recovery)) != std::string::npos);
    // The same packs and every rule run: nothing to say. Packs in another order are the same.
    auto reversed = *base->packs;
    std::reverse(reversed.begin(), reversed.end());
    CHECK_FALSE(baseline::pack_mismatch({"a", "a"}, {"b", "b"}, reversed, *base->packs, 0));
    // An older baseline without packs: only the rules not run are stated.
    auto old =
        baseline::pack_mismatch({"grunnlinjen", "the baseline"}, {"denne kjøringen", "this run"},
                                std::nullopt, baseline::packs_of(catalogue(false)), 2);
    REQUIRE(old);
    CHECK(old->en ==
          "the baseline has findings of rules that this run does not have; 2 finding(s) of rules "
          "that this run did "
          "not evaluate are not counted as fixed");
}

TEST_CASE(
    "baseline: diff rejects an unknown report version and does not count other packs' findings as "
    "fixed") {
    auto loaded = model::load_routine_sets({MEDVIRK_SOURCE_DIR "/examples/kommune-recovery"},
                                           catalogue(true).vocabulary);
    REQUIRE(loaded.errors.empty());
    Date as_of = *Date::parse("2026-11-23");
    auto json_of = [&](const rules::Catalogue& cat) {
        engine::Report r = engine::audit(loaded.services, cat, as_of);
        return report::render(*report::find_format("json"), r, {});
    };
    auto old_path = write_temp("medvirk-diff-old.json", json_of(catalogue(true)));
    std::string newer = json_of(catalogue(false));
    auto new_path = write_temp("medvirk-diff-new.json", newer);
    Diagnostics errors;
    auto d = baseline::diff(old_path, new_path, errors);
    REQUIRE(d);
    CHECK(d->fixed.empty());
    CHECK(d->not_evaluated > 0);
    CHECK(d->old_packs.size() == 2);
    CHECK(d->new_packs.size() == 1);

    auto at = newer.find("\"formatversjon\": 1");
    REQUIRE(at != std::string::npos);
    newer.replace(at, 18, "\"formatversjon\": 99");
    auto v99 = write_temp("medvirk-diff-v99.json", newer);
    CHECK_FALSE(baseline::diff(old_path, v99, errors));
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.back().text.en == "the report has format version 99, but this medvirk reads 1");
    for (const auto& p : {old_path, new_path, v99}) std::filesystem::remove(p);
}
