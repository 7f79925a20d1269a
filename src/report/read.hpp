#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/diag.hpp"

namespace medvirk::report {

// Reads a JSON report written by «medvirk audit --format json»: size-checked, parsed and checked
// to be a report of a version this medvirk reads. nullopt with errors (codes limit-size,
// unreadable-file, bad-json, bad-report) when it is not one.
std::optional<nlohmann::json> read_report(const std::string& path, Diagnostics& errors);

}  // namespace medvirk::report
