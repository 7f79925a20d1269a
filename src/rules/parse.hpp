#pragma once

#include "core/diag.hpp"
#include "rules/pack.hpp"

namespace medvirk::rules {

// The parse step of loading: one pack file on its own, into `pack` (its part of the pack when a
// pack spans several files). References between files are resolved later, by load_catalogue.
void parse_pack(const PackText& src, Pack& pack, Diagnostics& errors);

}  // namespace medvirk::rules
