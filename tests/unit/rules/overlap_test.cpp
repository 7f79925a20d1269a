#include "rules/overlap.hpp"

#include "support.hpp"

using namespace medvirk;

namespace {

std::vector<std::string> pairs(const rules::Catalogue& cat) {
    std::vector<std::string> out;
    for (const auto& s : rules::shared_evidence(cat))
        out.push_back(s.tag + ":" + s.first->id + "+" + s.second->id);
    return out;
}

}  // namespace

TEST_CASE("rules/overlap: two rules resting on one tag alone are one gap reported twice") {
    Diagnostics errors;
    auto cat = test::catalogue(test::pack(test::rule("A-1", "bør", "{dekket: {tag: t1}}") +
                                          test::rule("A-2", "kan", "{dekket: {tag: t1}}") +
                                          test::rule("A-3", "kan", "{dekket: {tag: t2}}")),
                               errors);
    REQUIRE(errors.empty());
    CHECK(pairs(cat) == std::vector<std::string>{"t1:A-1+A-2"});
    // A rule met by a step with either of two tags shares the gap of a rule on one of them.
    auto either = test::catalogue(
        test::pack(test::rule("A-1", "bør", "{dekket: {tag: t1}}") +
                   test::rule("A-2", "bør", "{noen: [{dekket: {tag: t2}}, {dekket: {tag: t1}}]}")),
        errors);
    REQUIRE(errors.empty());
    CHECK(pairs(either) == std::vector<std::string>{"t1:A-1+A-2"});
}

TEST_CASE("rules/overlap: other evidence, levels that exclude each other, or a stated reason") {
    Diagnostics errors;
    // A-2 needs more than the tag: a missing step alone does not make both fail.
    auto more = test::catalogue(
        test::pack(test::rule("A-1", "bør", "{dekket: {tag: t1}}") +
                   test::rule("A-2", "bør", "{alle: [{dekket: {tag: t1}}, {finnes: {felt: a}}]}")),
        errors);
    REQUIRE(errors.empty());
    CHECK(pairs(more).empty());
    // One rule for municipalities, one for specialist services: never both on one service.
    auto levels =
        test::catalogue(test::pack(test::rule("A-1", "bør", "{dekket: {tag: t1}}",
                                              "    gjelder: {nivå: kommune}\n") +
                                   test::rule("A-2", "bør", "{dekket: {tag: t1}}",
                                              "    gjelder: {nivå: spesialisthelsetjeneste}\n")),
                        errors);
    REQUIRE(errors.empty());
    CHECK(pairs(levels).empty());
    // Institutions and not institutions exclude each other too; open target groups do not.
    auto institution = test::catalogue(
        test::pack(test::rule("A-1", "bør", "{dekket: {tag: t1}}",
                              "    gjelder: {helseinstitusjon: true}\n") +
                   test::rule("A-2", "bør", "{dekket: {tag: t1}}",
                              "    gjelder: {helseinstitusjon: false, målgrupper: [barn]}\n")),
        errors);
    REQUIRE(errors.empty());
    CHECK(pairs(institution).empty());
    // The tag says why two rules may rest on it.
    std::string text = test::pack(test::rule("A-1", "bør", "{dekket: {tag: t1}}") +
                                  test::rule("A-2", "bør", "{dekket: {tag: t1}}"));
    std::string shared = "{tag: t1, nb: x, en: x, delt: {nb: fordi, en: because}}";
    text.replace(text.find("{tag: t1, nb: x, en: x}"), 23, shared);
    auto stated = test::catalogue(text, errors);
    REQUIRE(errors.empty());
    CHECK(pairs(stated).empty());
}

TEST_CASE("rules/overlap: the built-in packs report no gap twice on one tag") {
    Diagnostics errors;
    rules::LoadOptions all;
    all.all_profiles = true;
    auto cat = rules::load_catalogue(rules::builtin_packs(), errors, all);
    REQUIRE(errors.empty());
    REQUIRE(cat.packs.size() >= 2);
    for (const auto& s : rules::shared_evidence(cat))
        FAIL_CHECK(s.first->id << " and " << s.second->id << " both rest on «" << s.tag
                               << "» alone and can apply to the same service");
}
