#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "yaml/node.hpp"

namespace medvirk::yaml {

// The one reader of a mapping's keys, shared by the routine format (model/validate.cpp) and rule
// packs (checks/reader.cpp). Walks the entries of `map` in order: a key in `allowed` goes to
// `known`; any other key goes to `unknown` with its message, «ukjent nøkkel «k» i WHERE» / "unknown
// key «k» in WHERE", and a did-you-mean when a close key exists. `known` may be empty.
void read_keys(const Node& map, const std::vector<std::string>& allowed, const std::string& where,
               const std::function<void(const Entry&)>& known,
               const std::function<void(const Entry&, const Text&)>& unknown);

// "; mente du «x»?" / "; did you mean «x»?" when a candidate is close to `wrong`, else empty.
Text suggestion(const std::string& wrong, const std::vector<std::string>& candidates);

}  // namespace medvirk::yaml
