#include <algorithm>

#include "support.hpp"

using namespace medvirk;

namespace {
std::vector<std::string> codes(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& e : d) out.push_back(e.code);
    return out;
}
}  // namespace

TEST_CASE("rules/pack: a valid pack loads, rules sorted by id") {
    Diagnostics errors;
    auto cat = test::catalogue(test::pack(test::rule("B-1", "bør", "{finnes: {felt: a}}") +
                                          test::rule("A-1", "skal", "{dekket: {tag: t1}}")),
                               errors);
    REQUIRE(errors.empty());
    REQUIRE(cat.rules.size() == 2);
    CHECK(cat.rules[0]->id == "A-1");
    CHECK(cat.rule("B-1")->strength == rules::Strength::bor);
    CHECK(cat.tag_names() == std::vector<std::string>{"t1", "t2"});
}

TEST_CASE("rules/pack: unknown check kind, with a suggestion and position") {
    Diagnostics errors;
    test::catalogue(test::pack(test::rule("A-1", "bør", "{finnse: {felt: a}}")), errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "pack-check-kind");
    CHECK(errors[0].text.en.find("did you mean «finnes»?") != std::string::npos);
    CHECK(errors[0].loc.file == "test.yaml");
    CHECK(errors[0].loc.line > 0);
}

TEST_CASE("rules/pack: bad selectors and parameters") {
    Diagnostics errors;
    test::catalogue(test::pack(test::rule("A-1", "bør", "{finnes: {felt: \"a..b\"}}") +
                               test::rule("A-2", "bør", "{antall: {felt: m}}") +
                               test::rule("A-3", "bør", "{finnes: {type: rutinen}}") +
                               test::rule("A-4", "bør", "{antall: {felt: m, min: 2, maks: 1}}") +
                               test::rule("A-5", "bør", "{finnes: {felt: a, type: rutine}}")),
                    errors);
    CHECK(codes(errors) == std::vector<std::string>{"pack-selector", "pack-check",
                                                    "pack-unknown-value", "pack-check",
                                                    "pack-check"});
}

TEST_CASE("rules/pack: duplicate rule ids, unknown advice, unknown tag") {
    Diagnostics errors;
    test::catalogue(test::pack(test::rule("A-1", "bør", "{finnes: {felt: a}}") +
                               test::rule("A-1", "bør", "{finnes: {felt: b}}") +
                               test::rule("A-2", "bør", "{dekket: {tag: t3}}")),
                    errors);
    CHECK(codes(errors) == std::vector<std::string>{"pack-duplicate", "pack-reference"});
    Diagnostics e2;
    test::catalogue(
        test::pack(
            "  - id: X\n    tittel: {nb: T, en: T}\n    råd: A2\n    sitat: Q\n    kilde: k\n"
            "    styrke: bør\n    melding: {nb: M, en: M}\n    tiltak: {nb: R, en: R}\n"
            "    sjekk: {finnes: {felt: a}}\n"),
        e2);
    REQUIRE(e2.size() == 1);
    CHECK(e2[0].text.en.find("unknown advice «A2»") != std::string::npos);
}

TEST_CASE("rules/pack: unknown keys, strengths and rule ids") {
    Diagnostics errors;
    test::catalogue(
        test::pack(test::rule("a-1", "burde", "{finnes: {felt: a}}", "    sittat: x\n")), errors);
    CHECK(codes(errors) ==
          std::vector<std::string>{"pack-rule-id", "pack-unknown-value", "pack-unknown-key"});
}

