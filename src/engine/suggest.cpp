#include "engine/suggest.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

#include "checks/evidence.hpp"
#include "checks/steps.hpp"

namespace medvirk::engine {

namespace {

using Shown = std::pair<std::string, std::vector<std::string>>;

// Where each term occurs in the folded text: [start, start + size) per occurrence.
std::vector<std::vector<size_t>> occurrences(const std::string& folded,
                                             const std::vector<std::string>& terms) {
    std::vector<std::vector<size_t>> out(terms.size());
    for (size_t k = 0; k < terms.size(); ++k)
        for (size_t at = folded.find(terms[k]); at != std::string::npos;
             at = folded.find(terms[k], at + 1))
            out[k].push_back(at);
    return out;
}

// The terms shown on their own: somewhere not inside an occurrence of a longer term.
std::vector<std::string> distinct_shown(const std::string& folded,
                                        const std::vector<std::string>& terms) {
    auto occ = occurrences(folded, terms);
    std::vector<std::string> out;
    for (size_t k = 0; k < terms.size(); ++k) {
        const size_t len = terms[k].size();
        bool alone = std::any_of(occ[k].begin(), occ[k].end(), [&](size_t p) {
            for (size_t u = 0; u < terms.size(); ++u) {
                if (terms[u].size() <= len) continue;
                for (size_t q : occ[u])
                    if (q <= p && p + len <= q + terms[u].size()) return false;
            }
            return true;
        });
        if (alone) out.push_back(terms[k]);
    }
    return out;
}

// The word's terms without repeats, in pack order.
std::vector<std::string> unique_terms(const std::vector<std::string>& terms) {
    std::vector<std::string> out;
    for (const auto& t : terms)
        if (!t.empty() && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    return out;
}

bool has_coverage_word(const yaml::Node& step) {
    const yaml::Node* tags = step.get("dekker");
    if (!tags) return false;
    if (tags->is_scalar()) return !tags->value.empty();
    return std::any_of(tags->items.begin(), tags->items.end(),
                       [](const yaml::Node& t) { return t.is_scalar() && !t.value.empty(); });
}

}  // namespace

std::vector<Shown> words_shown(const std::string& text, const rules::Catalogue& catalogue) {
    const std::string folded = checks::fold(text);
    std::vector<Shown> out;
    for (const rules::Tag* tag : catalogue.tags) {
        std::vector<std::string> terms = unique_terms(tag->indicators);
        if (terms.empty()) continue;
        std::vector<std::string> shown = distinct_shown(folded, terms);
        if (shown.size() >= std::min<size_t>(terms.size(), 2)) out.emplace_back(tag->id, shown);
    }
    std::stable_sort(out.begin(), out.end(), [](const Shown& a, const Shown& b) {
        return a.second.size() != b.second.size() ? a.second.size() > b.second.size()
                                                  : a.first < b.first;
    });
    if (out.size() > max_suggestions_per_step) out.resize(max_suggestions_per_step);
    return out;
}

TagSuggestions suggest_tags(const std::vector<model::RoutineDoc>& docs,
                            const rules::Catalogue& catalogue) {
    TagSuggestions out;
    for (const auto& doc : docs) {
        checks::for_each_step(doc, [&](const yaml::Node& step) {
            if (!step.is_map() || has_coverage_word(step)) return;
            const yaml::Node* t = step.get("steg");
            if (!t || !t->is_scalar()) return;
            ++out.steps;
            if (checks::is_hollow(t->value)) return;
            const checks::TaggedStep at{&doc, &step};
            for (auto& [tag, terms] : words_shown(t->value, catalogue))
                out.suggestions.push_back({at.location(), at.text(), tag, std::move(terms)});
        });
    }
    // By place; the words of one step stay best first.
    std::stable_sort(out.suggestions.begin(), out.suggestions.end(),
                     [](const TagSuggestion& a, const TagSuggestion& b) {
                         return std::tie(a.loc.file, a.loc.line, a.loc.col) <
                                std::tie(b.loc.file, b.loc.line, b.loc.col);
                     });
    return out;
}

TagSuggestions suggest_tags(const model::Service& service, const rules::Catalogue& catalogue) {
    return suggest_tags(service.routines, catalogue);
}

}  // namespace medvirk::engine
