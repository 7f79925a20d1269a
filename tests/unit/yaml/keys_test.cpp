#include "yaml/keys.hpp"

#include <doctest/doctest.h>

#include "yaml/parse.hpp"

using namespace medvirk;

TEST_CASE("yaml/keys: known keys in file order, unknown keys with a did-you-mean") {
    auto r = yaml::parse("tittel: a\ntitel: b\nzzz: c\nversjon: 1\n", "x.yaml");
    REQUIRE(r.errors.empty());
    const yaml::Node& root = r.docs.at(0).root;
    std::vector<std::string> order;
    std::vector<Text> messages;
    std::vector<int> lines;
    yaml::read_keys(
        root, {"tittel", "versjon"}, "rutinen",
        [&](const yaml::Entry& e) { order.push_back(e.key); },
        [&](const yaml::Entry& e, const Text& m) {
            order.push_back("?" + e.key);
            messages.push_back(m);
            lines.push_back(e.line);
        });
    CHECK(order == std::vector<std::string>{"tittel", "?titel", "?zzz", "versjon"});
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].nb == "ukjent nøkkel «titel» i rutinen; mente du «tittel»?");
    CHECK(messages[0].en == "unknown key «titel» in rutinen; did you mean «tittel»?");
    CHECK(messages[1].nb == "ukjent nøkkel «zzz» i rutinen");
    CHECK(lines == std::vector<int>{2, 3});
}

TEST_CASE("yaml/keys: without a known-key callback only unknown keys are reported") {
    auto r = yaml::parse("a: 1\nb: 2\n", "x.yaml");
    REQUIRE(r.errors.empty());
    size_t unknown = 0;
    yaml::read_keys(r.docs.at(0).root, {"a"}, "x", {}, [&](const yaml::Entry& e, const Text&) {
        CHECK(e.key == "b");
        ++unknown;
    });
    CHECK(unknown == 1);
    CHECK(yaml::suggestion("verjson", {"versjon"}).en == "; did you mean «versjon»?");
    CHECK(yaml::suggestion("helt-annet", {"versjon"}).nb.empty());
}
