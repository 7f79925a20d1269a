#include "report/json_text.hpp"

#include <nlohmann/json.hpp>

#include "core/utf8.hpp"

namespace medvirk::report {

void JsonText::next_item() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;
    Level& l = levels_.back();
    out_ += l.empty ? "\n" : ",\n";
    l.empty = false;
    out_ += prefix_;
    out_.append(2 * levels_.size(), ' ');
}

void JsonText::open(char bracket) {
    next_item();
    out_ += bracket;
    levels_.push_back({});
}

void JsonText::close(char bracket) {
    bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) {
        out_ += '\n';
        out_ += prefix_;
        out_.append(2 * levels_.size(), ' ');
    }
    out_ += bracket;
}

JsonText& JsonText::begin_object() {
    open('{');
    return *this;
}
JsonText& JsonText::end_object() {
    close('}');
    return *this;
}
JsonText& JsonText::begin_array() {
    open('[');
    return *this;
}
JsonText& JsonText::end_array() {
    close(']');
    return *this;
}

JsonText& JsonText::key(std::string_view k) {
    next_item();
    string(k);
    out_ += ": ";
    after_key_ = true;
    return *this;
}

JsonText& JsonText::value(std::string_view s) {
    next_item();
    string(s);
    return *this;
}

JsonText& JsonText::value(long long n) {
    next_item();
    out_ += std::to_string(n);
    return *this;
}

JsonText& JsonText::value(size_t n) {
    next_item();
    out_ += std::to_string(n);
    return *this;
}

JsonText& JsonText::value(bool b) {
    next_item();
    out_ += b ? "true" : "false";
    return *this;
}

JsonText& JsonText::strings(const std::vector<std::string>& list) {
    begin_array();
    for (const auto& s : list) value(s);
    return end_array();
}

// As nlohmann's serializer escapes with ensure_ascii off: the two-character escapes, other
// control characters as \u00xx, everything else (UTF-8 included) as it is.
void JsonText::string(std::string_view s) {
    if (!utf8::is_valid(s))
        (void)nlohmann::json(std::string(s)).dump();  // throws type_error 316, as dump() would
    out_ += '"';
    size_t run = 0;  // start of the bytes not yet copied
    for (size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out_.append(s, run, i - run);
        run = i + 1;
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\b': out_ += "\\b"; break;
            case '\f': out_ += "\\f"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default: {
                static constexpr char hex[] = "0123456789abcdef";
                out_ += "\\u00";
                out_ += hex[c >> 4];
                out_ += hex[c & 0xF];
            }
        }
    }
    out_.append(s, run, s.size() - run);
    out_ += '"';
}

}  // namespace medvirk::report
