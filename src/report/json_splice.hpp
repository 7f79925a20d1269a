#pragma once

#include <cstddef>
#include <string>
#include <vector>

// Large JSON documents (the JSON report, SARIF) are written in pieces: the frame is dumped once
// with a marker where a long list goes, cut at the markers, and the list's items, dumped one by
// one at their depth, are written in between.
namespace medvirk::report::json_splice {

// The value to store under `key` where its list will be spliced in.
std::string marker(const std::string& key);

// `text` (a dump(2) holding the markers of `keys`, in this order) cut at each marker: part k ends
// with `"key": ` of keys[k], and the last part is the rest. A string from the input cannot hold a
// marker, whose quotes are not escaped.
std::vector<std::string> cut(std::string text, const std::vector<std::string>& keys);

// Text as it stands `depth` spaces deep in a larger document: every line, the first included,
// indented by `depth` spaces.
std::string indent(const std::string& text, size_t depth);

// value.dump(2) so indented (nlohmann::json or ordered_json).
template <class Json>
std::string dump_at(const Json& value, size_t depth) {
    return indent(value.dump(2), depth);
}

}  // namespace medvirk::report::json_splice
