#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace medvirk::yaml {

struct Entry;

// The project's own YAML model: parsed once, with 1-based line and column on every node.
// Nothing downstream of the loader sees yaml-cpp.
struct Node {
    enum class Kind { null, scalar, seq, map };

    Kind kind = Kind::null;
    int line = 0;
    int col = 0;
    std::string value;        // scalar text
    bool plain = true;        // false for quoted and block scalars ("2.1" is text, 2.1 is a number)
    std::vector<Node> items;  // sequence
    std::vector<Entry> entries;  // mapping, in document order

    bool is_null() const { return kind == Kind::null; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_seq() const { return kind == Kind::seq; }
    bool is_map() const { return kind == Kind::map; }

    // Mapping lookup; nullptr when absent or when this is not a mapping.
    const Node* get(std::string_view key) const;
    // The key entry itself (for the key's own position).
    const Entry* entry(std::string_view key) const;
};

struct Entry {
    std::string key;
    int line = 0;
    int col = 0;
    Node value;
};

// One YAML document of a file.
struct Document {
    int index = 0;  // 0-based position in the file
    Node root;
};

// Short English/Norwegian names for a node kind, used in messages.
const char* kind_name_nb(Node::Kind k);
const char* kind_name_en(Node::Kind k);

}  // namespace medvirk::yaml
