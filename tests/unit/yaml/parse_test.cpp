#include "yaml/parse.hpp"

#include <doctest/doctest.h>

using namespace medvirk;

namespace {
yaml::ParseResult p(const std::string& s, const yaml::Limits& l = {}) {
    return yaml::parse(s, "f.yaml", l);
}
bool has_code(const yaml::ParseResult& r, const std::string& code) {
    for (const auto& e : r.errors)
        if (e.code == code) return true;
    return false;
}
}  // namespace

TEST_CASE("yaml/parse: positions are 1-based on keys and values") {
    auto r = p("type: rutine\nmandat:\n  funksjon: Gi råd\n");
    REQUIRE(r.errors.empty());
    REQUIRE(r.docs.size() == 1);
    const auto* m = r.docs[0].root.entry("mandat");
    REQUIRE(m);
    CHECK(m->line == 2);
    CHECK(m->col == 1);
    const auto* f = m->value.entry("funksjon");
    REQUIRE(f);
    CHECK(f->line == 3);
    CHECK(f->col == 3);
    CHECK(f->value.value == "Gi råd");
}

TEST_CASE("yaml/parse: quoted scalars are not plain; empty values are null") {
    auto r = p("a: \"2.1\"\nb: 2.1\nc:\nd: ~\n");
    REQUIRE(r.errors.empty());
    const auto& root = r.docs[0].root;
    CHECK_FALSE(root.get("a")->plain);
    CHECK(root.get("b")->plain);
    CHECK(root.get("c")->is_null());
    CHECK(root.get("d")->is_null());
}

TEST_CASE("yaml/parse: several documents per file") {
    auto r = p("type: tjeneste\n---\ntype: rutine\n");
    REQUIRE(r.errors.empty());
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[1].index == 1);
    CHECK(r.docs[1].root.line == 3);
}

TEST_CASE("yaml/parse: duplicate keys are errors, top level and nested") {
    auto r = p("id: a\nid: b\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "duplicate-key");
    CHECK(r.errors[0].loc.line == 2);
    CHECK(r.errors[0].text.en.find("first at line 1, column 1") != std::string::npos);
    auto nested = p("mandat:\n  funksjon: x\n  funksjon: y\n");
    REQUIRE(nested.errors.size() == 1);
    CHECK(nested.errors[0].loc.line == 3);
    CHECK(nested.errors[0].loc.col == 3);
}

TEST_CASE("yaml/parse: syntax errors carry line and column") {
    auto r = p("a: [1, 2\nb: c\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "yaml-syntax");
    CHECK(r.errors[0].loc.line >= 1);
}

TEST_CASE("yaml/parse: invalid UTF-8 and binary data are refused with a position") {
    auto r = p("navn: p\xe5r\xf8rende\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "invalid-utf8");
    CHECK(r.errors[0].loc.line == 1);
    CHECK(r.errors[0].loc.col == 8);
    auto b = p(std::string("a: b\n\0\0", 7));
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors[0].code == "binary-file");
}

TEST_CASE("yaml/parse: a UTF-8 byte-order mark is accepted") {
    auto r = p("\xEF\xBB\xBFtype: rutine\n");
    REQUIRE(r.errors.empty());
    CHECK(r.docs[0].root.get("type")->value == "rutine");
}

TEST_CASE("yaml/parse: limits on size, depth and alias expansion") {
    yaml::Limits small;
    small.max_file_bytes = 10;
    CHECK(has_code(p("type: rutine\n", small), "limit-size"));

    std::string deep;
    for (int i = 0; i < 100; ++i) deep += "[";
    for (int i = 0; i < 100; ++i) deep += "]";
    CHECK(has_code(p(deep), "limit-depth"));

    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; ++c, ++prev) {
        bomb += std::string(1, c) + ": &" + c + " [";
        for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", " : "") + "*" + prev;
        bomb += "]\n";
    }
    CHECK(has_code(p(bomb), "limit-nodes"));
}

