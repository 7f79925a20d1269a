#include "rules/rule.hpp"

#include <algorithm>

namespace medvirk::rules {

const char* strength_name(Strength s) {
    switch (s) {
        case Strength::skal: return "skal";
        case Strength::bor: return "bør";
        case Strength::kan: return "kan";
    }
    return "?";
}

std::optional<Strength> parse_strength(const std::string& s) {
    if (s == "skal") return Strength::skal;
    if (s == "bør") return Strength::bor;
    if (s == "kan") return Strength::kan;
    return std::nullopt;
}

const Rule* Catalogue::rule(const std::string& id) const {
    auto it = std::lower_bound(rules.begin(), rules.end(), id,
                               [](const Rule* r, const std::string& k) { return r->id < k; });
    return it != rules.end() && (*it)->id == id ? *it : nullptr;
}

const Tag* Catalogue::tag(const std::string& id) const {
    auto it = std::lower_bound(tags.begin(), tags.end(), id,
                               [](const Tag* t, const std::string& k) { return t->id < k; });
    return it != tags.end() && (*it)->id == id ? *it : nullptr;
}

const std::vector<std::string>* Catalogue::indicators(const std::string& id) const {
    const Tag* t = tag(id);
    return t && !t->indicators.empty() ? &t->indicators : nullptr;
}

const Advice* Catalogue::find_advice(const std::string& id) const {
    for (const Advice* a : advice)
        if (a->id == id) return a;
    return nullptr;
}

const Source* Catalogue::source(const std::string& id) const {
    for (const auto& p : packs)
        for (const auto& s : p.sources)
            if (s.id == id) return &s;
    return nullptr;
}

std::vector<std::string> Catalogue::tag_names() const {
    std::vector<std::string> out;
    for (const Tag* t : tags) out.push_back(t->id);
    return out;
}

std::vector<std::string> Catalogue::rule_ids() const {
    std::vector<std::string> out;
    for (const Rule* r : rules) out.push_back(r->id);
    return out;
}

}  // namespace medvirk::rules
