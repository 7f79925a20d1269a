#include "report/stream.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "baseline/baseline.hpp"
#include "engine/audit.hpp"
#include "model/routine_set.hpp"
#include "report/formats.hpp"
#include "rules/pack.hpp"

using namespace medvirk;

namespace {

const rules::Catalogue& national() {
    static Diagnostics errors;
    static rules::Catalogue cat =
        rules::load_catalogue(rules::builtin_packs(), errors, {{"recovery"}, false});
    REQUIRE(errors.empty());
    return cat;
}

// Four examples with several services, audited at once.
model::LoadResult examples() {
    std::string root = MEDVIRK_SOURCE_DIR "/examples/";
    return model::load_routine_sets({root + "kommune-med-mangler", root + "dps-ungdom-voksne",
                                     root + "bup", root + "kommune-recovery"},
                                    national().vocabulary);
}

}  // namespace

TEST_CASE(
    "report/stream: every format written from batches is what render() gives for the whole "
    "report") {
    auto loaded = examples();
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.services.size() == 4);
    const Date as_of{2026, 6, 1};
    const auto& cat = national();

    // A baseline of the first service's findings, so that some findings are marked and some fixed.
    baseline::Baseline base;
    {
        auto first = engine::audit({loaded.services.front()}, cat, as_of);
        for (auto& e : baseline::entries_of(first.services.front())) base.entries.push_back(e);
        REQUIRE_FALSE(base.entries.empty());
        // Not a current finding, of a rule that is run: fixed.
        base.entries.push_back({"0000", base.entries.front().rule, "s", "d", "", "avvik"});
    }

    // The whole report at once.
    engine::Report whole = engine::audit(loaded.services, cat, as_of);
    for (const auto& [file, hash] : loaded.hashes) whole.inputs.push_back({file, hash});
    whole.baseline = baseline::apply(whole, base);
    whole.baseline->file = "grunnlinje.json";

    // The same in batches of one service, in reverse order (batches come in folder order, not
    // report order).
    engine::Report head;
    head.as_of = as_of;
    head.catalogue = &cat;
    head.baseline = engine::BaselineSummary{"grunnlinje.json", 0, 0};
    for (const auto& [file, hash] : loaded.hashes) head.inputs.push_back({file, ""});
    std::vector<report::StreamedReport::Output> outputs;
    for (const auto& f : report::formats()) outputs.push_back({&f, {Lang::en, false, false, 2}});
    outputs.push_back({report::find_format("text"), {Lang::nb, true, true, 1}});  // colour, --all
    report::StreamedReport stream(head, outputs);
    baseline::Matcher matcher(base, &cat);
    for (size_t i = loaded.services.size(); i-- > 0;) {
        engine::Report part = engine::audit({loaded.services[i]}, cat, as_of, 1, true);
        for (auto& s : part.services) matcher.mark(s);
        REQUIRE_FALSE(stream.add(std::move(part.services), 2));
    }
    stream.finish();
    head.inputs.clear();
    for (const auto& [file, hash] : loaded.hashes) head.inputs.push_back({file, hash});
    auto summary = matcher.summary();
    head.baseline->baselined = summary.baselined;
    head.baseline->fixed = summary.fixed;
    CHECK(summary.baselined == whole.baseline->baselined);
    CHECK(summary.fixed == 1);
    CHECK(summary.baselined > 0);
    CHECK(head.counts == whole.counts);
    REQUIRE(head.services.size() == whole.services.size());
    for (size_t i = 0; i < head.services.size(); ++i) {
        CHECK(head.services[i].service.id == whole.services[i].service.id);
        CHECK(head.services[i].results.empty());  // only a summary is kept
    }

    for (size_t k = 0; k < outputs.size(); ++k) {
        CAPTURE(outputs[k].format->name);
        std::string expected = report::render(*outputs[k].format, whole, outputs[k].options);
        report::StringSink got;
        REQUIRE_FALSE(stream.write(k, got));
        CHECK(got.text.size() > 100);
        CHECK(got.text == expected);
    }
}

TEST_CASE("report/stream: no services gives the empty report of each format") {
    engine::Report empty;
    empty.as_of = Date{2026, 6, 1};
    empty.catalogue = &national();
    engine::Report head = empty;
    std::vector<report::StreamedReport::Output> outputs;
    for (const auto& f : report::formats()) outputs.push_back({&f, {}});
    report::StreamedReport stream(head, outputs);
    stream.finish();
    for (size_t k = 0; k < outputs.size(); ++k) {
        report::StringSink got;
        REQUIRE_FALSE(stream.write(k, got));
        CHECK(got.text == report::render(*outputs[k].format, empty, {}));
    }
}
