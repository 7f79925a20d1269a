#include "report/rules.hpp"

#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace medvirk;

TEST_CASE("report/rules: the JSON catalogue carries what check-quotes and users need") {
    Diagnostics errors;
    auto cat = rules::load_catalogue(rules::builtin_packs(), errors);
    REQUIRE(errors.empty());
    auto j = nlohmann::json::parse(report::format_rules_json(cat));
    REQUIRE(j["regler"].size() == cat.rules.size());
    const auto& first = j["regler"][0];
    for (const char* key :
         {"id", "råd", "styrke", "sitat", "hjemmel", "gjelder", "sjekk", "melding", "tiltak"})
        CHECK_MESSAGE(first.contains(key), key);
    CHECK(j["pakker"][0]["id"] == "nasjonal");
}

TEST_CASE("report/rules: show is generated from the rule's own metadata") {
    Diagnostics errors;
    auto cat = test::catalogue(
        test::pack(test::rule("A-1", "kan", "{dekket: {tag: t1}}", "    hjemmel: [lov § 2]\n")),
        errors);
    REQUIRE(errors.empty());
    std::string en = report::format_rule_show(*cat.rule("A-1"), cat, Lang::en);
    CHECK(en.find("A-1: T\n") == 0);
    CHECK(en.find("Strength: may → suggestion\n") != std::string::npos);
    // A kan rule's law is background, not the basis of a duty.
    CHECK(en.find("Legal background: lov § 2\n") != std::string::npos);
    CHECK(
        en.find("Passes when: a step of a routine has «dekker: [t1]» and shows it in its text\n") !=
        std::string::npos);
    std::string list = report::format_rules_list(cat, Lang::nb);
    CHECK(list.find("A1 (system, bør): Råd\n  A-1") == 0);
}

TEST_CASE("report/rules: text from a rule pack is shown escaped in list, show and tags") {
    Diagnostics errors;
    std::string rule = test::rule("A-1", "kan", "{dekket: {tag: t1}}");
    rule.replace(rule.find("tittel: {nb: T, en: T}"), 22,
                 "tittel: {nb: \"T\\e[2J\\n::error::x\\u2066\", en: T}");
    auto cat = test::catalogue(test::pack(rule), errors);
    REQUIRE(errors.empty());
    std::string show = report::format_rule_show(*cat.rule("A-1"), cat, Lang::nb);
    CHECK(show.find("A-1: T\\x1b[2J\\n::error::x\\u2066\n") == 0);
    std::string list = report::format_rules_list(cat, Lang::nb);
    CHECK(list.find("T\\x1b[2J\\n::error::x\\u2066\n") != std::string::npos);
    for (const std::string& out : {show, list}) {
        CHECK(out.find('\x1b') == std::string::npos);
        CHECK(out.find("\n::error") == std::string::npos);
    }
}
