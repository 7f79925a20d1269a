#pragma once

#include <map>
#include <string>

#include "rules/rule.hpp"

namespace medvirk::report {

// One Markdown page per rule plus README.md, an index by advice item, all generated from the
// rules' own metadata (`medvirk rules docs DIR`). Keys are file names.
std::map<std::string, std::string> rule_docs(const rules::Catalogue& cat);

}  // namespace medvirk::report
