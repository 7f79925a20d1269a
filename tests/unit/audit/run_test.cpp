#include "audit/run.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "baseline/baseline.hpp"
#include "engine/audit.hpp"
#include "model/routine_set.hpp"
#include "report/formats.hpp"
#include "rules/pack.hpp"

using namespace medvirk;

namespace {

const rules::Catalogue& national() {
    static Diagnostics errors;
    static rules::Catalogue cat = rules::load_catalogue(rules::builtin_packs(), errors);
    REQUIRE(errors.empty());
    return cat;
}

const std::string example = MEDVIRK_SOURCE_DIR "/examples/kommune-med-mangler";
const Date as_of{2026, 6, 1};

audit::Request request_for(const char* format) {
    audit::Request r;
    r.catalogue = &national();
    r.as_of = as_of;
    r.routines.paths = {example};
    r.routines.jobs = 2;
    r.routines.batch_files = 1;
    r.outputs.push_back(
        {report::find_format(format), report::FormatOptions{Lang::nb, false, false, 2}});
    return r;
}

std::string slurp_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string written(audit::Outcome& outcome, size_t k = 0) {
    report::StringSink out;
    REQUIRE_FALSE(outcome.write(k, out));
    return out.text;
}

}  // namespace

TEST_CASE(
    "audit/run: the report is the engine's audit of the whole set, with the inputs and their "
    "hashes") {
    auto loaded = model::load_routine_sets({example}, national().vocabulary);
    REQUIRE(loaded.errors.empty());
    engine::Report whole = engine::audit(loaded.services, national(), as_of);
    for (const auto& [file, hash] : loaded.hashes) whole.inputs.push_back({file, hash});

    audit::Outcome outcome = audit::run(request_for("json"));
    REQUIRE(outcome.ok());
    CHECK(outcome.report().as_of == as_of);
    REQUIRE(outcome.report().inputs.size() == loaded.hashes.size());
    CHECK(outcome.report().inputs.front().sha256 == loaded.hashes.front().second);
    CHECK(written(outcome) ==
          report::render(*report::find_format("json"), whole, {Lang::nb, false, false, 2}));
    size_t findings = 0;
    for (auto n : outcome.new_findings) findings += n;
    CHECK(findings > 0);
}

TEST_CASE("audit/run: one run renders every requested output, each as it would be alone") {
    // JSON shows the coverage matrix, which the engine fills only when an output asks for it
    // (Format::registers); the text output alone does not.
    audit::Request json = request_for("json");
    audit::Outcome json_alone = audit::run(json);
    CHECK(written(json_alone).find("\"tag\"") != std::string::npos);
    audit::Outcome text_alone = audit::run(request_for("text"));
    json.outputs.push_back(request_for("text").outputs.front());
    audit::Outcome both = audit::run(json);
    CHECK(written(both, 0) == written(json_alone));
    CHECK(written(both, 1) == written(text_alone));
}

TEST_CASE("audit/run: findings in the baseline are marked and summed up, not counted as new") {
    std::vector<baseline::Entry> entries;
    audit::Request r = request_for("text");
    r.services = [&](const std::vector<engine::ServiceReport>& services) {
        for (const auto& s : services)
            for (auto& e : baseline::entries_of(s)) entries.push_back(std::move(e));
    };
    audit::Outcome first = audit::run(r);
    REQUIRE(first.ok());
    REQUIRE_FALSE(entries.empty());
    CHECK_FALSE(first.report().baseline);

    baseline::Baseline base;
    base.entries = entries;
    base.entries.push_back({"0000", "I2-KLAGE-OMBUD", "s", "d", "",
                            "avvik"});  // a rule run now, no current finding: fixed
    audit::Request again = request_for("text");
    again.baseline = &base;
    again.baseline_file = "grunnlinje.json";
    audit::Outcome second = audit::run(again);
    REQUIRE(second.ok());
    for (auto n : second.new_findings) CHECK(n == 0);
    REQUIRE(second.report().baseline);
    CHECK(second.report().baseline->file == "grunnlinje.json");
    CHECK(second.report().baseline->baselined == entries.size());
    CHECK(second.report().baseline->fixed == 1);
}

TEST_CASE("audit/run: a routine set with errors gives no report; the file list can stop the run") {
    audit::Request r = request_for("text");
    r.routines.paths.clear();
    r.routines.sources = {{"set/tjeneste.yaml", "type: tjeneste\nid: x\nnivå: ukjent\n"}};
    audit::Outcome outcome = audit::run(r);
    CHECK_FALSE(outcome.ok());
    CHECK_FALSE(outcome.loaded.errors.empty());

    audit::Request stop = request_for("text");
    std::vector<std::string> listed;
    stop.routines.files = [&](const std::vector<std::string>& files) {
        listed = files;
        throw std::runtime_error("refused");
    };
    CHECK_THROWS_AS(audit::run(stop), std::runtime_error);
    CHECK_FALSE(listed.empty());
}

TEST_CASE("audit/run: a routine set held in memory gives the report its files on disk give") {
    audit::Request from_disk = request_for("json");
    audit::Outcome disk = audit::run(from_disk);
    REQUIRE(disk.ok());

    audit::Request in_memory = request_for("json");
    in_memory.routines.paths.clear();
    for (const auto& in : disk.report().inputs)
        in_memory.routines.sources.push_back({in.file, slurp_file(in.file)});
    std::vector<std::string> listed;
    in_memory.routines.files = [&](const std::vector<std::string>& files) { listed = files; };
    audit::Outcome memory = audit::run(in_memory);
    REQUIRE(memory.ok());
    CHECK(listed.size() == disk.report().inputs.size());
    CHECK(written(memory) == written(disk));
}

