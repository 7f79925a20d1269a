#include <fmt/format.h>

#include <algorithm>

#include "checks/check.hpp"
#include "support.hpp"

using namespace medvirk;

namespace {

// Loads a one-rule pack with the check; returns the errors as "line:col code en-text".
std::vector<std::string> errors_of(const std::string& check) {
    Diagnostics errors;
    auto cat = test::catalogue(test::pack(test::rule("X-1", "bør", check)), errors);
    std::vector<std::string> out;
    for (const auto& e : errors)
        out.push_back(fmt::format("{}:{} {} {}", e.loc.line, e.loc.col, e.code, e.text.en));
    return out;
}

const checks::Check& loaded(rules::Catalogue& cat, const std::string& check) {
    Diagnostics errors;
    cat = test::catalogue(test::pack(test::rule("X-1", "bør", check)), errors);
    for (const auto& e : errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
    REQUIRE(cat.rules.size() == 1);
    REQUIRE(cat.rules[0]->check);
    return *cat.rules[0]->check;
}

}  // namespace

TEST_CASE("checks/registry: one table, in documentation order") {
    CHECK(checks::kind_names() ==
          std::vector<std::string>{"finnes", "beskrevet", "antall", "elementer", "dekket", "dato",
                                   "verdi", "kjent_regel", "nevnt", "alle", "noen", "ikke"});
    for (const checks::Kind* k : checks::kinds()) {
        CHECK(checks::find_kind(k->name) == k);
        CHECK(static_cast<bool>(k->parse));
        CHECK_FALSE(k->gloss.empty());
        CHECK_FALSE(k->params_doc.nb.empty());
        CHECK_FALSE(k->passes_doc.en.empty());
        CHECK((k->shape == checks::Kind::Shape::params) == !k->params.empty());
    }
    CHECK(checks::find_kind("finnse") == nullptr);
}

TEST_CASE(
    "checks/registry: each kind owns its unknown keys and its validation, at the parameters") {
    // The rule starts on line 6 of test::pack; «sjekk:» is on line 14, its value at column 12.
    CHECK(errors_of("{finnes: {felt: a, min: 1}}") ==
          std::vector<std::string>{"14:31 pack-unknown-key unknown key «min» in sjekken «finnes»"});
    CHECK(
        errors_of("{dekket: {tagg: t1}}") ==
        std::vector<std::string>{
            "14:21 pack-check «dekket» needs «tag»",
            "14:22 pack-unknown-key unknown key «tagg» in sjekken «dekket»; did you mean «tag»?"});
    CHECK(errors_of("{antall: {felt: a, min: 3, maks: 1}}") ==
          std::vector<std::string>{"14:21 pack-check «min» is greater than «maks»"});
    CHECK(errors_of("{dato: {felt: a, krav: snart}}") ==
          std::vector<std::string>{
              "14:19 pack-check unknown «krav» «snart» (allowed: ikke_passert, ikke_fremtidig)"});
    CHECK(
        errors_of("{verdi: {felt: a}}") ==
        std::vector<std::string>{"14:20 pack-check «verdi» needs «er», «en_av», «min» or «maks»"});
    CHECK(errors_of("{kjent_regel: {}}") ==
          std::vector<std::string>{"14:26 pack-check «kjent_regel» needs «felt»"});
    CHECK(errors_of("{alle: []}") ==
          std::vector<std::string>{"14:19 pack-check «alle» takes a non-empty list of checks"});
    CHECK(errors_of("{ikke: {finnse: {felt: a}}}") ==
          std::vector<std::string>{
              "14:20 pack-check-kind unknown check kind «finnse» (allowed: finnes, beskrevet, "
              "antall, elementer, dekket, dato, verdi, kjent_regel, nevnt, alle, noen, ikke); did "
              "you "
              "mean "
              "«finnes»?"});
    CHECK(errors_of("{elementer: {type: brukerråd, felt: medlemmer}}") ==
          std::vector<std::string>{"14:24 pack-check «elementer» needs «min», «maks» or both"});
}

TEST_CASE("checks/registry: fingerprint paths come from the kind") {
    auto s = test::service(test::kommune);
    auto path = [&](const std::string& check) {
        rules::Catalogue cat;
        const checks::Check& c = loaded(cat, check);
        return checks::evaluate(c, checks::Context{s, s.doc, Date{2026, 6, 1}}).path;
    };
    CHECK(path("{finnes: {felt: navn}}") == "navn");
    CHECK(path("{finnes: {type: [brukerråd, rutine]}}") == "type:brukerråd,rutine");
    CHECK(path("{antall: {type: rutine, min: 1}}") == "type:rutine");
    CHECK(path("{dekket: {tag: t1}}") == "dekker:t1");
    CHECK(path("{dato: {felt: a.b}}") == "a.b");
    CHECK(path("{verdi: {felt: nivå, er: kommune}}") == "nivå");
    CHECK(path("{kjent_regel: {felt: regel}}") == "regel");
    CHECK(path("{noen: [{finnes: {felt: x}}, {finnes: {felt: navn}}]}") ==
          "navn");  // the part that decided
    CHECK(path("{ikke: {dekket: {tag: t2}}}") == "dekker:t2");
}

TEST_CASE("checks/registry: words, parameters and references of a parsed check") {
    rules::Catalogue cat;
    const checks::Check& c = loaded(cat,
                                    "{alle: [{antall: {felt: medlemmer, hvor: {rolle: leder}, min: "
                                    "1, maks: 2}}, {ikke: {dekket: {tag: t1}}}]}");
    CHECK(c.name() == "alle");
    CHECK(c.describe().en ==
          "at least 1 and at most 2 items in «medlemmer» where rolle: leder and not (a step of a "
          "routine has «dekker: [t1]» and shows it in its text)");
    CHECK(
        c.to_json().dump() ==
        R"({"kind":"alle","sjekker":[{"kind":"antall","felt":"medlemmer","min":1,"maks":2,"hvor":{"rolle":["leder"]}},)"
        R"({"kind":"ikke","sjekker":[{"kind":"dekket","tag":"t1"}]}]})");
    std::vector<const checks::Check*> all;
    checks::walk(c, all);
    REQUIRE(all.size() == 4);
    CHECK(all[3]->coverage_tag() == "t1");
    CHECK(all[1]->coverage_tag().empty());
    CHECK(all[3]->loc().line == 14);
}

TEST_CASE("checks/docs: the check-kind table and the schema come from the declarations") {
    std::string nb = checks::kinds_table(Lang::nb);
    std::string en = checks::kinds_table(Lang::en);
    CHECK(nb.rfind("| Sjekk | Parametre | Oppfylt når |\n|---|---|---|\n| `finnes` |", 0) == 0);
    CHECK(en.find("| `kjent_regel` (known rule) | `felt` |") != std::string::npos);
    CHECK(std::count(nb.begin(), nb.end(), '\n') == 2 + static_cast<long>(checks::kinds().size()));
    auto defs = checks::schema_defs();
    CHECK(defs["sjekk"]["properties"].size() == checks::kinds().size());
    CHECK(defs["sjekk"]["properties"]["dekket"]["required"] ==
          nlohmann::ordered_json::array({"tag"}));
    CHECK(defs["sjekk"]["properties"]["finnes"]["dependentRequired"]["hvor"] ==
          nlohmann::ordered_json::array({"type"}));
    CHECK(defs["sjekk"]["properties"]["noen"]["items"]["$ref"] == "#/$defs/sjekk");
}
