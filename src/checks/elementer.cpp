// elementer: how many items of a list, across the service's documents of some types, match.
// Where `antall` counts the items of one document's list, `elementer` looks at the whole service:
// e.g. the members with the role of a user representative in any council.
#include <fmt/format.h>

#include "checks/params.hpp"
#include "checks/path.hpp"

namespace medvirk::checks {

const Kind& elementer_kind();

namespace {

class Items final : public Check {
  public:
    std::vector<std::string> types;  // `type`
    std::string field;               // `felt`: a list in each of those documents
    Filter where;                    // `hvor`, on each item
    std::optional<long> min, max;    // `min`, `maks`

    explicit Items(Location loc) : Check(elementer_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        std::vector<Location> hits;
        for (const model::RoutineDoc* d : select_documents(types, Filter{}, ctx)) {
            const yaml::Node* list = resolve(d->root, field).node;
            if (!list || !list->is_seq()) continue;
            for (const auto& item : list->items) {
                if (!matches(item, where, ctx.as_of)) continue;
                const yaml::Entry* first =
                    item.is_map() && !item.entries.empty() ? &item.entries.front() : nullptr;
                hits.push_back(first ? Location{d->file, first->line, first->col}
                                     : Location{d->file, item.line, item.col});
            }
        }
        Text what = what_text();
        long n = static_cast<long>(hits.size());
        // Too few: the place to add them is not known, so the finding stands on the document the
        // rule looks at (the service document when the rule has no `gitt`).
        Location at = ctx.subject.location();
        if (min && n < *min)
            return {false,
                    at,
                    {fmt::format("fant {} {}, minst {} kreves", n, what.nb, *min),
                     fmt::format("found {} {}, at least {} required", n, what.en, *min)}};
        if (max && n > *max)
            return {false,
                    hits[static_cast<size_t>(*max)],
                    {fmt::format("fant {} {}, høyst {} tillatt", n, what.nb, *max),
                     fmt::format("found {} {}, at most {} allowed", n, what.en, *max)}};
        return {true,
                hits.empty() ? at : hits.front(),
                {fmt::format("fant {} {}", n, what.nb), fmt::format("found {} {}", n, what.en)}};
    }

    Text describe() const override {
        std::string nb, en;
        if (min) nb += fmt::format("minst {}", *min), en += fmt::format("at least {}", *min);
        if (min && max) nb += " og ", en += " and ";
        if (max) nb += fmt::format("høyst {}", *max), en += fmt::format("at most {}", *max);
        Text what = what_text();
        return {nb + " " + what.nb, en + " " + what.en};
    }

    std::string path() const override { return types_path(types) + ":" + field; }
    std::vector<std::string> doc_types() const override { return types; }

  protected:
    void write_params(nlohmann::ordered_json& j) const override {
        j["type"] = types;
        j["felt"] = field;
        if (!where.empty()) j["hvor"] = filter_json(where);
        if (min) j["min"] = *min;
        if (max) j["maks"] = *max;
    }

  private:
    // "elementer i «medlemmer» i dokumenter av typen «brukerråd» der rolle: …"
    Text what_text() const {
        Text cond = filter_text(where);
        return {fmt::format("elementer i «{}» i dokumenter av typen {}{}", field, types_text(types),
                            cond.nb),
                fmt::format("items in «{}» in documents of type {}{}", field, types_text(types),
                            cond.en)};
    }
};

CheckPtr parse(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<Items>(at);
    std::string where = where_of(c->kind());
    if (!r.keys(p, c->kind().keys(), where)) return nullptr;
    size_t before = r.errors.size();
    c->types = read_types(r, p, where);
    c->field = read_field(r, p, where);
    c->where = read_filter(r, p);
    c->min = r.integer(p, "min");
    c->max = r.integer(p, "maks");
    if (c->types.empty() || c->field.empty()) {
        invalid(r, p,
                {"«elementer» trenger både «type» og «felt» (en liste i dokumentene)",
                 "«elementer» needs both «type» and «felt» (a list in the documents)"});
    } else if (!c->min && !c->max) {
        invalid(r, p,
                {"«elementer» trenger «min», «maks» eller begge",
                 "«elementer» needs «min», «maks» or both"});
    } else if (c->min && c->max && *c->min > *c->max) {
        invalid(r, p, {"«min» er større enn «maks»", "«min» is greater than «maks»"});
    }
    return r.errors.size() == before ? c : nullptr;
}

}  // namespace

const Kind& elementer_kind() {
    static const Kind kind{
        "elementer",
        "items",
        Kind::Shape::params,
        {{"type", ParamType::doc_types, true},
         {"felt", ParamType::path, true},
         {"hvor", ParamType::filter},
         {"min", ParamType::count},
         {"maks", ParamType::count}},
        {"`type` og `felt` (en liste); valgfri `hvor`; `min`, `maks` eller begge",
         "`type` and `felt` (a list); optional `hvor`; `min`, `maks` or both"},
        {"antallet elementer i listen `felt`, i alle tjenestens dokumenter av typen, som "
         "oppfyller `hvor`, er minst `min` og høyst `maks`",
         "the number of items of the list `felt`, across all the service's documents of the "
         "type, that match `hvor` is at least `min` and at most `maks`"},
        parse,
        {},
        {"min", "maks"}};
    return kind;
}

}  // namespace medvirk::checks
