#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "yaml/node.hpp"

namespace medvirk::yaml {

// A compact binary form of parsed documents. The built-in rule packs are parsed once at build
// time and compiled into the binary in this form, so start-up does not parse YAML for them.
// deserialize(serialize(d)) gives documents equal to d; malformed input gives nullopt.
std::string serialize(const std::vector<Document>& docs);
std::optional<std::vector<Document>> deserialize(std::string_view bytes);

bool equal(const Node& a, const Node& b);  // kind, position, style, value and children

}  // namespace medvirk::yaml
