#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/text.hpp"
#include "model/routine_set.hpp"

// The one evidence standard (docs/format.md, «Hva som teller som bevis»): what a document, a
// step or a justification is worth as evidence. Every check kind judges evidence through here.
namespace medvirk::checks {

// How much a piece of evidence counts.
enum class Standing {
    counts,    // counts in full
    reserved,  // counts with a reservation (result `forbehold`), stated with the reason
    none,      // counts for nothing
};

struct Evidence {
    Standing standing = Standing::counts;
    Text reason;  // why it does not count in full (empty when it does)
};

// The weaker of two pieces of evidence (the first reason wins on a tie).
Evidence weaker(const Evidence& a, const Evidence& b);

// Text folded for matching: lowercase (ASCII and Latin-1 letters such as Æ, Ø, Å, É), with
// runs of whitespace as one space.
std::string fold(std::string_view text);

// Is the text too thin to show anything: a placeholder («FYLL UT …», «TODO», «xxx», «…»), fewer
// than three words or fifteen letters, or no word that can be a verb (a list of nouns)?
bool is_hollow(std::string_view text);

// The indicator terms (lowercase word stems) found in the text; a term matches anywhere in a
// word, so that stems also match Norwegian compounds («ombud» in «pasient- og brukerombudet»).
std::vector<std::string> shown_terms(std::string_view text, const std::vector<std::string>& terms);

// What a routine document is worth as evidence as of a date. Placeholder and title-only
// documents count for nothing; a document that is not approved, approved only later, or past its
// review date counts with a reservation (the DOK rules carry the lapse).
Evidence document_evidence(const model::RoutineDoc& doc, Date as_of);

// Does the document have content beyond its type, id, title and document control?
bool has_content(const model::RoutineDoc& doc);

}  // namespace medvirk::checks
