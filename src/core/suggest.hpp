#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medvirk {

// Edit distance between two UTF-8 strings, counted in code points.
size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate to `word`, when it is close enough to be a likely typo.
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates);

}  // namespace medvirk
