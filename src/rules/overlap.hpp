#pragma once

#include <string>
#include <vector>

#include "rules/rule.hpp"

// One gap, one finding: two rules that can apply to the same service must not both rest on one
// coverage tag alone, or one missing step is reported twice. A tag may allow it by saying why
// (`delt`).
namespace medvirk::rules {

struct SharedEvidence {
    std::string tag;
    const Rule* first = nullptr;  // by id
    const Rule* second = nullptr;
};

// The coverage tags a rule rests on alone: its check is `dekket` on one tag, or `noen` of
// `dekket` checks (one step with any of them meets it); empty when anything else decides too.
std::vector<std::string> sole_tags(const Rule& rule);

// Whether some service could be subject to both rules (their `gjelder` can hold together).
bool can_apply_together(const Rule& a, const Rule& b);

// Every pair of rules that rest on coverage tags alone, share one (one step would meet both, so
// one missing step fails both), and can apply together, where the tag does not say why (`delt`);
// sorted by tag, then rule ids.
std::vector<SharedEvidence> shared_evidence(const Catalogue& catalogue);

}  // namespace medvirk::rules