TEST_CASE("rules/pack: the built-in packs load without errors") {
    Diagnostics errors;
    auto cat = rules::load_catalogue(rules::builtin_packs(), errors);
    for (const auto& e : errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
    CHECK(cat.packs.size() == 1);
    CHECK(cat.find_advice("S1"));
    // Every rule names an advice item, a strength and a quote; a skal rule names the law that makes
    // it a duty where its advice item has a legal basis (bør and kan rules need none).
    for (const rules::Rule* r : cat.rules) {
        CAPTURE(r->id);
        const rules::Advice* a = cat.find_advice(r->advice);
        REQUIRE(a);
        CHECK(!r->quote.empty());
        if (!a->legal.empty() && r->strength == rules::Strength::skal) CHECK(!r->legal.empty());
        CHECK(!r->message.nb.empty());
        CHECK(!r->message.en.empty());
        CHECK(!r->remedy.nb.empty());
        CHECK(!r->remedy.en.empty());
    }
}

// --- Profiles (opt-in packs), guidance packs and coverage views ---

namespace {

// An opt-in guidance pack with its own tag, rule and coverage view, beside the base test pack.
std::string optin(const std::string& header_extra = "profil: ekstra, art: veiledning",
                  const std::string& rule_extra = "", const std::string& strength = "bør",
                  const std::string& view_tags = "[e1]") {
    return "pakke: {id: ekstra, versjon: \"1\", tittel: {nb: E, en: E}, " + header_extra +
           "}\n"
           "kilder: [{id: ek, tittel: EK}]\n"
           "råd: [{id: E1, nivå: individ, tittel: Råd E, styrke: bør}]\n"
           "vokabular: [{tag: e1, nb: x, en: x}, {tag: e2, nb: y, en: y}]\n"
           "dekningsvisninger:\n"
           "  - id: v\n    tittel: {nb: V, en: V}\n    kilde: ek\n    gitt: [rutine]\n"
           "    elementer:\n      - {id: a, tittel: {nb: A, en: A}, tagger: " +
           view_tags +
           "}\n"
           "      - {id: b, tittel: {nb: B, en: B}, tagger: [e2]}\n"
           "regler:\n"
           "  - id: E-1\n    tittel: {nb: T, en: T}\n    råd: E1\n    sitat: Q\n    kilde: ek\n"
           "    styrke: " +
           strength + "\n    melding: {nb: M, en: M}\n    tiltak: {nb: R, en: R}\n" + rule_extra +
           "    sjekk: {dekket: {tag: e1}}\n";
}

rules::Catalogue load(const std::string& extra, Diagnostics& errors,
                      rules::LoadOptions options = {}) {
    return rules::load_catalogue(
        {{"base.yaml", test::pack(test::rule("B-1", "skal", "{finnes: {felt: navn}}"))},
         {"ekstra.yaml", extra}},
        errors, options);
}

bool has_code(const Diagnostics& errors, const std::string& code) {
    return std::any_of(errors.begin(), errors.end(),
                       [&](const Diagnostic& d) { return d.code == code; });
}

}  // namespace

TEST_CASE("rules/profile: an opt-in pack applies only when its profile is asked for") {
    Diagnostics errors;
    auto plain = load(optin(), errors);
    REQUIRE(errors.empty());
    CHECK(plain.rule_ids() == std::vector<std::string>{"B-1"});
    CHECK(plain.packs.size() == 1);
    CHECK(plain.views.empty());
    CHECK(plain.find_advice("E1") == nullptr);
    // Its vocabulary is still known, so a routine set tagged for the profile validates without it.
    CHECK(plain.tag_names() == std::vector<std::string>{"t1", "t2"});
    CHECK(plain.vocabulary == std::vector<std::string>{"e1", "e2", "t1", "t2"});

    auto with = load(optin(), errors, {{"ekstra"}, false});
    REQUIRE(errors.empty());
    CHECK(with.rule_ids() == std::vector<std::string>{"B-1", "E-1"});
    CHECK(with.profiles == std::vector<std::string>{"ekstra"});
    REQUIRE(with.views.size() == 1);
    CHECK(with.views[0]->elements.size() == 2);
    CHECK(with.packs.at(1).guidance);

    auto all = load(optin(), errors, {{}, true});
    REQUIRE(errors.empty());
    CHECK(all.rule_ids().size() == 2);
}

TEST_CASE("rules/profile: an unknown profile is an error with a suggestion") {
    Diagnostics errors;
    load(optin(), errors, {{"ekstar"}, false});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "unknown-profile");
    CHECK(errors[0].text.en.find("did you mean «ekstra»") != std::string::npos);
}

TEST_CASE("rules/profile: a guidance pack may not say skal or cite law") {
    Diagnostics errors;
    load(optin("profil: ekstra, art: veiledning", "", "skal"), errors);
    CHECK(has_code(errors, "pack-guidance"));
    errors.clear();
    load(optin("profil: ekstra, art: veiledning",
               "    hjemmel: [\"helse- og omsorgstjenesteloven § 3-10\"]\n"),
         errors);
    CHECK(has_code(errors, "pack-guidance"));
    errors.clear();
    // The same rules in a normative pack are fine.
    load(optin("profil: ekstra, art: normerende", "", "skal"), errors);
    CHECK(errors.empty());
    errors.clear();
    load(optin("profil: ekstra, art: lov"), errors);
    CHECK_FALSE(errors.empty());
}

TEST_CASE("rules/profile: coverage views are validated") {
    Diagnostics errors;
    load(optin("profil: ekstra", "", "bør", "[e9]"), errors);
    REQUIRE(has_code(errors, "pack-reference"));
    CHECK(errors[0].text.en.find("unknown coverage tag «e9» in coverage view v") !=
          std::string::npos);
    errors.clear();
    load(optin("profil: ekstra", "", "bør", "[]"), errors);
    CHECK(has_code(errors, "pack-missing-key"));
    errors.clear();
    load(optin("profil: Ekstra Pakke"), errors);
    CHECK(has_code(errors, "pack-profile"));
}