namespace {

// The test pack of the e2e goldens, whose coverage words carry indicator terms.
const rules::Catalogue& test_pack() {
    static Diagnostics errors;
    static rules::Catalogue cat = rules::load_catalogue(
        {{"testpakke.yaml", slurp_file(MEDVIRK_SOURCE_DIR "/tests/e2e/pack/testpakke.yaml")}},
        errors);
    REQUIRE(errors.empty());
    return cat;
}

audit::Request suggesting(const char* format, bool suggest) {
    audit::Request r;
    r.catalogue = &test_pack();
    r.as_of = as_of;
    r.routines.paths = {MEDVIRK_SOURCE_DIR "/tests/e2e/suggest",
                        MEDVIRK_SOURCE_DIR "/tests/e2e/routines"};
    r.routines.jobs = 2;
    r.routines.batch_files = 1;
    r.outputs.push_back(
        {report::find_format(format), report::FormatOptions{Lang::nb, false, true, 2, suggest}});
    r.suggest_tags = suggest;
    return r;
}

}  // namespace

TEST_CASE("audit/run: tagging suggestions change no result, score or count of findings") {
    std::vector<engine::ServiceReport> with, without;
    auto keep = [](std::vector<engine::ServiceReport>& into) {
        return [&into](const std::vector<engine::ServiceReport>& services) {
            for (const auto& s : services) into.push_back(s);
        };
    };
    audit::Request asked = suggesting("json", true);
    asked.services = keep(with);
    audit::Request plain = suggesting("json", false);
    plain.services = keep(without);
    audit::Outcome a = audit::run(asked);
    audit::Outcome p = audit::run(plain);
    REQUIRE(a.ok());
    REQUIRE(p.ok());
    CHECK(a.new_findings == p.new_findings);
    REQUIRE(with.size() == 2);
    REQUIRE(without.size() == 2);
    size_t suggestions = 0;
    for (size_t i = 0; i < with.size(); ++i) {
        REQUIRE(with[i].suggestions);
        CHECK_FALSE(without[i].suggestions);
        suggestions += with[i].suggestions->size();
        CHECK(with[i].counts == without[i].counts);
        CHECK(with[i].total.percent() == without[i].total.percent());
        CHECK(with[i].total.earned == without[i].total.earned);
        REQUIRE(with[i].results.size() == without[i].results.size());
        for (size_t k = 0; k < with[i].results.size(); ++k) {
            CHECK(with[i].results[k].grade == without[i].results[k].grade);
            CHECK(with[i].results[k].detail.nb == without[i].results[k].detail.nb);
        }
        CHECK(with[i].views.front().covered() == without[i].views.front().covered());
    }
    CHECK(suggestions == 4);  // three in tests/e2e/suggest, one in tests/e2e/routines

    // The JSON report: the same but for each service's «dekningsforslag», present only when asked.
    auto asked_json = nlohmann::json::parse(written(a));
    auto plain_json = nlohmann::json::parse(written(p));
    for (auto& s : plain_json["tjenester"]) CHECK_FALSE(s.contains("dekningsforslag"));
    size_t listed = 0;
    for (auto& s : asked_json["tjenester"]) {
        REQUIRE(s.contains("dekningsforslag"));
        listed += s["dekningsforslag"].size();
        s.erase("dekningsforslag");
    }
    CHECK(listed == 4);
    CHECK(asked_json == plain_json);

    // The text report: the same but for the section of suggestions, after the findings.
    audit::Outcome at = audit::run(suggesting("text", true));
    audit::Outcome pt = audit::run(suggesting("text", false));
    std::string text = written(at);
    const std::string heading = "Forslag til dekningsord (informasjon, ikke bevis):\n";
    size_t from = text.find(heading);
    REQUIRE(from != std::string::npos);
    size_t to = text.find("\n\n", from);
    REQUIRE(to != std::string::npos);
    CHECK(text.find("[TST-KLAGE]") < from);               // after the findings
    CHECK(text.find("Tjeneste forslagstjenesten") > to);  // before the summaries
    CHECK(text.substr(from, to - from).find("«test_klage»") != std::string::npos);
    CHECK(text.substr(0, from) + text.substr(to + 2) == written(pt));
}

TEST_CASE("audit/run: asked for and none found, the text report says so under the same heading") {
    audit::Request r = suggesting("text", true);
    r.routines.paths.clear();
    r.routines.sources = {
        {"set/tjeneste.yaml", slurp_file(MEDVIRK_SOURCE_DIR "/tests/e2e/suggest/tjeneste.yaml")},
        {"set/rutine.yaml",
         "type: rutine\nid: r\ntittel: R\nfremgangsmåte:\n"
         "  - steg: Brukeren får vite om klageadgangen og pasient- og brukerombudet.\n"
         "    dekker: [test_klage]\n"
         "  - steg: Behandleren gir brukeren en time innen to uker.\n"}};
    audit::Outcome outcome = audit::run(r);
    REQUIRE(outcome.ok());
    std::string text = written(outcome);
    CHECK(text.find("Forslag til dekningsord (informasjon, ikke bevis): ingen\n\n") !=
          std::string::npos);
    r.outputs.front().options.lang = Lang::en;
    audit::Outcome en = audit::run(r);
    CHECK(written(en).find("Suggested coverage words (information, not evidence): none\n\n") !=
          std::string::npos);
}
