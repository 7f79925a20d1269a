// Every rule has a fixture where it fires and one where it passes (and, when its applicability is
// restricted, one where it does not apply). Fixtures live in tests/rules/<RULE-ID>/{fires,passes,
// ikke-relevant}/ and are audited as of 2026-06-01.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "engine/audit.hpp"
#include "model/routine_set.hpp"
#include "rules/pack.hpp"

namespace fs = std::filesystem;
using namespace medvirk;

namespace {

const Date fixture_date{2026, 6, 1};
const fs::path fixtures = fs::path(MEDVIRK_SOURCE_DIR) / "tests" / "rules";

const rules::Catalogue& catalogue() {
    static Diagnostics errors;
    static rules::Catalogue cat = rules::load_catalogue(rules::builtin_packs(), errors, {{}, true});
    return cat;
}

// The grades the rule got in the fixture's audit.
std::multiset<engine::Grade> grades(const rules::Rule& rule, const fs::path& dir) {
    auto loaded = model::load_routine_sets({dir.string()}, catalogue().tag_names());
    for (const auto& e : loaded.errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
    auto report = engine::audit(loaded.services, catalogue(), fixture_date);
    std::multiset<engine::Grade> out;
    for (const auto& s : report.services)
        for (const auto& f : s.results)
            if (f.rule == &rule) out.insert(f.grade);
    return out;
}

bool restricted(const rules::Rule& r) {
    return !r.applies.levels.empty() || !r.applies.target_groups.empty() || r.applies.institution;
}

}  // namespace

TEST_CASE("rule fixtures: the built-in packs load") {
    Diagnostics errors;
    auto cat = rules::load_catalogue(rules::builtin_packs(), errors, {{}, true});
    for (const auto& e : errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
    CHECK(cat.rules.size() > 0);
}

TEST_CASE("rule fixtures: every rule fires and passes on its fixtures") {
    for (const rules::Rule* rule : catalogue().rules) {
        CAPTURE(rule->id);
        const fs::path dir = fixtures / rule->id;
        const engine::Grade failing = engine::grade_for(rule->strength);

        REQUIRE_MESSAGE(fs::is_directory(dir / "fires"), "missing fixture ",
                        (dir / "fires").string());
        auto fired = grades(*rule, dir / "fires");
        CHECK_MESSAGE(fired.count(failing) > 0, rule->id, " does not fire on its fixture");

        REQUIRE_MESSAGE(fs::is_directory(dir / "passes"), "missing fixture ",
                        (dir / "passes").string());
        auto passed = grades(*rule, dir / "passes");
        CHECK_MESSAGE(passed.count(engine::Grade::oppfylt) > 0, rule->id,
                      " does not pass on its fixture");
        CHECK_MESSAGE(passed.count(failing) == 0, rule->id, " also fails on its passing fixture");

        // Rules with `gjelder` must have the fixture; a rule that is not applicable for another
        // reason (`mangler: ikke_relevant`) is checked on it when it has one.
        if (restricted(*rule) || fs::is_directory(dir / "ikke-relevant")) {
            REQUIRE_MESSAGE(fs::is_directory(dir / "ikke-relevant"), "missing fixture ",
                            (dir / "ikke-relevant").string());
            auto na = grades(*rule, dir / "ikke-relevant");
            CHECK(!na.empty());
            CHECK_MESSAGE(na.count(engine::Grade::ikke_relevant) == na.size(), rule->id,
                          " is not reported as not applicable on its fixture");
        }
    }
}

TEST_CASE("rule fixtures: every fixture directory belongs to a rule") {
    for (const auto& entry : fs::directory_iterator(fixtures)) {
        if (!entry.is_directory()) continue;
        std::string id = entry.path().filename().string();
        CAPTURE(id);
        CHECK_MESSAGE(catalogue().rule(id) != nullptr, "fixture for unknown rule ", id);
    }
}
