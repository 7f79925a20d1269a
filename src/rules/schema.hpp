#pragma once

#include <string>

namespace medvirk::rules {

// The JSON Schema of a rule-pack file (schema/medvirk-regelpakke.schema.json), for editors and
// pack authors; its checks come from the check kinds' own declarations (src/checks).
std::string pack_json_schema();

}  // namespace medvirk::rules
