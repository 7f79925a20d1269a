#include "yaml/serialize.hpp"

#include <doctest/doctest.h>

#include "rules/pack.hpp"
#include "yaml/parse.hpp"

using namespace medvirk;

TEST_CASE("yaml/serialize: documents read back equal, positions and styles included") {
    auto parsed =
        yaml::parse("a: 1\nb: \"2\"\nc: [x, {d: ~}]\ne: |\n  blokk\n---\n- æøå\n- ''\n", "t.yaml");
    REQUIRE(parsed.errors.empty());
    auto back = yaml::deserialize(yaml::serialize(parsed.docs));
    REQUIRE(back);
    REQUIRE(back->size() == 2);
    for (size_t i = 0; i < 2; ++i) {
        CHECK((*back)[i].index == parsed.docs[i].index);
        CHECK(yaml::equal((*back)[i].root, parsed.docs[i].root));
    }
    CHECK_FALSE((*back)[0].root.get("b")->plain);
    CHECK((*back)[1].root.items[0].value == "æøå");
    // A changed position is a difference.
    auto moved = parsed.docs;
    moved[0].root.entries[1].value.col += 1;
    CHECK_FALSE(yaml::equal(moved[0].root, parsed.docs[0].root));
}

TEST_CASE("yaml/serialize: damaged input is refused, never misread") {
    auto parsed = yaml::parse("a: [1, 2, 3]\nb: tekst\n", "t.yaml");
    std::string bytes = yaml::serialize(parsed.docs);
    CHECK_FALSE(yaml::deserialize(bytes.substr(0, bytes.size() - 1)));
    CHECK_FALSE(yaml::deserialize(bytes + "x"));
    CHECK_FALSE(yaml::deserialize("\xff\xff\xff"));
    CHECK(yaml::deserialize(yaml::serialize({}))->empty());
}

TEST_CASE("yaml/serialize: every built-in pack's compiled form equals parsing its text") {
    for (const auto& p : rules::builtin_packs()) {
        CAPTURE(p.name);
        auto parsed = yaml::parse(p.text, p.name);
        REQUIRE(parsed.errors.empty());
        auto tree = yaml::deserialize(p.tree);
        REQUIRE(tree);
        REQUIRE(tree->size() == parsed.docs.size());
        for (size_t i = 0; i < tree->size(); ++i)
            CHECK(yaml::equal((*tree)[i].root, parsed.docs[i].root));
    }
}
