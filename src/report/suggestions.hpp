#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "engine/suggest.hpp"

// Tagging suggestions (engine/suggest.hpp) as text and as JSON: one place for the wording, shared
// by `audit --suggest-tags` and `medvirk suggest-tags`.
namespace medvirk::report {

// «Forslag til dekningsord (informasjon, ikke bevis)» / "Suggested coverage words (information,
// not evidence)".
const char* suggestions_heading(Lang lang);

// One line per suggestion, «FIL:LINJE:KOLONNE: steget ser ut til å beskrive «ORD» (viser: …);
// i så fall: dekker: [ORD]», and the step text, indented, after the last word of each step. Every
// value from input is made terminal-safe.
std::string suggestions_text(const std::vector<engine::TagSuggestion>& suggestions, Lang lang);

// [{fil, linje, kolonne, steg, dekker, tegn}] (docs/report-format.md, «dekningsforslag»).
nlohmann::ordered_json suggestions_json(const std::vector<engine::TagSuggestion>& suggestions);

}  // namespace medvirk::report
