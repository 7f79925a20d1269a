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
    CHECK(codes(errors) ==
          std::vector<std::string>{"pack-selector", "pack-check", "pack-unknown-value", "pack-check", "pack-check"});
}

TEST_CASE("rules/pack: duplicate rule ids, unknown advice, unknown tag") {
    Diagnostics errors;
    test::catalogue(test::pack(test::rule("A-1", "bør", "{finnes: {felt: a}}") +
                               test::rule("A-1", "bør", "{finnes: {felt: b}}") +
                               test::rule("A-2", "bør", "{dekket: {tag: t3}}")),
                    errors);
    CHECK(codes(errors) == std::vector<std::string>{"pack-duplicate", "pack-reference"});
    Diagnostics e2;
    test::catalogue(test::pack("  - id: X\n    tittel: {nb: T, en: T}\n    råd: A2\n    sitat: Q\n    kilde: k\n"
                               "    styrke: bør\n    melding: {nb: M, en: M}\n    tiltak: {nb: R, en: R}\n"
                               "    sjekk: {finnes: {felt: a}}\n"),
                    e2);
    REQUIRE(e2.size() == 1);
    CHECK(e2[0].text.en.find("unknown advice «A2»") != std::string::npos);
}

TEST_CASE("rules/pack: unknown keys, strengths and rule ids") {
    Diagnostics errors;
    test::catalogue(test::pack(test::rule("a-1", "burde", "{finnes: {felt: a}}", "    sittat: x\n")), errors);
    CHECK(codes(errors) == std::vector<std::string>{"pack-rule-id", "pack-unknown-value", "pack-unknown-key"});
}

TEST_CASE("rules/pack: the built-in packs load without errors") {
    Diagnostics errors;
    auto cat = rules::load_catalogue(rules::builtin_packs(), errors);
    for (const auto& e : errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
    CHECK(cat.packs.size() == 1);
    CHECK(cat.find_advice("S1"));
    // Every rule names an advice item, a strength, a quote and a legal basis where its advice has one.
    for (const rules::Rule* r : cat.rules) {
        CAPTURE(r->id);
        const rules::Advice* a = cat.find_advice(r->advice);
        REQUIRE(a);
        CHECK(!r->quote.empty());
        if (!a->legal.empty()) CHECK(!r->legal.empty());
        CHECK(!r->message.nb.empty());
        CHECK(!r->message.en.empty());
        CHECK(!r->remedy.nb.empty());
        CHECK(!r->remedy.en.empty());
    }
}
