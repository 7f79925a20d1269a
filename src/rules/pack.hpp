#pragma once

#include <string>
#include <vector>

#include "core/diag.hpp"
#include "rules/rule.hpp"

namespace medvirk::rules {

// A rule-pack file's text and the name used in diagnostics.
struct PackText {
    std::string name;
    std::string text;
};

// The packs compiled into the binary (generated from rules/ at build time).
const std::vector<PackText>& builtin_packs();

// Parses and validates rule packs, then resolves references between them (advice, sources,
// coverage tags) and rejects duplicate ids. Every problem is reported with file:line:col.
Catalogue load_catalogue(const std::vector<PackText>& packs, Diagnostics& errors);

// The built-in packs plus every *.yaml / *.yml file under each of `dirs` (sorted).
Catalogue load_catalogue_with(const std::vector<std::string>& dirs, Diagnostics& errors);

}  // namespace medvirk::rules
