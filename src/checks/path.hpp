#pragma once

#include <string>
#include <string_view>

#include "yaml/node.hpp"

namespace medvirk::checks {

// Result of following a dotted path ("mandat.oppnevningstid_år") through mappings.
struct Resolved {
    const yaml::Node* node = nullptr;  // the value, when the whole path exists
    int line = 0, col = 0;             // the key of the value, or of the deepest part that exists
};

Resolved resolve(const yaml::Node& root, std::string_view path);

// Text left by `medvirk init` for the user to replace: a scalar starting with «FYLL UT».
bool is_placeholder(const yaml::Node* n);

// Exists and holds something: a non-blank scalar that is not a placeholder, a non-empty list or
// mapping.
bool non_empty(const yaml::Node* n);

}  // namespace medvirk::checks
