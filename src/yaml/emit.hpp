#pragma once

#include <string>
#include <string_view>

namespace medvirk::yaml {

// A text as a YAML scalar that parses back to exactly that text: plain when it is a simple word
// or phrase (letters, digits, spaces inside, - _ . /) that YAML does not read as null, a boolean
// or anything else; otherwise double-quoted, with \ " and control characters escaped.
// `text` must be UTF-8.
std::string scalar(std::string_view text);

}  // namespace medvirk::yaml
