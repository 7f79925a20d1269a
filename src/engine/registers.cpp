#include "engine/registers.hpp"

#include <map>
#include <set>

#include "checks/evidence.hpp"
#include "checks/path.hpp"
#include "checks/steps.hpp"

namespace medvirk::engine {

namespace {

std::string scalar(const yaml::Node& n, const char* key) {
    const yaml::Node* v = n.get(key);
    return v && v->is_scalar() ? v->value : std::string{};
}

void covered_tags(const checks::Check& c, const std::string& rule,
                  std::map<std::string, std::set<std::string>>& out) {
    std::vector<const checks::Check*> all;
    checks::walk(c, all);
    for (const checks::Check* x : all)
        if (std::string tag = x->coverage_tag(); !tag.empty()) out[tag].insert(rule);
}

}  // namespace

std::vector<DeviationEntry> deviation_register(const model::Service& s, const rules::Catalogue& cat,
                                               Date as_of) {
    std::vector<DeviationEntry> out;
    for (const auto& doc : s.routines) {
        if (doc.type != "fravik") continue;
        const yaml::Node* list = doc.root.get("fravik");
        if (!list) continue;
        for (const auto& e : list->items) {
            DeviationEntry d;
            d.rule = scalar(e, "regel");
            d.document = scalar(e, "dokument");
            d.justification = scalar(e, "begrunnelse");
            d.decided_by = scalar(e, "besluttet_av");
            d.decided = scalar(e, "besluttet");
            d.valid_until = scalar(e, "gyldig_til");
            d.register_doc = doc.id;
            const yaml::Entry* first = e.entries.empty() ? nullptr : &e.entries.front();
            d.loc = first ? Location{doc.file, first->line, first->col} : doc.location_of(e);
            auto until = Date::parse(d.valid_until);
            auto decided = Date::parse(d.decided);
            d.expired = until && *until < as_of;
            // A justification must say something: «Prøver» is not a concrete assessment.
            d.valid = cat.rule(d.rule) && checks::non_empty(e.get("begrunnelse")) &&
                      !checks::is_hollow(d.justification) &&
                      checks::non_empty(e.get("besluttet_av")) && until && *until >= as_of &&
                      decided && *decided <= as_of;
            out.push_back(std::move(d));
        }
    }
    return out;
}

std::vector<CoverageRow> coverage_matrix(const model::Service& s, const rules::Catalogue& cat,
                                         Date as_of) {
    std::map<std::string, std::set<std::string>> tags;
    for (const rules::Rule* r : cat.rules) covered_tags(*r->check, r->id, tags);
    std::vector<CoverageRow> out;
    const checks::StepIndex steps(s);
    for (const auto& [tag, rule_ids] : tags) {
        CoverageRow row{tag, {rule_ids.begin(), rule_ids.end()}, {}};
        for (const auto& step : steps.steps(tag))
            row.steps.push_back(
                {step.doc->id, step.location(), step.text(),
                 checks::document_evidence(*step.doc, as_of).standing == checks::Standing::counts});
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace medvirk::engine
