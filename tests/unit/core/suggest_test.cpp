#include "core/suggest.hpp"

#include <doctest/doctest.h>

using namespace medvirk;

TEST_CASE("core/suggest: edit distance counts code points") {
    CHECK(edit_distance("tittel", "tittel") == 0);
    CHECK(edit_distance("tittle", "tittel") == 2);
    CHECK(edit_distance("pårørende", "parorende") == 2);
    CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("core/suggest: did you mean") {
    std::vector<std::string> keys = {"tittel", "type", "id", "dokumentstyring", "mandat"};
    CHECK(did_you_mean("tittle", keys) == "tittel");
    CHECK(did_you_mean("dokumentstyrng", keys) == "dokumentstyring");
    CHECK_FALSE(did_you_mean("helt-annet", keys));
}

TEST_CASE("core/suggest: bytes that are not UTF-8 count one each and differ from each other") {
    CHECK(edit_distance("\xFF", "\xFE") == 1);
    CHECK(edit_distance("a\xFF", "a\xFF") == 0);
    CHECK(edit_distance("\xC3(", "(") ==
          1);  // a truncated sequence does not swallow the next character
    CHECK(edit_distance("\xEF\xBF\xBD", "\xFF") == 1);  // U+FFFD itself is not a bad byte
}
