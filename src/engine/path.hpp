#pragma once

#include <string>
#include <string_view>

#include "core/date.hpp"
#include "rules/rule.hpp"
#include "yaml/node.hpp"

namespace medvirk::engine {

// Result of following a dotted path ("mandat.oppnevningstid_år") through mappings.
struct Resolved {
    const yaml::Node* node = nullptr;   // the value, when the whole path exists
    int line = 0, col = 0;              // the key of the value, or of the deepest part that exists
};

Resolved resolve(const yaml::Node& root, std::string_view path);

// Text left by `medvirk init` for the user to replace: a scalar starting with «FYLL UT».
bool is_placeholder(const yaml::Node* n);

// Exists and holds something: a non-blank scalar that is not a placeholder, a non-empty list or
// mapping.
bool non_empty(const yaml::Node* n);

// Does a list item or a document satisfy every condition of the filter?
bool matches(const yaml::Node& item, const rules::Filter& filter, Date as_of);

}  // namespace medvirk::engine
