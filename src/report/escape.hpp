#pragma once

#include <string>
#include <string_view>

// The escaper of each target language, for text from the input (routine sets, rule packs, file
// names). JSON strings are written by JsonText (report/json_text.hpp) and nlohmann::json; HTML by
// html_escape (report/html.hpp); terminals and logs by terminal_safe (core/terminal.hpp).
namespace medvirk::report::escape {

// XML element content: the five predefined entities; characters XML 1.0 does not allow are
// dropped, invalid UTF-8 becomes U+FFFD, a carriage return is a character reference (or a parser
// would fold it into the newline).
std::string xml(std::string_view s);
// A double-quoted XML attribute value: as xml(), and tab and line breaks as character references,
// or a parser would turn them into spaces.
std::string xml_attribute(std::string_view s);
// Text for an XML comment: as xml(), with no "--" inside and no "-" at the end.
std::string xml_comment(std::string_view s);

// Markdown on one line (a table cell, a list item, a summary): HTML-escaped, what Markdown would
// act on (including the table's `|` and a heading's `#`) backslash-escaped, line breaks as spaces.
std::string markdown_line(std::string_view s);
// Markdown in a paragraph or quote of a longer text (SARIF rule help): emphasis, code, links and
// HTML brackets backslash-escaped; line breaks kept.
std::string markdown_text(std::string_view s);

}  // namespace medvirk::report::escape
