#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// The one UTF-8 decoder. Well-formed means RFC 3629: no overlong forms, no surrogates, nothing
// past U+10FFFF.
namespace medvirk::utf8 {

// The length (1–4) of the well-formed sequence at text[i], with its code point in `cp`; 0 when
// none starts there.
size_t decode(std::string_view text, size_t i, char32_t& cp);

// The code point at text[i], advancing i past it; a byte that starts no well-formed sequence
// gives U+FFFD and advances one byte.
char32_t next(std::string_view text, size_t& i);

// Appends the encoding of a code point (at most U+10FFFF).
void append(std::string& out, char32_t cp);

// The position of the first byte that starts no well-formed sequence, or npos. ASCII is skipped
// eight bytes at a time.
size_t first_invalid(std::string_view text);

inline bool is_valid(std::string_view text) {
    return first_invalid(text) == std::string_view::npos;
}

// Characters in text as a user counts columns: the bytes that are not continuation bytes.
int columns(std::string_view text);

}  // namespace medvirk::utf8
