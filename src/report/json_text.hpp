#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace medvirk::report {

// Pretty JSON text exactly as nlohmann::json::dump(2) writes it, written directly instead of
// through a tree: for the many small objects of a large report, where building a tree for each
// costs more than the text. Every line after the first starts with `prefix` (the depth at which
// the value stands in a larger document). Strings must be UTF-8; invalid UTF-8 throws, as dump()
// does.
class JsonText {
  public:
    explicit JsonText(std::string prefix = {}) : prefix_(std::move(prefix)) {}

    JsonText& begin_object();
    JsonText& end_object();
    JsonText& begin_array();
    JsonText& end_array();
    JsonText& key(std::string_view k);
    JsonText& value(std::string_view s);
    JsonText& value(const char* s) { return value(std::string_view(s)); }
    JsonText& value(long long n);
    JsonText& value(int n) { return value(static_cast<long long>(n)); }
    JsonText& value(size_t n);
    JsonText& value(bool b);
    JsonText& strings(const std::vector<std::string>& list);  // an array of strings

    std::string& text() { return out_; }

  private:
    struct Level {
        bool empty = true;
    };
    std::string prefix_;
    std::string out_;
    std::vector<Level> levels_;
    bool after_key_ = false;

    void next_item();  // the separator and indentation before an item of the open container
    void open(char bracket);
    void close(char bracket);
    void string(std::string_view s);
};

}  // namespace medvirk::report
