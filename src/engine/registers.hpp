#pragma once

#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diag.hpp"
#include "model/routine_set.hpp"
#include "rules/rule.hpp"

namespace medvirk::engine {

// One entry of a service's register of documented deviations (documents of type `fravik`).
struct DeviationEntry {
    std::string rule;
    std::string document;  // empty: the whole service
    std::string justification, decided_by, decided, valid_until;
    std::string register_doc;  // id of the `fravik` document holding the entry
    Location loc;              // the entry's first key
    bool expired = false;      // `gyldig_til` lies before the audit date
    bool valid =
        false;  // known rule, justified, decided, in force on the audit date (docs/rules.md)
};

// Every entry of every `fravik` document of the service, in document order.
std::vector<DeviationEntry> deviation_register(const model::Service& service,
                                               const rules::Catalogue& catalogue, Date as_of);

// A coverage tag that a rule checks with the `dekket` kind, and the routine steps that carry it.
struct CoverageStep {
    std::string document;  // id of the routine document
    Location loc;
    std::string text;      // shortened
    bool current = false;  // the document is approved and current on the audit date
};

struct CoverageRow {
    std::string tag;
    std::vector<std::string> rules;  // ids of the rules checking it, sorted
    std::vector<CoverageStep> steps;
};

// One row per tag checked by a `dekket` check in the catalogue, sorted by tag.
std::vector<CoverageRow> coverage_matrix(const model::Service& service,
                                         const rules::Catalogue& catalogue, Date as_of);

}  // namespace medvirk::engine
