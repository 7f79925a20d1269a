#include "rules/rule.hpp"

#include <fmt/format.h>

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

const char* strength_word(Strength s, Lang lang) {
    if (lang == Lang::nb) return strength_name(s);
    switch (s) {
        case Strength::skal: return "shall";
        case Strength::bor: return "should";
        case Strength::kan: return "may";
    }
    return "?";
}

bool LegalBasis::binds(const std::vector<std::string>& service_levels) const {
    if (levels.empty() || service_levels.empty()) return true;
    for (const auto& l : service_levels)
        if (std::find(levels.begin(), levels.end(), l) != levels.end()) return true;
    return false;
}

std::string LegalBasis::annotated(Lang lang) const {
    if (levels.empty()) return text;
    std::string names;
    for (size_t i = 0; i < levels.size(); ++i)
        names += (i ? ", " : "") + level_name(levels[i], lang);
    return lang == Lang::en ? fmt::format("{} ({} only)", text, names)
                            : fmt::format("{} (bare {})", text, names);
}

std::vector<std::string> legal_for(const std::vector<LegalBasis>& legal,
                                   const std::vector<std::string>& levels) {
    std::vector<std::string> out;
    for (const auto& l : legal)
        if (l.binds(levels)) out.push_back(l.text);
    return out;
}

std::vector<std::string> legal_annotated(const std::vector<LegalBasis>& legal, Lang lang) {
    std::vector<std::string> out;
    for (const auto& l : legal) out.push_back(l.annotated(lang));
    return out;
}

const char* origin_name(Origin o) {
    switch (o) {
        case Origin::rad: return "råd";
        case Origin::lov: return "lov";
        case Origin::policy: return "policy";
    }
    return "?";
}

std::optional<Origin> parse_origin(const std::string& s) {
    if (s == "råd") return Origin::rad;
    if (s == "lov") return Origin::lov;
    if (s == "policy") return Origin::policy;
    return std::nullopt;
}

Text origin_text(Origin o) {
    switch (o) {
        case Origin::rad: return {};
        case Origin::lov:
            return {"lovkrav som rådene ikke selv stiller",
                    "a statutory requirement the advice does not state"};
        case Origin::policy:
            return {"medvirks egen dokumentstyringspolicy, ikke et krav i rådene",
                    "medvirk's own document-control policy, not a requirement of the advice"};
    }
    return {};
}

std::string level_name(const std::string& level, Lang lang) {
    if (lang == Lang::nb) return level;
    static const std::pair<const char*, const char*> names[] = {
        {"kommune", "municipality"},     {"spesialisthelsetjeneste", "specialist health service"},
        {"system", "system level"},      {"tjeneste", "service level"},
        {"individ", "individual level"}, {"dokument", "document control"}};
    for (const auto& [nb, en] : names)
        if (level == nb) return en;
    return level;
}

const char* legal_label(Strength s, Lang lang) {
    if (s == Strength::skal) return lang == Lang::en ? "legal basis" : "hjemmel";
    return lang == Lang::en ? "legal background" : "rettslig bakgrunn";
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

Text source_label(const Rule& rule, const Catalogue& catalogue) {
    const Advice* a = catalogue.find_advice(rule.advice);
    Text out;
    for (Lang lang : {Lang::nb, Lang::en}) {
        bool en = lang == Lang::en;
        std::string advice = a ? fmt::format("{} {} ({})", en ? "advice" : "råd", rule.advice,
                                             strength_word(a->strength, lang))
                               : fmt::format("{} {}", en ? "advice" : "råd", rule.advice);
        std::string s = fmt::format("{} · {} {}", advice, en ? "rule" : "regel",
                                    strength_word(rule.strength, lang));
        if (Text o = origin_text(rule.origin); !o.empty()) s += " · " + o.get(lang);
        (en ? out.en : out.nb) = std::move(s);
    }
    return out;
}

}  // namespace medvirk::rules
