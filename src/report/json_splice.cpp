#include "report/json_splice.hpp"

#include <fmt/format.h>

namespace medvirk::report::json_splice {

std::string marker(const std::string& key) { return "\x01medvirk-" + key + "\x01"; }

std::vector<std::string> cut(std::string text, const std::vector<std::string>& keys) {
    std::vector<std::string> parts;
    for (const auto& key : keys) {
        const std::string placeholder =
            fmt::format("\"{}\": \"\\u0001medvirk-{}\\u0001\"", key, key);
        size_t at = text.find(placeholder);
        parts.push_back(text.substr(0, at) + fmt::format("\"{}\": ", key));
        text.erase(0, at + placeholder.size());
    }
    parts.push_back(std::move(text));
    return parts;
}

std::string indent(const std::string& text, size_t depth) {
    const std::string pad(depth, ' ');
    std::string out = pad;
    out.reserve(text.size() + text.size() / 4);
    for (size_t at = 0; at < text.size();) {
        size_t nl = text.find('\n', at);
        if (nl == std::string::npos) {
            out.append(text, at);
            break;
        }
        out.append(text, at, nl + 1 - at);
        out += pad;
        at = nl + 1;
    }
    return out;
}

}  // namespace medvirk::report::json_splice
