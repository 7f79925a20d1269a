#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/diag.hpp"
#include "model/routine_set.hpp"
#include "rules/rule.hpp"

// Tagging help: coverage words that an untagged step's text clearly shows, from the indicator
// terms (`tegn`) of the rule packs' vocabulary. Information for whoever tags the routines, never
// evidence: a suggestion changes no result, score or exit code.
namespace medvirk::engine {

// One coverage word suggested for one step.
struct TagSuggestion {
    Location loc;                    // the step's «steg» key
    std::string text;                // the step text, on one line and shortened
    std::string tag;                 // the coverage word
    std::vector<std::string> terms;  // the word's indicator terms the text shows, in pack order
};

struct TagSuggestions {
    size_t steps = 0;                        // untagged steps looked at (hollow ones included)
    std::vector<TagSuggestion> suggestions;  // by file, line, column, then best first
};

// At most this many words are suggested for one step.
inline constexpr size_t max_suggestions_per_step = 3;

// The words the text of one step clearly shows: at least two distinct indicator terms of the
// word, or its one term when it has only one. A term that the text shows only inside a longer
// term of the same word (`klage` inside `klagerett`) is not counted on its own. At most
// max_suggestions_per_step words, those showing more terms first, then by word id. Words
// without indicator terms are never suggested.
std::vector<std::pair<std::string, std::vector<std::string>>> words_shown(
    const std::string& text, const rules::Catalogue& catalogue);

// Every step of every «fremgangsmåte» list of the documents that has no coverage word in
// «dekker» and is not hollow (checks::is_hollow), with the words its text clearly shows.
TagSuggestions suggest_tags(const std::vector<model::RoutineDoc>& docs,
                            const rules::Catalogue& catalogue);
// The same for a service's routine documents.
TagSuggestions suggest_tags(const model::Service& service, const rules::Catalogue& catalogue);

}  // namespace medvirk::engine
