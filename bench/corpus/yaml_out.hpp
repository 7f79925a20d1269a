#pragma once
// Writes YAML text by hand: block mappings and sequences, plain scalars where they are safe,
// double quotes otherwise, and folded blocks (>-) for long texts, as a person would write them.

#include <string>
#include <string_view>
#include <vector>

namespace bench {

// A plain scalar when YAML reads it back as the same text, else a double-quoted one.
inline std::string scalar(std::string_view s) {
    bool plain = !s.empty() && s.front() != ' ' && s.back() != ' ' && s.back() != ':';
    if (plain && std::string_view("-?:,[]{}#&*!|>'\"%@`0123456789").find(s.front()) !=
                     std::string_view::npos)
        plain = false;
    if (plain &&
        (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos ||
         s.find('"') != std::string_view::npos || s.find('\\') != std::string_view::npos))
        plain = false;
    if (plain) {
        for (std::string_view word : {"true", "false", "null", "yes", "no", "on", "off", "~"})
            if (s == word) plain = false;
    }
    if (plain) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

class YamlOut {
  public:
    // key: value on one line, at the given indentation.
    void kv(int indent, std::string_view key, std::string_view value) {
        pad(indent);
        text_ += key;
        text_ += ": ";
        text_ += scalar(value);
        text_ += '\n';
    }
    // key: value where the value is written as it stands (numbers, booleans, dates, flow lists).
    void raw(int indent, std::string_view key, std::string_view value) {
        pad(indent);
        text_ += key;
        text_ += ": ";
        text_ += value;
        text_ += '\n';
    }
    // key: and nothing else; a nested block follows.
    void open(int indent, std::string_view key) {
        pad(indent);
        text_ += key;
        text_ += ":\n";
    }
    // A long text: key: >- and the text wrapped at about 96 columns, two spaces deeper.
    void folded(int indent, std::string_view key, std::string_view value) {
        if (value.size() + key.size() + static_cast<size_t>(indent) < 90)
            return kv(indent, key, value);
        pad(indent);
        text_ += key;
        text_ += ": >-\n";
        wrap(indent + 2, value);
    }
    // A list item that starts a mapping: "- key: value"; the item's other keys go at indent + 2.
    void item_kv(int indent, std::string_view key, std::string_view value) {
        pad(indent);
        text_ += "- ";
        if (value.size() + key.size() + static_cast<size_t>(indent) < 90) {
            text_ += key;
            text_ += ": ";
            text_ += scalar(value);
            text_ += '\n';
        } else {
            text_ += key;
            text_ += ": >-\n";
            wrap(indent + 4, value);
        }
    }
    // A list item that is one scalar.
    void item(int indent, std::string_view value) {
        pad(indent);
        text_ += "- ";
        text_ += scalar(value);
        text_ += '\n';
    }
    void comment(std::string_view line) {
        text_ += "# ";
        text_ += line;
        text_ += '\n';
    }

    const std::string& text() const { return text_; }

  private:
    void pad(int indent) { text_.append(static_cast<size_t>(indent), ' '); }

    void wrap(int indent, std::string_view value) {
        size_t col = 0;
        size_t pos = 0;
        while (pos < value.size()) {
            size_t end = value.find(' ', pos);
            if (end == std::string_view::npos) end = value.size();
            std::string_view word = value.substr(pos, end - pos);
            if (col == 0) {
                pad(indent);
                col = static_cast<size_t>(indent);
            } else if (col + 1 + word.size() > 96) {
                text_ += '\n';
                pad(indent);
                col = static_cast<size_t>(indent);
            } else {
                text_ += ' ';
                ++col;
            }
            text_ += word;
            col += word.size();
            pos = end + 1;
        }
        text_ += '\n';
    }

    std::string text_;
};

// [a, b, c] with each item plain (used for enumerations and coverage tags only).
inline std::string flow(const std::vector<std::string>& items) {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += items[i];
    }
    return out + "]";
}

}  // namespace bench
