#include "core/terminal.hpp"

#include <cstdint>

#include "core/utf8.hpp"

namespace medvirk {

namespace {

using utf8::decode;

bool escaped(char32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E ||
           cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

const char hex[] = "0123456789abcdef";

void append_escape(std::string& out, char32_t cp) {
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
        char32_t cp = 0;
        size_t len = decode(text, i, cp);
        if (len == 0 || escaped(cp))
            out.append(with);
        else
            out.append(text.substr(i, len));
        i += len == 0 ? 1 : len;
    }
    return out;
}

bool is_valid_utf8(std::string_view text) { return utf8::is_valid(text); }

bool is_terminal_safe(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {
            ++i;
            continue;
        }
        char32_t cp = 0;
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
        char32_t cp = 0;
        size_t len = decode(text, i, cp);
        if (len == 0) {  // not UTF-8: the byte itself
            auto c = static_cast<unsigned char>(text[i]);
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
            ++i;
            continue;
        }
        if (escaped(cp))
            append_escape(out, cp);
        else
            out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

}  // namespace medvirk
