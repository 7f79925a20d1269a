#include "checks/steps.hpp"

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

std::string TaggedStep::text() const {
    const Node* t = node->get("steg");
    return t && t->is_scalar() ? shorten(t->value) : std::string{};
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

bool is_approved_and_current(const model::RoutineDoc& doc, Date as_of) {
    const Node* ds = doc.root.get("dokumentstyring");
    if (!ds || !non_empty(ds->get("godkjent_av"))) return false;
    const Node* g = ds->get("godkjent");
    const Node* r = ds->get("revideres");
    auto gd = g && g->is_scalar() ? Date::parse(g->value) : std::nullopt;
    auto rd = r && r->is_scalar() ? Date::parse(r->value) : std::nullopt;
    return gd && rd && *gd <= as_of && *rd >= as_of;
}

}  // namespace medvirk::checks
