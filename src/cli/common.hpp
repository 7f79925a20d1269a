#pragma once

#include <optional>
#include <string>

#include "cli/options.hpp"
#include "core/diag.hpp"
#include "rules/rule.hpp"

namespace medvirk::cli {

// Prints diagnostics to stderr, one per line.
void print_diagnostics(const Diagnostics& diags, Lang lang);

// Prints "medvirk: feil: …" to stderr and returns exit_error.
int usage_error(const Options& o, const std::string& nb, const std::string& en);

// Loads the built-in packs and those under --rules; prints errors and returns nullopt on failure.
std::optional<rules::Catalogue> load_rules(const Options& o);

}  // namespace medvirk::cli
