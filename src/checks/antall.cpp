// antall: how many list items or documents match.
#include <fmt/format.h>

#include "checks/params.hpp"

namespace medvirk::checks {

const Kind& antall_kind();

namespace {

class Count final : public Check {
  public:
    Selection sel;                 // `felt` (a list), or `type`; `hvor` for both
    std::optional<long> min, max;  // `min`, `maks`

    explicit Count(Location loc) : Check(antall_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        std::vector<Location> hits;
        size_t full = 0;  // documents that count in full (field items always do)
        Text reservation;
        bool listed = false;  // the field is a list with items
        Location at_field;
        std::string what_nb, what_en;
        Text cond = filter_text(sel.where);
        if (!sel.field.empty()) {
            FieldAt f = field_at(ctx, sel.field);
            at_field = f.loc;
            if (f.node && f.node->is_seq()) {
                listed = !f.node->items.empty();
                for (const auto& item : f.node->items) {
                    if (!matches(item, sel.where, ctx.as_of)) continue;
                    const yaml::Entry* first =
                        item.is_map() && !item.entries.empty() ? &item.entries.front() : nullptr;
                    hits.push_back(first ? Location{ctx.subject.file, first->line, first->col}
                                         : Location{ctx.subject.file, item.line, item.col});
                    ++full;
                }
            }
            what_nb = fmt::format("elementer i «{}»{}", sel.field, cond.nb);
            what_en = fmt::format("items in «{}»{}", sel.field, cond.en);
        } else {
            at_field = ctx.service.doc.location();
            for (const auto& d : weigh(select_documents(sel.types, sel.where, ctx), ctx.as_of)) {
                hits.push_back(d.doc->location());
                if (d.evidence.standing == Standing::counts)
                    ++full;
                else if (reservation.empty())
                    reservation = d.evidence.reason;
            }
            what_nb = fmt::format("dokumenter av typen {}{}", types_text(sel.types), cond.nb);
            what_en = fmt::format("documents of type {}{}", types_text(sel.types), cond.en);
        }
        long n = static_cast<long>(hits.size());
        if (min && n < *min) {
            return {false,
                    at_field,
                    {fmt::format("fant {} {}, minst {} kreves", n, what_nb, *min),
                     fmt::format("found {} {}, at least {} required", n, what_en, *min)}};
        }
        if (max && n > *max) {
            return {false,
                    hits[static_cast<size_t>(*max)],
                    {fmt::format("fant {} {}, høyst {} tillatt", n, what_nb, *max),
                     fmt::format("found {} {}, at most {} allowed", n, what_en, *max)}};
        }
        Outcome o{true,
                  hits.empty() ? at_field : hits.front(),
                  {fmt::format("fant {} {}", n, what_nb), fmt::format("found {} {}", n, what_en)}};
        // Only an upper bound, over a list with no items: nothing to look at, not a pass.
        if (!min && !sel.field.empty() && !listed) o.vacuous = true;
        if (min && static_cast<long>(full) < *min) {
            o.reserved = true;
            o.detail.nb += fmt::format(" (forbehold: {})", reservation.nb);
            o.detail.en += fmt::format(" (reservation: {})", reservation.en);
        }
        return o;
    }

    Text describe() const override {
        std::string what_nb = !sel.field.empty()
                                  ? fmt::format("elementer i «{}»", sel.field)
                                  : fmt::format("dokumenter av typen {}", types_text(sel.types));
        std::string what_en = !sel.field.empty()
                                  ? fmt::format("items in «{}»", sel.field)
                                  : fmt::format("documents of type {}", types_text(sel.types));
        std::string nb_bounds, en_bounds;
        if (min)
            nb_bounds += fmt::format("minst {}", *min),
                en_bounds += fmt::format("at least {}", *min);
        if (min && max) nb_bounds += " og ", en_bounds += " and ";
        if (max)
            nb_bounds += fmt::format("høyst {}", *max),
                en_bounds += fmt::format("at most {}", *max);
        Text cond = filter_text(sel.where);
        return {fmt::format("{} {}{}", nb_bounds, what_nb, cond.nb),
                fmt::format("{} {}{}", en_bounds, what_en, cond.en)};
    }

    std::string path() const override { return sel.path(); }
    std::vector<std::string> doc_types() const override { return sel.types; }

  protected:
    void write_params(nlohmann::ordered_json& j) const override {
        sel.write(j);
        if (min) j["min"] = *min;
        if (max) j["maks"] = *max;
        if (!sel.where.empty()) j["hvor"] = filter_json(sel.where);
    }
};

CheckPtr parse(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<Count>(at);
    std::string where = where_of(c->kind());
    if (!r.keys(p, c->kind().keys(), where)) return nullptr;
    size_t before = r.errors.size();
    c->sel = read_selection(r, p, where);
    c->min = r.integer(p, "min");
    c->max = r.integer(p, "maks");
    if (c->sel.field.empty() == c->sel.types.empty()) {
        invalid(r, p,
                {"«antall» tar enten «felt» (en liste) eller «type»",
                 "«antall» takes either «felt» (a list) or «type»"});
    } else if (!c->min && !c->max) {
        invalid(
            r, p,
            {"«antall» trenger «min», «maks» eller begge", "«antall» needs «min», «maks» or both"});
    } else if (c->min && c->max && *c->min > *c->max) {
        invalid(r, p, {"«min» er større enn «maks»", "«min» is greater than «maks»"});
    }
    return r.errors.size() == before ? c : nullptr;
}

}  // namespace

const Kind& antall_kind() {
    static const Kind kind{
        "antall",
        "count",
        Kind::Shape::params,
        {{"felt", ParamType::path},
         {"type", ParamType::doc_types},
         {"hvor", ParamType::filter},
         {"min", ParamType::count},
         {"maks", ParamType::count}},
        {"enten `felt` (en liste) eller `type`; valgfri `hvor`; `min`, `maks` eller begge",
         "either `felt` (a list) or `type`; optional `hvor`; `min`, `maks` or both"},
        {"antallet listeelementer eller dokumenter som oppfyller `hvor`, er minst `min` og høyst "
         "`maks`",
         "the number of list items or documents matching `hvor` is at least `min` and at most "
         "`maks`"},
        parse,
        {"felt", "type"},
        {"min", "maks"}};
    return kind;
}

}  // namespace medvirk::checks
