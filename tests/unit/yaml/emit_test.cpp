#include "yaml/emit.hpp"

#include <doctest/doctest.h>

#include "yaml/parse.hpp"

using namespace medvirk;

TEST_CASE("yaml/emit: simple names stay plain") {
    for (std::string s : {"phr-test", "phr-sjøby", "Bærum psykisk helse", "a_b.c/d"})
        CHECK(yaml::scalar(s) == s);
}

TEST_CASE("yaml/emit: every text reads back as itself, as a text") {
    for (std::string s : {"Bærum: psykisk helse",
                          "null",
                          "Null",
                          "~",
                          "",
                          "true",
                          "no",
                          "[a]",
                          "{a: b}",
                          "@x",
                          "`x",
                          "tjeneste #1",
                          "*a",
                          "&a",
                          "!t",
                          "%x",
                          "|",
                          ">",
                          "- x",
                          "? x",
                          "-",
                          "2026",
                          "0x1F",
                          "a, b",
                          "'q'",
                          "a \"b\" \\c",
                          " lead",
                          "trail ",
                          "a\tb\nc\rd",
                          "\x1b[31m",
                          "x\u0085y\u2028z",
                          "\u202ebidi",
                          "---",
                          "...",
                          "#c"}) {
        std::string y = yaml::scalar(s);
        auto r = yaml::parse("id: " + y + "\n", "f.yaml");
        REQUIRE_MESSAGE(r.errors.empty(), y);
        const auto* e = r.docs.at(0).root.entry("id");
        REQUIRE(e);
        CHECK_MESSAGE(e->value.is_scalar(), y);
        CHECK_MESSAGE(e->value.value == s, y);
    }
    CHECK(yaml::scalar("null") == "\"null\"");
    CHECK(yaml::scalar("a\x1b") == "\"a\\x1b\"");
}
