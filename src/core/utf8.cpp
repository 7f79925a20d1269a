#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace medvirk::utf8 {

size_t decode(std::string_view text, size_t i, char32_t& cp) {
    auto at = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char c = at(i);
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > text.size()) return 0;
    char32_t v = len == 2 ? c & 0x1Fu : len == 3 ? c & 0x0Fu : c & 0x07u;
    for (size_t k = 1; k < len; ++k) {
        if ((at(i + k) & 0xC0) != 0x80) return 0;
        v = (v << 6) | (at(i + k) & 0x3Fu);
    }
    static constexpr char32_t min_of[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min_of[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    cp = v;
    return len;
}

char32_t next(std::string_view text, size_t& i) {
    char32_t cp = 0;
    size_t len = decode(text, i, cp);
    if (len == 0) {
        ++i;
        return 0xFFFD;
    }
    i += len;
    return cp;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

size_t first_invalid(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        if (i + 8 <= text.size()) {
            uint64_t word;
            std::memcpy(&word, text.data() + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {  // eight ASCII bytes
                i += 8;
                continue;
            }
        }
        char32_t cp = 0;
        size_t len = decode(text, i, cp);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

int columns(std::string_view text) {
    int n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace medvirk::utf8
