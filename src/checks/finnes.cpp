// finnes: a field is filled in, or a document of a type exists.
#include <fmt/format.h>

#include "checks/params.hpp"
#include "checks/path.hpp"

namespace medvirk::checks {

const Kind& finnes_kind();

namespace {

class Exists final : public Check {
  public:
    Selection sel;  // `felt`, or `type` with `hvor`

    explicit Exists(Location loc) : Check(finnes_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        if (!sel.field.empty()) {
            FieldAt f = field_at(ctx, sel.field);
            bool ok = non_empty(f.node);
            Text detail = ok       ? Text{fmt::format("«{}» er fylt ut", sel.field),
                                    fmt::format("«{}» is filled in", sel.field)}
                          : f.node ? Text{fmt::format("«{}» er tomt", sel.field),
                                          fmt::format("«{}» is empty", sel.field)}
                                   : Text{fmt::format("«{}» mangler", sel.field),
                                          fmt::format("«{}» is missing", sel.field)};
            return {ok, f.loc, detail};
        }
        std::vector<Selected> hollow;
        auto docs = weigh(select_documents(sel.types, sel.where, ctx, &hollow), ctx.as_of);
        if (docs.empty()) {
            Text cond = filter_text(sel.where);
            Text none{fmt::format("ingen dokumenter av typen {}{}", types_text(sel.types), cond.nb),
                      fmt::format("no documents of type {}{}", types_text(sel.types), cond.en)};
            if (!hollow.empty()) {
                const Selected& h = hollow.front();
                return {false,
                        h.doc->location(),
                        {fmt::format("{}: «{}» teller ikke, {}", none.nb, h.doc->id,
                                     h.evidence.reason.nb),
                         fmt::format("{}: «{}» does not count, {}", none.en, h.doc->id,
                                     h.evidence.reason.en)}};
            }
            return {false, ctx.service.doc.location(), none};
        }
        const Selected& d = docs.front();
        Outcome o{true,
                  d.doc->location(),
                  {fmt::format("«{}» ({})", d.doc->id, d.doc->type),
                   fmt::format("«{}» ({})", d.doc->id, d.doc->type)}};
        if (d.evidence.standing == Standing::reserved) {
            o.reserved = true;
            o.detail.nb += fmt::format(" (forbehold: {})", d.evidence.reason.nb);
            o.detail.en += fmt::format(" (reservation: {})", d.evidence.reason.en);
        }
        return o;
    }

    Text describe() const override {
        if (!sel.field.empty())
            return {fmt::format("«{}» er fylt ut", sel.field),
                    fmt::format("«{}» is filled in", sel.field)};
        Text cond = filter_text(sel.where);
        return {fmt::format("det finnes et dokument av typen {}{}", types_text(sel.types), cond.nb),
                fmt::format("a document of type {} exists{}", types_text(sel.types), cond.en)};
    }

    std::string path() const override { return sel.path(); }
    std::vector<std::string> doc_types() const override { return sel.types; }

  protected:
    void write_params(nlohmann::ordered_json& j) const override {
        sel.write(j);
        if (!sel.where.empty()) j["hvor"] = filter_json(sel.where);
    }
};

CheckPtr parse(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<Exists>(at);
    std::string where = where_of(c->kind());
    if (!r.keys(p, c->kind().keys(), where)) return nullptr;
    size_t before = r.errors.size();
    c->sel = read_selection(r, p, where);
    if (c->sel.field.empty() == c->sel.types.empty()) {
        invalid(
            r, p,
            {"«finnes» tar enten «felt» eller «type»", "«finnes» takes either «felt» or «type»"});
    } else if (!c->sel.field.empty() && !c->sel.where.empty()) {
        invalid(
            r, p,
            {"«hvor» hører sammen med «type», ikke «felt»", "«hvor» goes with «type», not «felt»"});
    }
    return r.errors.size() == before ? c : nullptr;
}

}  // namespace

const Kind& finnes_kind() {
    static const Kind kind{"finnes",
                           "exists",
                           Kind::Shape::params,
                           {{"felt", ParamType::path},
                            {"type", ParamType::doc_types},
                            {"hvor", ParamType::filter, false, "type"}},
                           {"enten `felt`, eller `type` (med valgfri `hvor`)",
                            "either `felt`, or `type` (with optional `hvor`)"},
                           {"`felt`: feltet er fylt ut. `type`: tjenesten har minst ett dokument "
                            "av typen som oppfyller `hvor`.",
                            "`felt`: the field is filled in. `type`: the service has at least one "
                            "document of the type matching "
                            "`hvor`."},
                           parse,
                           {"felt", "type"}};
    return kind;
}

}  // namespace medvirk::checks
