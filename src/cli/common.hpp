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

// Writes a file atomically: a temporary file beside it, then a rename. Never leaves a partial file.
// Returns an error message (nb, en) on failure.
std::optional<Text> write_atomically(const std::string& path, const std::string& text);

// Loads the built-in packs (those of --profil, or of every profile) and those under --rules;
// prints errors and returns nullopt on failure.
std::optional<rules::Catalogue> load_rules(const Options& o, bool all_profiles = false);

}  // namespace medvirk::cli
