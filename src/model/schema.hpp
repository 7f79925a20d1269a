#pragma once

#include <string>
#include <vector>

namespace medvirk::model {

// The JSON Schema (draft 2020-12) of the routine-set format, generated from the same format
// description the loader validates against. `tags` is the coverage vocabulary.
std::string json_schema(const std::vector<std::string>& tags);

}  // namespace medvirk::model
