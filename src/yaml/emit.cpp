#include "yaml/emit.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/terminal.hpp"

namespace medvirk::yaml {

namespace {

bool plain_ok(std::string_view s) {
    if (s.empty() || !is_terminal_safe(s)) return false;
    auto simple = [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == '/' ||
               c == ' ';
    };
    if (!std::all_of(s.begin(), s.end(), simple)) return false;
    if (s.front() == '-' || s.front() == '.' || s.front() == ' ' || s.back() == ' ') return false;
    std::string lower;
    for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static constexpr std::array<std::string_view, 10> special = {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan"};
    if (std::find(special.begin(), special.end(), lower) != special.end()) return false;
    // Numbers stay text in medvirk, but other YAML readers would take them as numbers.
    return !std::isdigit(static_cast<unsigned char>(s.front()));
}

}  // namespace

std::string scalar(std::string_view text) {
    if (plain_ok(text)) return std::string(text);
    static const char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u == 0xC2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            // C1 controls: YAML 1.1 readers take U+0085 for a line break.
            out += "\\u00";
            out += hex[static_cast<unsigned char>(text[i + 1]) >> 4];
            out += hex[static_cast<unsigned char>(text[i + 1]) & 0xF];
            ++i;
        } else if (text.substr(i, 3) == "\u2028" || text.substr(i, 3) == "\u2029") {
            out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else if (u < 0x20 || u == 0x7F) {
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

}  // namespace medvirk::yaml
