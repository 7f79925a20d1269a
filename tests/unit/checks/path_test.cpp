#include "checks/path.hpp"

#include "checks/filter.hpp"
#include "support.hpp"

using namespace medvirk;

namespace {
yaml::Node node(const std::string& text) {
    auto r = yaml::parse(text, "f.yaml");
    REQUIRE(r.errors.empty());
    return r.docs.at(0).root;
}
}  // namespace

TEST_CASE("checks/path: resolve follows mappings and reports the deepest existing key") {
    auto n = node("a:\n  b:\n    c: x\n");
    auto full = checks::resolve(n, "a.b.c");
    REQUIRE(full.node);
    CHECK(full.node->value == "x");
    CHECK(full.line == 3);
    CHECK(full.col == 5);
    auto partial = checks::resolve(n, "a.b.d");
    CHECK_FALSE(partial.node);
    CHECK(partial.line == 2);
    CHECK(partial.col == 3);
    CHECK_FALSE(checks::resolve(n, "a.b.c.d").node);
}

TEST_CASE("checks/path: non_empty") {
    auto n = node("a: x\nb: \"  \"\nc: []\nd: {}\ne:\n");
    CHECK(checks::non_empty(n.get("a")));
    CHECK_FALSE(checks::non_empty(n.get("b")));
    CHECK_FALSE(checks::non_empty(n.get("c")));
    CHECK_FALSE(checks::non_empty(n.get("d")));
    CHECK_FALSE(checks::non_empty(n.get("e")));
    CHECK_FALSE(checks::non_empty(n.get("missing")));
}

TEST_CASE("checks/path: filters match scalars, lists, presence and past dates") {
    auto item = node("rolle: brukerrepresentant\nfagfelt: [rus]\noppnevnt_til: 2026-05-31\n");
    auto filter = [](std::vector<std::pair<std::string, checks::Condition>> c) {
        return checks::Filter{std::move(c)};
    };
    using K = checks::Condition::Kind;
    Date as_of{2026, 6, 1};
    CHECK(checks::matches(item, filter({{"rolle", {K::any_of, {"brukerrepresentant"}, true}}}),
                          as_of));
    CHECK(checks::matches(item, filter({{"fagfelt", {K::any_of, {"psykisk_helse", "rus"}, true}}}),
                          as_of));
    CHECK_FALSE(
        checks::matches(item, filter({{"fagfelt", {K::any_of, {"psykisk_helse"}, true}}}), as_of));
    CHECK(checks::matches(item, filter({{"organisasjon", {K::exists, {}, false}}}), as_of));
    CHECK(checks::matches(item, filter({{"oppnevnt_til", {K::past, {}, true}}}), as_of));
    CHECK_FALSE(
        checks::matches(item, filter({{"oppnevnt_til", {K::past, {}, true}}}), Date{2026, 5, 31}));
    CHECK(checks::matches(item, checks::Filter{}, as_of));
}

TEST_CASE("checks/path: «FYLL UT» placeholders count as not filled in") {
    auto n = node("a: \"FYLL UT: tittel\"\nb: Fylt ut\n");
    CHECK(checks::is_placeholder(n.get("a")));
    CHECK_FALSE(checks::non_empty(n.get("a")));
    CHECK(checks::non_empty(n.get("b")));
}
