#include "core/terminal.hpp"

#include <doctest/doctest.h>

using namespace medvirk;

TEST_CASE("core/terminal: ordinary text, Norwegian letters and emoji are kept") {
    for (std::string s : {"", "Psykisk helse og rus, Fjordvik kommune", "pårørende «ÆØÅ» – § 3-10",
                          "C:\\rutiner\\x.yaml", "\xF0\x9F\x98\x80"}) {
        CHECK(is_terminal_safe(s));
        CHECK(terminal_safe(s) == s);
    }
}

TEST_CASE("core/terminal: C0 controls, DEL and C1 controls are shown escaped") {
    CHECK(terminal_safe("a\nb") == "a\\nb");
    CHECK(terminal_safe("a\r\tb") == "a\\r\\tb");
    CHECK(terminal_safe("\x1b[2J\x07") == "\\x1b[2J\\x07");
    CHECK(terminal_safe(std::string("a\0b", 3)) == "a\\x00b");
    CHECK(terminal_safe("\x7f") == "\\x7f");
    CHECK(terminal_safe("\xC2\x85 \xC2\x9B") == "\\u0085 \\u009b");  // NEL, CSI
    CHECK_FALSE(is_terminal_safe("x\ny"));
}

TEST_CASE("core/terminal: bidi controls and line separators are shown escaped") {
    CHECK(terminal_safe("a\u202Eb") == "a\\u202eb");
    CHECK(terminal_safe("\u202A\u202B\u202C\u202D") == "\\u202a\\u202b\\u202c\\u202d");
    CHECK(terminal_safe("\u2066\u2067\u2068\u2069") == "\\u2066\\u2067\\u2068\\u2069");
    CHECK(terminal_safe("\u200E\u200F\u061C") == "\\u200e\\u200f\\u061c");
    CHECK(terminal_safe("\u2028\u2029") == "\\u2028\\u2029");
    CHECK(terminal_safe("\u2027\u202F\u2065\u206A") ==
          "\u2027\u202F\u2065\u206A");  // their neighbours stay
}

TEST_CASE("core/terminal: bytes that are not UTF-8 are shown as bytes") {
    CHECK(terminal_safe("b\xE6r") == "b\\xe6r");                         // Latin-1 æ
    CHECK(terminal_safe("\xC3") == "\\xc3");                             // truncated
    CHECK(terminal_safe("\xC0\xAF") == "\\xc0\\xaf");                    // overlong
    CHECK(terminal_safe("\xED\xA0\x80") == "\\xed\\xa0\\x80");           // surrogate
    CHECK(terminal_safe("\xF4\x90\x80\x80") == "\\xf4\\x90\\x80\\x80");  // past U+10FFFF
}

TEST_CASE("core/terminal: the result is always safe, so escaping twice changes nothing") {
    std::string all;
    for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
    all += "\u202E\u2066\xC2\x85";
    std::string once = terminal_safe(all);
    CHECK(is_terminal_safe(once));
    CHECK(once.find('\n') == std::string::npos);
    CHECK(terminal_safe(once) == once);
}

TEST_CASE("core/terminal: UTF-8 validity") {
    CHECK(is_valid_utf8("pårørende \u202E \xF0\x9F\x98\x80"));
    CHECK(is_valid_utf8(std::string("a\0b", 3)));
    CHECK_FALSE(is_valid_utf8("b\xE6r"));
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));
    CHECK_FALSE(is_valid_utf8("\xC1\xBF"));
}
