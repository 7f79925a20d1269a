// Every coverage word of the built-in packs has indicator terms (`tegn`), and a case in
// tests/vocabulary/<pack>.yaml: a sentence that shows the word (it is substantive and shows at
// least one of the word's terms) and one that does not (substantive, and shows none of them).
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "checks/evidence.hpp"
#include "rules/pack.hpp"
#include "yaml/parse.hpp"

namespace fs = std::filesystem;
using namespace medvirk;

namespace {

const fs::path cases_dir = fs::path(MEDVIRK_SOURCE_DIR) / "tests" / "vocabulary";

const rules::Catalogue& catalogue() {
    static Diagnostics errors;
    static rules::Catalogue cat = [] {
        rules::LoadOptions o{{}, true};
        o.all_profiles = true;
        return rules::load_catalogue(rules::builtin_packs(), errors, o);
    }();
    return cat;
}

struct Case {
    std::string shows, not_shows;
    std::string where;
};

std::map<std::string, Case> read_cases() {
    std::map<std::string, Case> out;
    for (const auto& entry : fs::directory_iterator(cases_dir)) {
        if (entry.path().extension() != ".yaml") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        auto parsed = yaml::parse(ss.str(), entry.path().string());
        for (const auto& e : parsed.errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
        for (const auto& doc : parsed.docs) {
            const yaml::Node* list = doc.root.get("tilfeller");
            REQUIRE_MESSAGE(list, entry.path().string(), " has no «tilfeller»");
            for (const auto& c : list->items) {
                const yaml::Node* tag = c.get("tag");
                const yaml::Node* yes = c.get("viser");
                const yaml::Node* no = c.get("viser_ikke");
                std::string where = fmt::format("{}:{}", entry.path().filename().string(), c.line);
                REQUIRE_MESSAGE((tag && yes && no), where, ": needs tag, viser and viser_ikke");
                CHECK_MESSAGE(out.count(tag->value) == 0, where, ": a second case for ",
                              tag->value);
                out[tag->value] = {yes->value, no->value, where};
            }
        }
    }
    return out;
}

}  // namespace

TEST_CASE(
    "vocabulary: every coverage word has indicators and a case that shows it and one that does "
    "not") {
    auto cases = read_cases();
    REQUIRE(!catalogue().tags.empty());
    for (const rules::Tag* tag : catalogue().tags) {
        CAPTURE(tag->id);
        CHECK_MESSAGE(!tag->indicators.empty(), tag->id, " has no «tegn»");
        auto it = cases.find(tag->id);
        if (it == cases.end()) {
            FAIL_CHECK("no case in tests/vocabulary for ", tag->id);
            continue;
        }
        const Case& c = it->second;
        CAPTURE(c.where);
        CHECK_MESSAGE(!checks::is_hollow(c.shows), c.where, ": «viser» is hollow");
        CHECK_MESSAGE(!checks::is_hollow(c.not_shows), c.where, ": «viser_ikke» is hollow");
        CHECK_MESSAGE(!checks::shown_terms(c.shows, tag->indicators).empty(), c.where,
                      ": «viser» shows none of the terms of ", tag->id);
        auto wrong = checks::shown_terms(c.not_shows, tag->indicators);
        CHECK_MESSAGE(wrong.empty(), c.where, ": «viser_ikke» shows ",
                      wrong.empty() ? std::string{} : wrong.front());
        cases.erase(it);
    }
    for (const auto& [tag, c] : cases) FAIL_CHECK(c.where, ": no coverage word ", tag);
}
