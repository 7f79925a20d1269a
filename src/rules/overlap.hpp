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

// The coverage tag a rule rests on alone: its check is `dekket` on that tag and nothing else
// (empty otherwise).
std::string sole_tag(const Rule& rule);

// Whether some service could be subject to both rules (their `gjelder` can hold together).
bool can_apply_together(const Rule& a, const Rule& b);

// Every pair of rules that rest on one tag alone and can apply together, where the tag does not
// say why (`delt`); sorted by tag, then rule ids.
std::vector<SharedEvidence> shared_evidence(const Catalogue& catalogue);

}  // namespace medvirk::rules