TEST_CASE("yaml/parse: aliases copy the anchored node") {
    auto r = p("a: &x {k: v}\nb: *x\n");
    REQUIRE(r.errors.empty());
    CHECK(r.docs[0].root.get("b")->get("k")->value == "v");
}

TEST_CASE("yaml/parse: non-scalar keys are refused") {
    auto r = p("? [a, b]\n: c\n");
    REQUIRE_FALSE(r.errors.empty());
    CHECK(r.errors[0].code == "yaml-key");
}

TEST_CASE("yaml/parse: a tab in the indentation and UTF-16 get their own messages") {
    auto tab = p("type: rutine\ndokumentstyring:\n\tversjon: \"1.0\"\n");
    REQUIRE(tab.errors.size() == 1);
    CHECK(tab.errors[0].loc.line == 3);
    CHECK(tab.errors[0].loc.col == 1);
    CHECK(tab.errors[0].text.en.find("a tab in the indentation") != std::string::npos);
    auto utf16 = p(std::string("\xFF\xFEt\0y\0", 6));
    REQUIRE(utf16.errors.size() == 1);
    CHECK(utf16.errors[0].text.en == "the file is saved as UTF-16; save it as UTF-8");
}

TEST_CASE("yaml/parse: the escapes \\N \\_ \\L \\P and \\0 give UTF-8") {
    auto r = p("a: \"1\\N2\\_3\\L4\\P5\\x856\\0\"\n\"k\\N\": x\n");
    REQUIRE(r.errors.empty());
    const auto* a = r.docs.at(0).root.entry("a");
    REQUIRE(a);
    CHECK(a->value.value == std::string("1\u00852\u00a03\u20284\u20295\u00856\0", 19));
    CHECK(r.docs.at(0).root.entry("k\u0085"));
}

TEST_CASE("yaml/parse: a file name that is not UTF-8 is an error, before the content is read") {
    auto r = yaml::parse("a: 1\n", "p\xe5r.yaml");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "invalid-utf8");
    CHECK(r.errors[0].loc.line == 0);
    CHECK(r.docs.empty());
}

TEST_CASE("yaml/parse: lone-CR line breaks and over-long keys each get their own located message") {
    auto r = p("type: rutine\rid: x\r");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].loc.line == 1);
    CHECK(r.errors[0].loc.col == 13);
    CHECK(r.errors[0].text.en.find("a lone CR") != std::string::npos);
    r = p("type: rutine\r\nid: x\r\n");  // CRLF is fine
    CHECK(r.errors.empty());
    r = p("a:\n  - " + std::string(1025, 'k') + ": 1\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "yaml-key");
    CHECK(r.errors[0].loc.line == 2);
    CHECK(r.errors[0].loc.col == 5);
    CHECK(r.errors[0].text.en ==
          "the key is 1025 characters long; YAML allows at most 1,024 characters in a key");
    CHECK(p(std::string(1024, 'k') + ": 1\n").errors.empty());
}

TEST_CASE("yaml/parse: nested anchors without aliases count their copies against the budget") {
    // 30 anchors, each around the next, around 10,000 items: each anchor keeps a copy of all
    // under it, 30 × 10,001 nodes, though no alias ever uses them.
    std::string text;
    for (int i = 0; i < 30; ++i)
        text +=
            std::string(2 * i, ' ') + "n" + std::to_string(i) + ": &a" + std::to_string(i) + "\n";
    text += std::string(60, ' ') + "liste:\n";
    for (int i = 0; i < 10000; ++i) text += std::string(60, ' ') + "- x\n";
    auto r = p(text);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "limit-nodes");
    CHECK(r.errors[0].loc.line > 0);  // the anchor whose copy passed the budget
    // One anchor around the same list is within the budget.
    auto one = p("n: &a\n  liste:\n" + text.substr(text.find("    - x")));
    CHECK(one.errors.empty());
}
