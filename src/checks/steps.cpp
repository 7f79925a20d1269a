#include "checks/steps.hpp"

#include <fmt/format.h>

#include "checks/path.hpp"

namespace medvirk::checks {

using yaml::Node;

std::string shorten(const std::string& s, size_t max) {
    std::string flat;
    for (char c : s) flat += (c == '\n' || c == '\r') ? ' ' : c;
    while (!flat.empty() && flat.back() == ' ') flat.pop_back();
    if (flat.size() <= max) return flat;
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
    return flat.substr(0, cut) + "…";
}

Location TaggedStep::location() const {
    const yaml::Entry* e = node->entry("steg");
    return e ? Location{doc->file, e->line, e->col} : doc->location_of(*node);
}

std::string TaggedStep::text() const { return shorten(full_text()); }

std::string TaggedStep::full_text() const {
    const Node* t = node->get("steg");
    return t && t->is_scalar() ? t->value : std::string{};
}

std::vector<TaggedStep> tagged_steps(const model::Service& service, const std::string& tag) {
    return StepIndex(service).steps(tag);
}

namespace {

void walk_steps(const Node& n, const std::function<void(const Node&)>& f) {
    if (n.is_map()) {
        for (const auto& e : n.entries) {
            if (e.key == "fremgangsmåte" && e.value.is_seq()) {
                for (const auto& step : e.value.items) f(step);
            } else {
                walk_steps(e.value, f);
            }
        }
    } else if (n.is_seq()) {
        for (const auto& i : n.items) walk_steps(i, f);
    }
}

// The tagged steps of one document, for every tag at once.
void index_steps(const model::RoutineDoc& doc,
                 std::unordered_map<std::string, std::vector<TaggedStep>>& out) {
    for_each_step(doc, [&](const Node& step) {
        const Node* tags = step.get("dekker");
        if (!tags) return;
        for (const auto& t : tags->items) {
            if (!t.is_scalar()) continue;
            auto& list = out[t.value];
            if (list.empty() || list.back().node != &step) list.push_back({&doc, &step});
        }
    });
}

}  // namespace

void for_each_step(const model::RoutineDoc& doc, const std::function<void(const Node&)>& f) {
    walk_steps(doc.root, f);
}

StepIndex::StepIndex(const model::Service& service) {
    for (const auto& r : service.routines) index_steps(r, by_tag_);
}

const std::vector<TaggedStep>& StepIndex::steps(const std::string& tag) const {
    static const std::vector<TaggedStep> none;
    auto it = by_tag_.find(tag);
    return it == by_tag_.end() ? none : it->second;
}

Evidence step_evidence(const TaggedStep& step, const std::string& tag,
                       const std::vector<std::string>* indicators, Date as_of) {
    Evidence doc = document_evidence(*step.doc, as_of);
    if (doc.standing == Standing::none) return doc;
    std::string text = step.full_text();
    if (is_hollow(text))
        return {Standing::none,
                {fmt::format("teksten «{}» er for tynn til å vise noe", shorten(text, 40)),
                 fmt::format("the text «{}» is too thin to show anything", shorten(text, 40))}};
    if (indicators && shown_terms(text, *indicators).empty()) {
        std::string terms = fmt::format("{}", fmt::join(*indicators, ", "));
        return weaker(doc, {Standing::reserved,
                            {fmt::format("steget er merket «{}», men teksten viser det ikke "
                                         "(ingen av: {}); kontroller steget",
                                         tag, terms),
                             fmt::format("the step is tagged «{}», but its text does not show it "
                                         "(none of: {}); check the step",
                                         tag, terms)}});
    }
    return doc;
}

}  // namespace medvirk::checks
