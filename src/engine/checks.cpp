#include "engine/checks.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "engine/path.hpp"

namespace medvirk::engine {

namespace {

using rules::Check;
using yaml::Node;

Location at(const model::RoutineDoc& doc, int line, int col) { return {doc.file, line, col}; }

}  // namespace

std::string shorten(const std::string& s, size_t max) {
    std::string flat;
    for (char c : s) flat += (c == '\n' || c == '\r') ? ' ' : c;
    while (!flat.empty() && flat.back() == ' ') flat.pop_back();
    if (flat.size() <= max) return flat;
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
    return flat.substr(0, cut) + "…";
}

namespace {

std::string types_text(const std::vector<std::string>& types) {
    std::vector<std::string> quoted;
    for (const auto& t : types) quoted.push_back(fmt::format("«{}»", t));
    return fmt::format("{}", fmt::join(quoted, ", "));
}

bool type_selected(const model::RoutineDoc& d, const std::vector<std::string>& types) {
    if (d.spec && d.spec->service) return std::find(types.begin(), types.end(), d.type) != types.end();
    return std::find(types.begin(), types.end(), "*") != types.end() ||
           std::find(types.begin(), types.end(), d.type) != types.end();
}

// A document whose title is still the «FYLL UT» placeholder of a skeleton is not written yet.
bool written(const model::RoutineDoc& d) { return !is_placeholder(d.root.get("tittel")); }

std::vector<const model::RoutineDoc*> select_documents(const Check& c, const Context& ctx) {
    std::vector<const model::RoutineDoc*> out;
    if (type_selected(ctx.service.doc, c.types) && matches(ctx.service.doc.root, c.where, ctx.as_of))
        out.push_back(&ctx.service.doc);
    for (const auto& r : ctx.service.routines)
        if (type_selected(r, c.types) && written(r) && matches(r.root, c.where, ctx.as_of)) out.push_back(&r);
    return out;
}

Text filter_text(const rules::Filter& f) {
    std::string nb, en;
    for (const auto& [path, cond] : f.conditions) {
        std::string v_nb, v_en;
        switch (cond.kind) {
            case rules::Condition::Kind::any_of:
                v_nb = v_en = fmt::format("{}", fmt::join(cond.values, " | "));
                break;
            case rules::Condition::Kind::exists:
                v_nb = cond.flag ? "fylt ut" : "tomt";
                v_en = cond.flag ? "filled in" : "empty";
                break;
            case rules::Condition::Kind::past:
                v_nb = cond.flag ? "passert" : "ikke passert";
                v_en = cond.flag ? "past" : "not past";
                break;
        }
        nb += fmt::format("{}{}: {}", nb.empty() ? " der " : ", ", path, v_nb);
        en += fmt::format("{}{}: {}", en.empty() ? " where " : ", ", path, v_en);
    }
    return {nb, en};
}

std::string filter_suffix_nb(const Check& c) { return filter_text(c.where).nb; }
std::string filter_suffix_en(const Check& c) { return filter_text(c.where).en; }

// --- finnes: a field is filled in, or a document of a type exists --------------------------

std::optional<Text> validate_exists(const Check& c) {
    if (c.field.empty() == c.types.empty())
        return Text{"«finnes» tar enten «felt» eller «type»", "«finnes» takes either «felt» or «type»"};
    if (!c.field.empty() && !c.where.empty())
        return Text{"«hvor» hører sammen med «type», ikke «felt»",
                    "«hvor» goes with «type», not «felt»"};
    return std::nullopt;
}

Outcome eval_exists(const Check& c, const Context& ctx) {
    if (!c.field.empty()) {
        Resolved r = resolve(ctx.scope(), c.field);
        bool ok = non_empty(r.node);
        Text detail = ok ? Text{fmt::format("«{}» er fylt ut", c.field),
                                fmt::format("«{}» is filled in", c.field)}
                         : r.node ? Text{fmt::format("«{}» er tomt", c.field),
                                         fmt::format("«{}» is empty", c.field)}
                                  : Text{fmt::format("«{}» mangler", c.field),
                                         fmt::format("«{}» is missing", c.field)};
        return {ok, at(ctx.subject, r.line, r.col), detail};
    }
    auto docs = select_documents(c, ctx);
    if (docs.empty()) {
        return {false, ctx.service.doc.location(),
                {fmt::format("ingen dokumenter av typen {}{}", types_text(c.types), filter_suffix_nb(c)),
                 fmt::format("no documents of type {}{}", types_text(c.types), filter_suffix_en(c))}};
    }
    const auto* d = docs.front();
    return {true, d->location(),
            {fmt::format("«{}» ({})", d->id, d->type), fmt::format("«{}» ({})", d->id, d->type)}};
}

// --- antall: how many list items or documents match -----------------------------------------

std::optional<Text> validate_count(const Check& c) {
    if (c.field.empty() == c.types.empty())
        return Text{"«antall» tar enten «felt» (en liste) eller «type»",
                    "«antall» takes either «felt» (a list) or «type»"};
    if (!c.min && !c.max)
        return Text{"«antall» trenger «min», «maks» eller begge", "«antall» needs «min», «maks» or both"};
    if (c.min && c.max && *c.min > *c.max)
        return Text{"«min» er større enn «maks»", "«min» is greater than «maks»"};
    return std::nullopt;
}

Outcome eval_count(const Check& c, const Context& ctx) {
    std::vector<Location> hits;
    Location where;
    std::string what_nb, what_en;
    if (!c.field.empty()) {
        Resolved r = resolve(ctx.scope(), c.field);
        where = at(ctx.subject, r.line, r.col);
        if (r.node && r.node->is_seq()) {
            for (const auto& item : r.node->items) {
                if (!matches(item, c.where, ctx.as_of)) continue;
                const yaml::Entry* first = item.is_map() && !item.entries.empty() ? &item.entries.front() : nullptr;
                hits.push_back(first ? at(ctx.subject, first->line, first->col)
                                     : at(ctx.subject, item.line, item.col));
            }
        }
        what_nb = fmt::format("elementer i «{}»{}", c.field, filter_suffix_nb(c));
        what_en = fmt::format("items in «{}»{}", c.field, filter_suffix_en(c));
    } else {
        where = ctx.service.doc.location();
        for (const auto* d : select_documents(c, ctx)) hits.push_back(d->location());
        what_nb = fmt::format("dokumenter av typen {}{}", types_text(c.types), filter_suffix_nb(c));
        what_en = fmt::format("documents of type {}{}", types_text(c.types), filter_suffix_en(c));
    }
    long n = static_cast<long>(hits.size());
    if (c.min && n < *c.min) {
        return {false, where,
                {fmt::format("fant {} {}, minst {} kreves", n, what_nb, *c.min),
                 fmt::format("found {} {}, at least {} required", n, what_en, *c.min)}};
    }
    if (c.max && n > *c.max) {
        return {false, hits[static_cast<size_t>(*c.max)],
                {fmt::format("fant {} {}, høyst {} tillatt", n, what_nb, *c.max),
                 fmt::format("found {} {}, at most {} allowed", n, what_en, *c.max)}};
    }
    return {true, hits.empty() ? where : hits.front(),
            {fmt::format("fant {} {}", n, what_nb), fmt::format("found {} {}", n, what_en)}};
}

// --- dekket: an approved, current routine step carries the coverage tag ----------------------

std::optional<Text> validate_covered(const Check& c) {
    if (c.tag.empty()) return Text{"«dekket» trenger «tag»", "«dekket» needs «tag»"};
    return std::nullopt;
}

Text why_not_current(const model::RoutineDoc& doc, Date as_of) {
    const Node* ds = doc.root.get("dokumentstyring");
    if (!non_empty(ds)) return {"dokumentet mangler dokumentstyring", "the document lacks document control"};
    if (!non_empty(ds->get("godkjent_av")))
        return {"dokumentet mangler «godkjent_av»", "the document lacks «godkjent_av»"};
    const Node* g = ds->get("godkjent");
    auto gd = g && g->is_scalar() ? Date::parse(g->value) : std::nullopt;
    if (!gd) return {"dokumentet mangler godkjenningsdato", "the document lacks an approval date"};
    if (*gd > as_of)
        return {fmt::format("dokumentet er godkjent først {}", gd->str()),
                fmt::format("the document is only approved from {}", gd->str())};
    const Node* rv = ds->get("revideres");
    auto rd = rv && rv->is_scalar() ? Date::parse(rv->value) : std::nullopt;
    if (!rd) return {"dokumentet mangler revisjonsdato", "the document lacks a review date"};
    return {fmt::format("revisjonsdatoen {} er passert", rd->str()),
            fmt::format("the review date {} has passed", rd->str())};
}

Outcome eval_covered(const Check& c, const Context& ctx) {
    std::vector<TaggedStep> walked;
    if (!ctx.steps) walked = tagged_steps(ctx.service, c.tag);
    const std::vector<TaggedStep>& steps = ctx.steps ? ctx.steps->steps(c.tag) : walked;
    auto step_loc = [](const TaggedStep& s) { return s.location(); };
    auto step_text = [](const TaggedStep& s) { return s.text(); };
    for (const auto& s : steps) {
        if (!is_approved_and_current(*s.doc, ctx.as_of)) continue;
        return {true, step_loc(s),
                {fmt::format("steg «{}» i «{}»", step_text(s), s.doc->id),
                 fmt::format("step «{}» in «{}»", step_text(s), s.doc->id)}};
    }
    if (!steps.empty()) {
        const TaggedStep& s = steps.front();
        Text why = why_not_current(*s.doc, ctx.as_of);
        return {false, step_loc(s),
                {fmt::format("steget med «{}» i «{}» teller ikke: {}", c.tag, s.doc->id, why.nb),
                 fmt::format("the step with «{}» in «{}» does not count: {}", c.tag, s.doc->id,
                             why.en)}};
    }
    return {false, ctx.subject.location(),
            {fmt::format("ingen godkjent, gjeldende rutine har et steg med «dekker: [{}]»", c.tag),
             fmt::format("no approved, current routine has a step with «dekker: [{}]»", c.tag)}};
}

// --- dato: a date is present and not past (or not in the future) ----------------------------

std::optional<Text> validate_date(const Check& c) {
    if (c.field.empty()) return Text{"«dato» trenger «felt»", "«dato» needs «felt»"};
    if (!c.date_rule.empty() && c.date_rule != "ikke_passert" && c.date_rule != "ikke_fremtidig")
        return Text{fmt::format("ukjent «krav» «{}» (tillatt: ikke_passert, ikke_fremtidig)", c.date_rule),
                    fmt::format("unknown «krav» «{}» (allowed: ikke_passert, ikke_fremtidig)", c.date_rule)};
    return std::nullopt;
}

Outcome eval_date(const Check& c, const Context& ctx) {
    Resolved r = resolve(ctx.scope(), c.field);
    Location loc = at(ctx.subject, r.line, r.col);
    auto d = r.node && r.node->is_scalar() ? Date::parse(r.node->value) : std::nullopt;
    if (!d) {
        return {false, loc,
                {fmt::format("«{}» mangler en dato", c.field), fmt::format("«{}» lacks a date", c.field)}};
    }
    bool future_rule = c.date_rule == "ikke_fremtidig";
    bool ok = future_rule ? *d <= ctx.as_of : *d >= ctx.as_of;
    if (ok) {
        return {true, loc,
                {fmt::format("«{}» er {}", c.field, d->str()), fmt::format("«{}» is {}", c.field, d->str())}};
    }
    if (future_rule) {
        return {false, loc,
                {fmt::format("«{}» er {}, etter revisjonens dato {}", c.field, d->str(), ctx.as_of.str()),
                 fmt::format("«{}» is {}, after the audit date {}", c.field, d->str(), ctx.as_of.str())}};
    }
    return {false, loc,
            {fmt::format("«{}» er {}, passert per {}", c.field, d->str(), ctx.as_of.str()),
             fmt::format("«{}» is {}, past as of {}", c.field, d->str(), ctx.as_of.str())}};
}

// --- verdi: a value equals one of the given values, or is within bounds -----------------------

std::optional<Text> validate_value(const Check& c) {
    if (c.field.empty()) return Text{"«verdi» trenger «felt»", "«verdi» needs «felt»"};
    if (c.values.empty() && !c.min && !c.max)
        return Text{"«verdi» trenger «er», «en_av», «min» eller «maks»", "«verdi» needs «er», «en_av», «min» or «maks»"};
    if (c.min && c.max && *c.min > *c.max)
        return Text{"«min» er større enn «maks»", "«min» is greater than «maks»"};
    return std::nullopt;
}

Outcome eval_value(const Check& c, const Context& ctx) {
    Resolved r = resolve(ctx.scope(), c.field);
    Location loc = at(ctx.subject, r.line, r.col);
    if (!r.node || !r.node->is_scalar()) {
        return {false, loc, {fmt::format("«{}» mangler", c.field), fmt::format("«{}» is missing", c.field)}};
    }
    const std::string& v = r.node->value;
    bool ok = c.values.empty() || std::find(c.values.begin(), c.values.end(), v) != c.values.end();
    if (ok && (c.min || c.max)) {
        bool number = !v.empty() && v.size() < 10 && std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        long n = number ? std::stol(v) : 0;
        ok = number && (!c.min || n >= *c.min) && (!c.max || n <= *c.max);
    }
    if (ok) return {true, loc, {fmt::format("«{}» er {}", c.field, v), fmt::format("«{}» is {}", c.field, v)}};
    std::string want_nb, want_en;
    if (!c.values.empty()) {
        want_nb = fmt::format("skal være {}", fmt::join(c.values, " eller "));
        want_en = fmt::format("should be {}", fmt::join(c.values, " or "));
    } else {
        want_nb = fmt::format("skal være {}{}{}", c.min ? fmt::format("minst {}", *c.min) : "", c.min && c.max ? " og " : "",
                              c.max ? fmt::format("høyst {}", *c.max) : "");
        want_en = fmt::format("should be {}{}{}", c.min ? fmt::format("at least {}", *c.min) : "", c.min && c.max ? " and " : "",
                              c.max ? fmt::format("at most {}", *c.max) : "");
    }
    return {false, loc, {fmt::format("«{}» er {}, men {}", c.field, v, want_nb), fmt::format("«{}» is {}, but {}", c.field, v, want_en)}};
}

// --- kjent_regel: a value names a rule of the loaded packs ----------------------------------

std::optional<Text> validate_known_rule(const Check& c) {
    if (c.field.empty()) return Text{"«kjent_regel» trenger «felt»", "«kjent_regel» needs «felt»"};
    return std::nullopt;
}

Outcome eval_known_rule(const Check& c, const Context& ctx) {
    Resolved r = resolve(ctx.scope(), c.field);
    Location loc = at(ctx.subject, r.line, r.col);
    std::string v = r.node && r.node->is_scalar() ? r.node->value : "";
    if (ctx.catalogue && !v.empty() && ctx.catalogue->rule(v)) {
        return {true, loc, {fmt::format("regelen {} finnes", v), fmt::format("rule {} exists", v)}};
    }
    return {false, loc, {fmt::format("«{}» er «{}», som ikke er en kjent regel", c.field, v),
                         fmt::format("«{}» is «{}», which is not a known rule", c.field, v)}};
}

// --- combinators -----------------------------------------------------------------------------

Outcome eval_all(const Check& c, const Context& ctx) {
    Outcome first;
    for (size_t i = 0; i < c.children.size(); ++i) {
        Outcome o = evaluate(c.children[i], ctx);
        if (!o.ok) return o;
        if (i == 0) first = o;
    }
    return first;
}

Outcome eval_any(const Check& c, const Context& ctx) {
    Outcome first_failure;
    for (size_t i = 0; i < c.children.size(); ++i) {
        Outcome o = evaluate(c.children[i], ctx);
        if (o.ok) return o;
        if (i == 0) first_failure = o;
    }
    return first_failure;
}

Outcome eval_not(const Check& c, const Context& ctx) {
    Outcome o = evaluate(c.children.front(), ctx);
    o.ok = !o.ok;
    return o;
}

const std::vector<CheckKind> kinds = {
    {"finnes", {"felt", "type", "hvor"}, CheckKind::Shape::params,
     {"Et felt i dokumentet er fylt ut («felt»), eller det finnes et dokument av en type i "
      "tjenesten («type», eventuelt med «hvor»).",
      "A field of the document is filled in («felt»), or a document of a type exists in the "
      "service («type», optionally with «hvor»)."},
     validate_exists, eval_exists},
    {"antall", {"felt", "type", "hvor", "min", "maks"}, CheckKind::Shape::params,
     {"Antallet elementer i en liste («felt») eller dokumenter («type») som oppfyller «hvor», er "
      "innenfor «min» og «maks».",
      "The number of list items («felt») or documents («type») matching «hvor» is within «min» "
      "and «maks»."},
     validate_count, eval_count},
    {"dekket", {"tag"}, CheckKind::Shape::params,
     {"Et steg i en godkjent, gjeldende rutine i tjenesten har dekningsordet «tag» i «dekker».",
      "A step of an approved, current routine of the service has the coverage tag «tag» in "
      "«dekker»."},
     validate_covered, eval_covered},
    {"dato", {"felt", "krav"}, CheckKind::Shape::params,
     {"Feltet har en dato som ikke er passert per revisjonens dato («krav: ikke_passert», "
      "standard) eller ikke ligger etter den («krav: ikke_fremtidig»).",
      "The field holds a date that is not past as of the audit date («krav: ikke_passert», the "
      "default) or not after it («krav: ikke_fremtidig»)."},
     validate_date, eval_date},
    {"verdi", {"felt", "er", "en_av", "min", "maks"}, CheckKind::Shape::params,
     {"Feltet har en av verdiene i «er»/«en_av», eller et tall innenfor «min» og «maks».",
      "The field holds one of the values in «er»/«en_av», or a number within «min» and «maks»."},
     validate_value, eval_value},
    {"kjent_regel", {"felt"}, CheckKind::Shape::params,
     {"Feltet nevner id-en til en regel i de lastede regelpakkene.",
      "The field names the id of a rule in the loaded rule packs."},
     validate_known_rule, eval_known_rule},
    {"alle", {}, CheckKind::Shape::list,
     {"Alle sjekkene i listen holder.", "Every check in the list holds."}, nullptr, eval_all},
    {"noen", {}, CheckKind::Shape::list,
     {"Minst én av sjekkene i listen holder.", "At least one check in the list holds."}, nullptr,
     eval_any},
    {"ikke", {}, CheckKind::Shape::single,
     {"Sjekken holder ikke.", "The check does not hold."}, nullptr, eval_not},
};

}  // namespace

const std::vector<CheckKind>& check_kinds() { return kinds; }

const CheckKind* find_check_kind(const std::string& name) {
    for (const auto& k : kinds)
        if (k.name == name) return &k;
    return nullptr;
}

std::vector<std::string> check_kind_names() {
    std::vector<std::string> out;
    for (const auto& k : kinds) out.push_back(k.name);
    return out;
}

Outcome evaluate(const Check& check, const Context& ctx) {
    const CheckKind* k = find_check_kind(check.kind);
    Outcome o = k->eval(check, ctx);
    if (o.path.empty()) {
        if (!check.field.empty()) o.path = check.field;
        else if (!check.tag.empty()) o.path = "dekker:" + check.tag;
        else if (!check.types.empty()) o.path = fmt::format("type:{}", fmt::join(check.types, ","));
    }
    return o;
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

// find_steps for every tag at once.
void index_steps(const model::RoutineDoc& doc, const Node& n,
                 std::unordered_map<std::string, std::vector<TaggedStep>>& out) {
    if (n.is_map()) {
        for (const auto& e : n.entries) {
            if (e.key == "fremgangsmåte" && e.value.is_seq()) {
                for (const auto& step : e.value.items) {
                    const Node* tags = step.get("dekker");
                    if (!tags) continue;
                    for (const auto& t : tags->items) {
                        if (!t.is_scalar()) continue;
                        auto& list = out[t.value];
                        if (list.empty() || list.back().node != &step) list.push_back({&doc, &step});
                    }
                }
            } else {
                index_steps(doc, e.value, out);
            }
        }
    } else if (n.is_seq()) {
        for (const auto& i : n.items) index_steps(doc, i, out);
    }
}

}  // namespace

StepIndex::StepIndex(const model::Service& service) {
    for (const auto& r : service.routines) index_steps(r, r.root, by_tag_);
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

Text describe(const Check& c) {
    if (c.kind == "alle" || c.kind == "noen") {
        std::vector<std::string> nb, en;
        for (const auto& ch : c.children) {
            Text t = describe(ch);
            nb.push_back(t.nb);
            en.push_back(t.en);
        }
        bool all = c.kind == "alle";
        return {fmt::format("{}", fmt::join(nb, all ? " og " : " eller ")),
                fmt::format("{}", fmt::join(en, all ? " and " : " or "))};
    }
    if (c.kind == "ikke") {
        Text t = describe(c.children.front());
        return {fmt::format("ikke ({})", t.nb), fmt::format("not ({})", t.en)};
    }
    if (c.kind == "finnes") {
        if (!c.field.empty())
            return {fmt::format("«{}» er fylt ut", c.field), fmt::format("«{}» is filled in", c.field)};
        return {fmt::format("det finnes et dokument av typen {}{}", types_text(c.types), filter_suffix_nb(c)),
                fmt::format("a document of type {} exists{}", types_text(c.types), filter_suffix_en(c))};
    }
    if (c.kind == "antall") {
        std::string what_nb = !c.field.empty() ? fmt::format("elementer i «{}»", c.field)
                                               : fmt::format("dokumenter av typen {}", types_text(c.types));
        std::string what_en = !c.field.empty() ? fmt::format("items in «{}»", c.field)
                                               : fmt::format("documents of type {}", types_text(c.types));
        std::string nb_bounds, en_bounds;
        if (c.min) nb_bounds += fmt::format("minst {}", *c.min), en_bounds += fmt::format("at least {}", *c.min);
        if (c.min && c.max) nb_bounds += " og ", en_bounds += " and ";
        if (c.max) nb_bounds += fmt::format("høyst {}", *c.max), en_bounds += fmt::format("at most {}", *c.max);
        Text cond = filter_text(c.where);
        std::string cond_nb = cond.nb, cond_en = cond.en;
        return {fmt::format("{} {}{}", nb_bounds, what_nb, cond_nb),
                fmt::format("{} {}{}", en_bounds, what_en, cond_en)};
    }
    if (c.kind == "verdi") {
        if (!c.values.empty())
            return {fmt::format("«{}» er {}", c.field, fmt::join(c.values, " eller ")),
                    fmt::format("«{}» is {}", c.field, fmt::join(c.values, " or "))};
        return {fmt::format("«{}» er et tall{}{}", c.field, c.min ? fmt::format(" på minst {}", *c.min) : "",
                            c.max ? fmt::format(" på høyst {}", *c.max) : ""),
                fmt::format("«{}» is a number{}{}", c.field, c.min ? fmt::format(" of at least {}", *c.min) : "",
                            c.max ? fmt::format(" of at most {}", *c.max) : "")};
    }
    if (c.kind == "kjent_regel") {
        return {fmt::format("«{}» nevner en kjent regel", c.field), fmt::format("«{}» names a known rule", c.field)};
    }
    if (c.kind == "dekket") {
        return {fmt::format("et steg i en godkjent, gjeldende rutine har «dekker: [{}]»", c.tag),
                fmt::format("a step of an approved, current routine has «dekker: [{}]»", c.tag)};
    }
    if (c.kind == "dato") {
        if (c.date_rule == "ikke_fremtidig")
            return {fmt::format("«{}» er en dato som ikke ligger etter revisjonens dato", c.field),
                    fmt::format("«{}» is a date not after the audit date", c.field)};
        return {fmt::format("«{}» er en dato som ikke er passert", c.field),
                fmt::format("«{}» is a date that has not passed", c.field)};
    }
    return {c.kind, c.kind};
}

}  // namespace medvirk::engine
