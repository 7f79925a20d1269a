#include "rules/overlap.hpp"

#include <algorithm>
#include <map>

#include "checks/check.hpp"

namespace medvirk::rules {

namespace {

// Two `gjelder` lists hold together when either is open or they share a value.
bool overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return true;
    return std::any_of(a.begin(), a.end(), [&](const std::string& x) {
        return std::find(b.begin(), b.end(), x) != b.end();
    });
}

}  // namespace

std::vector<std::string> sole_tags(const Rule& rule) {
    if (!rule.check) return {};
    if (rule.check->name() == "dekket") return {rule.check->coverage_tag()};
    if (rule.check->name() != "noen") return {};
    std::vector<std::string> tags;
    for (const checks::Check* c : rule.check->children()) {
        if (c->name() != "dekket") return {};
        tags.push_back(c->coverage_tag());
    }
    return tags;
}

bool can_apply_together(const Rule& a, const Rule& b) {
    if (!overlap(a.applies.levels, b.applies.levels)) return false;
    if (!overlap(a.applies.target_groups, b.applies.target_groups)) return false;
    if (a.applies.institution && b.applies.institution &&
        *a.applies.institution != *b.applies.institution)
        return false;
    return true;
}

std::vector<SharedEvidence> shared_evidence(const Catalogue& catalogue) {
    std::map<std::string, std::vector<const Rule*>> by_tag;
    for (const Rule* r : catalogue.rules)
        for (const auto& t : sole_tags(*r)) by_tag[t].push_back(r);
    std::vector<SharedEvidence> out;
    for (const auto& [tag, rs] : by_tag) {
        const Tag* t = catalogue.tag(tag);
        if (t && !t->shared.empty()) continue;
        for (size_t i = 0; i < rs.size(); ++i)
            for (size_t j = i + 1; j < rs.size(); ++j)
                if (can_apply_together(*rs[i], *rs[j])) out.push_back({tag, rs[i], rs[j]});
    }
    return out;
}

}  // namespace medvirk::rules
