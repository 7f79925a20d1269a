#include "core/utf8.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace medvirk;

namespace {

// Every code point of text by utf8::next.
std::u32string all(std::string_view text) {
    std::u32string out;
    for (size_t i = 0; i < text.size();) out.push_back(utf8::next(text, i));
    return out;
}

}  // namespace

TEST_CASE("core/utf8: well-formed sequences of one to four bytes decode to their code points") {
    char32_t cp = 0;
    CHECK(utf8::decode("a", 0, cp) == 1);
    CHECK(cp == U'a');
    CHECK(utf8::decode("\xC3\xB8", 0, cp) == 2);  // ø
    CHECK(cp == U'ø');
    CHECK(utf8::decode("\xE2\x80\xAE", 0, cp) == 3);  // U+202E
    CHECK(cp == 0x202E);
    CHECK(utf8::decode("\xF0\x9F\x98\x80", 0, cp) == 4);  // U+1F600
    CHECK(cp == 0x1F600);
    CHECK(utf8::decode("\xF4\x8F\xBF\xBF", 0, cp) == 4);  // U+10FFFF, the last
    CHECK(cp == 0x10FFFF);
    CHECK(utf8::decode("x\xC3\xA5", 1, cp) == 2);  // at an offset
    CHECK(cp == U'å');
    CHECK(utf8::decode(std::string_view("\0", 1), 0, cp) == 1);
    CHECK(cp == 0);
}

TEST_CASE("core/utf8: ill-formed sequences start nothing") {
    const std::vector<std::string> bad = {
        "\x80",              // a continuation byte as lead
        "\xBF",              //
        "\xC0\xAF",          // overlong '/'
        "\xC1\xBF",          // overlong
        "\xE0\x80\xAF",      // overlong, three bytes
        "\xF0\x80\x80\xAF",  // overlong, four bytes
        "\xED\xA0\x80",      // surrogate U+D800
        "\xED\xBF\xBF",      // surrogate U+DFFF
        "\xF4\x90\x80\x80",  // U+110000
        "\xF5\x80\x80\x80",  // past U+10FFFF by its lead
        "\xF8\x88\x80\x80",  // five-byte lead
        "\xFF",              //
        "\xC3",              // truncated
        "\xE2\x80",          // truncated
        "\xC3(",             // bad continuation
    };
    for (const auto& b : bad) {
        CAPTURE(b);
        char32_t cp = 0x41;
        CHECK(utf8::decode(b, 0, cp) == 0);
        CHECK(cp == 0x41);  // untouched
        CHECK_FALSE(utf8::is_valid(b));
        CHECK(utf8::first_invalid("ok " + b) == 3);
        size_t i = 0;
        CHECK(utf8::next(b, i) == 0xFFFD);
        CHECK(i == 1);  // one byte skipped
    }
}

TEST_CASE("core/utf8: next reads on after a bad byte; append encodes what decode reads") {
    CHECK(all("a\xFF\xC3\xB8\xC3") == std::u32string{U'a', 0xFFFD, U'ø', 0xFFFD});
    CHECK(all("\xC3(") == std::u32string{0xFFFD, U'('});
    for (char32_t cp : {char32_t{0}, char32_t{0x7F}, char32_t{0x80}, char32_t{0x7FF},
                        char32_t{0x800}, char32_t{0xD7FF}, char32_t{0xE000}, char32_t{0xFFFD},
                        char32_t{0xFFFF}, char32_t{0x10000}, char32_t{0x10FFFF}}) {
        CAPTURE(static_cast<unsigned>(cp));
        std::string s;
        utf8::append(s, cp);
        char32_t back = 1;
        CHECK(utf8::decode(s, 0, back) == s.size());
        CHECK(back == cp);
        CHECK(utf8::is_valid(s));
    }
}

TEST_CASE("core/utf8: first_invalid finds the first bad byte past long ASCII runs") {
    CHECK(utf8::is_valid(""));
    CHECK(utf8::is_valid("pårørende og brukere, også 😀 og \xE2\x80\xAE"));
    std::string ascii(37, 'x');
    CHECK(utf8::first_invalid(ascii) == std::string_view::npos);
    CHECK(utf8::first_invalid(ascii + "\xC3\xB8" + ascii + "\xFE" + ascii) == 37 + 2 + 37);
    CHECK(utf8::first_invalid(std::string("abcdefgh\xC3", 9)) == 8);  // truncated at the end
    CHECK(utf8::first_invalid(std::string_view("a\0b", 3)) ==
          std::string_view::npos);  // NUL is UTF-8
}

TEST_CASE("core/utf8: columns count characters, not bytes") {
    CHECK(utf8::columns("") == 0);
    CHECK(utf8::columns("abc") == 3);
    CHECK(utf8::columns("pårørende") == 9);
    CHECK(utf8::columns("😀x") == 2);
}
