#include "core/terminal.hpp"

#include <cstdint>

namespace medvirk {

namespace {

// The length of the valid UTF-8 sequence at text[i] and its code point, or 0 when none starts there.
size_t decode(std::string_view text, size_t i, uint32_t& cp) {
    auto at = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char c = at(i);
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > text.size()) return 0;
    cp = len == 2 ? c & 0x1Fu : len == 3 ? c & 0x0Fu : c & 0x07u;
    for (size_t k = 1; k < len; ++k) {
        if ((at(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (at(i + k) & 0x3Fu);
    }
    static constexpr uint32_t min_of[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_of[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool escaped(uint32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

const char hex[] = "0123456789abcdef";

void append_escape(std::string& out, uint32_t cp) {
    switch (cp) {
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\t': out += "\\t"; return;
        default: break;
    }
    if (cp < 0x80) {
        out += "\\x";
        out += hex[cp >> 4];
        out += hex[cp & 0xF];
        return;
    }
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 0xF];
}

}  // namespace

std::string replace_unsafe(std::string_view text, std::string_view with) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        uint32_t cp = 0;
        size_t len = decode(text, i, cp);
        if (len == 0 || escaped(cp)) out.append(with);
        else out.append(text.substr(i, len));
        i += len == 0 ? 1 : len;
    }
    return out;
}

bool is_valid_utf8(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        uint32_t cp = 0;
        size_t len = decode(text, i, cp);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

bool is_terminal_safe(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {
            ++i;
            continue;
        }
        uint32_t cp = 0;
        size_t len = decode(text, i, cp);
        if (len == 0 || escaped(cp)) return false;
        i += len;
    }
    return true;
}

std::string terminal_safe(std::string_view text) {
    if (is_terminal_safe(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 16);
    for (size_t i = 0; i < text.size();) {
        uint32_t cp = 0;
        size_t len = decode(text, i, cp);
        if (len == 0) {  // not UTF-8: the byte itself
            auto c = static_cast<unsigned char>(text[i]);
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
            ++i;
            continue;
        }
        if (escaped(cp)) append_escape(out, cp);
        else out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

}  // namespace medvirk
