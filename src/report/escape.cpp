#include "report/escape.hpp"

#include "core/utf8.hpp"

namespace medvirk::report::escape {

namespace {

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
bool xml_char(char32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

std::string xml_escape(std::string_view s, bool attribute) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (size_t i = 0; i < s.size();) {
        char32_t cp = utf8::next(s, i);
        if (!xml_char(cp)) continue;
        switch (cp) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\r': out += "&#13;"; break;
            case '\n': out += attribute ? "&#10;" : "\n"; break;
            case '\t': out += attribute ? "&#9;" : "\t"; break;
            default: utf8::append(out, cp);
        }
    }
    return out;
}

}  // namespace

std::string xml(std::string_view s) { return xml_escape(s, false); }

std::string xml_attribute(std::string_view s) { return xml_escape(s, true); }

std::string xml_comment(std::string_view s) {
    std::string out = xml(s);
    for (size_t p; (p = out.find("--")) != std::string::npos;) out.replace(p, 2, "- -");
    if (!out.empty() && out.back() == '-') out += ' ';
    return out;
}

std::string markdown_line(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '|': out += "\\|"; break;
            case '*':
            case '_':
            case '`':
            case '[':
            case ']':
            case '#':
            case '\\':
                out += '\\';
                out += c;
                break;
            case '\n':
            case '\r': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

std::string markdown_text(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' ||
            c == '>')
            out += '\\';
        out += c;
    }
    return out;
}

}  // namespace medvirk::report::escape
