#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diag.hpp"
#include "rules/rule.hpp"

namespace medvirk::rules {

// A rule-pack file's text and the name used in diagnostics.
struct PackText {
    std::string name;
    std::string text;
    std::string_view tree =
        {};  // built-in packs: the parsed documents (yaml/serialize.hpp), else empty
};

// The packs compiled into the binary (generated from rules/ at build time).
const std::vector<PackText>& builtin_packs();

// Which opt-in packs (`profil`) to apply. Packs without a profile always apply.
struct LoadOptions {
    std::vector<std::string> profiles;  // asked for with --profil
    bool all_profiles = false;          // every profile (rule docs, fixtures)
    unsigned jobs = 1;  // pack files parsed in parallel; the result does not depend on it
};

// Parses and validates rule packs, then resolves references between them (advice, sources,
// coverage tags) and rejects duplicate ids. Every problem is reported with file:line:col.
// Every pack is validated, also those of profiles not asked for; then only the applied packs
// are indexed. Asking for an unknown profile is an error.
Catalogue load_catalogue(const std::vector<PackText>& packs, Diagnostics& errors,
                         const LoadOptions& options = {});

// The built-in packs plus every *.yaml / *.yml file under each of `dirs` (sorted).
Catalogue load_catalogue_with(const std::vector<std::string>& dirs, Diagnostics& errors,
                              const LoadOptions& options = {});

// For tests only: when the environment variable MEDVIRK_TEST_ONLY_GIVEN_PACKS is set (to anything
// non-empty), load_catalogue_with leaves out the built-in packs and loads only those under `dirs`.
// The format goldens (tests/e2e) so run against a small test pack instead of the whole national
// catalogue; nothing else uses it.
inline constexpr const char* only_given_packs_variable = "MEDVIRK_TEST_ONLY_GIVEN_PACKS";

}  // namespace medvirk::rules
