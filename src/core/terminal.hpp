#pragma once

#include <string>
#include <string_view>

namespace medvirk {

// Text from input (YAML values, file names, rule-pack text) made safe to show on a terminal or in a
// log: one logical value stays on one line and cannot move the cursor, change colours, forge a
// line of its own or reorder what is shown. Shown escaped:
//   - C0 controls and DEL: "\n", "\r", "\t", else "\x1b" style;
//   - C1 controls (U+0080–U+009F), the line and paragraph separators U+2028/U+2029, the bidi
//     controls U+202A–U+202E, U+2066–U+2069, U+200E, U+200F and U+061C: "\u202e" style;
//   - bytes that are not valid UTF-8: "\xff" style.
// Everything else, including a backslash, is kept as it is.
std::string terminal_safe(std::string_view text);

// Every character terminal_safe() would escape (and every byte that is not UTF-8) replaced by
// `with`.
std::string replace_unsafe(std::string_view text, std::string_view with);

// True when text is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view text);

// True when terminal_safe(text) == text.
bool is_terminal_safe(std::string_view text);

}  // namespace medvirk
