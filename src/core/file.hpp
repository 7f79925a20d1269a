#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/diag.hpp"

namespace medvirk {

// Reads a whole file that is expected to be modest in size (a saved report or baseline). Refuses a
// directory, a file over `limit` bytes (before reading it) and an unreadable file, with a
// diagnostic for each.
std::optional<std::string> read_whole_file(const std::string& path, std::uintmax_t limit, Diagnostics& errors);

}  // namespace medvirk
