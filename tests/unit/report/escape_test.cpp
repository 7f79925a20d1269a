#include "report/escape.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace medvirk::report;

TEST_CASE("report/escape: XML content, attributes and comments") {
    CHECK(escape::xml("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;");
    CHECK(escape::xml("linje 1\nlinje 2\tx\ry") == "linje 1\nlinje 2\tx&#13;y");
    CHECK(escape::xml_attribute("linje 1\nlinje 2\tx\ry") == "linje 1&#10;linje 2&#9;x&#13;y");
    CHECK(escape::xml(std::string("a\x01"
                                  "b\x1b"
                                  "c",
                                  5)) == "abc");  // not XML characters: dropped
    CHECK(escape::xml("\xEF\xBF\xBE") == "");     // U+FFFE is not an XML character
    CHECK(escape::xml("p\xE5r\xC3\xB8rende") ==
          "p\xEF\xBF\xBDr\xC3\xB8rende");  // Latin-1 å: U+FFFD
    CHECK(escape::xml_comment("a--b-") == "a- -b- ");
    CHECK(escape::xml_comment("---") == "- - - ");
}

TEST_CASE("report/escape: Markdown on one line is never markup") {
    CHECK(escape::markdown_line("<b>*x*</b> | #1 [a](b) `c` _d_ \\ &") ==
          "&lt;b&gt;\\*x\\*&lt;/b&gt; \\| \\#1 \\[a\\](b) \\`c\\` \\_d\\_ \\\\ &amp;");
    CHECK(escape::markdown_line("to\nlinjer\r") == "to linjer ");
}

TEST_CASE("report/escape: Markdown text keeps its line breaks") {
    CHECK(escape::markdown_text("<b>*x*</b> [a](b) `c` _d_ \\ & | #") ==
          "\\<b\\>\\*x\\*\\</b\\> \\[a\\](b) \\`c\\` \\_d\\_ \\\\ & | #");
    CHECK(escape::markdown_text("to\nlinjer") == "to\nlinjer");
}
