// finnes: a field is filled in, or a document of a type exists.
#include <fmt/format.h>

#include "checks/params.hpp"
#include "checks/path.hpp"

namespace medvirk::checks {

const Kind& finnes_kind();

namespace {

class Exists final : public Check {
public:
    std::string field;               // `felt`
    std::vector<std::string> types;  // `type`
    Filter where;                    // `hvor`, with `type`

    explicit Exists(Location loc) : Check(finnes_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        if (!field.empty()) {
            FieldAt f = field_at(ctx, field);
            bool ok = non_empty(f.node);
            Text detail = ok       ? Text{fmt::format("«{}» er fylt ut", field), fmt::format("«{}» is filled in", field)}
                          : f.node ? Text{fmt::format("«{}» er tomt", field), fmt::format("«{}» is empty", field)}
                                   : Text{fmt::format("«{}» mangler", field), fmt::format("«{}» is missing", field)};
            return {ok, f.loc, detail};
        }
        auto docs = select_documents(types, where, ctx);
        if (docs.empty()) {
            Text cond = filter_text(where);
            return {false, ctx.service.doc.location(),
                    {fmt::format("ingen dokumenter av typen {}{}", types_text(types), cond.nb),
                     fmt::format("no documents of type {}{}", types_text(types), cond.en)}};
        }
        const auto* d = docs.front();
        return {true, d->location(), {fmt::format("«{}» ({})", d->id, d->type), fmt::format("«{}» ({})", d->id, d->type)}};
    }

    Text describe() const override {
        if (!field.empty()) return {fmt::format("«{}» er fylt ut", field), fmt::format("«{}» is filled in", field)};
        Text cond = filter_text(where);
        return {fmt::format("det finnes et dokument av typen {}{}", types_text(types), cond.nb),
                fmt::format("a document of type {} exists{}", types_text(types), cond.en)};
    }

    std::string path() const override { return !field.empty() ? field : types_path(types); }
    std::vector<std::string> doc_types() const override { return types; }

protected:
    void write_params(nlohmann::ordered_json& j) const override {
        if (!field.empty()) j["felt"] = field;
        if (!types.empty()) j["type"] = types;
        if (!where.empty()) j["hvor"] = filter_json(where);
    }
};

CheckPtr parse(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<Exists>(at);
    std::string where = where_of(c->kind());
    if (!r.keys(p, c->kind().keys(), where)) return nullptr;
    size_t before = r.errors.size();
    c->field = read_field(r, p, where);
    c->types = read_types(r, p, where);
    c->where = read_filter(r, p);
    if (c->field.empty() == c->types.empty()) {
        invalid(r, p, {"«finnes» tar enten «felt» eller «type»", "«finnes» takes either «felt» or «type»"});
    } else if (!c->field.empty() && !c->where.empty()) {
        invalid(r, p, {"«hvor» hører sammen med «type», ikke «felt»", "«hvor» goes with «type», not «felt»"});
    }
    return r.errors.size() == before ? c : nullptr;
}

}  // namespace

const Kind& finnes_kind() {
    static const Kind kind{
        "finnes",
        "exists",
        Kind::Shape::params,
        {{"felt", ParamType::path}, {"type", ParamType::doc_types}, {"hvor", ParamType::filter, false, "type"}},
        {"enten `felt`, eller `type` (med valgfri `hvor`)", "either `felt`, or `type` (with optional `hvor`)"},
        {"`felt`: feltet er fylt ut. `type`: tjenesten har minst ett dokument av typen som oppfyller `hvor`.",
         "`felt`: the field is filled in. `type`: the service has at least one document of the type matching "
         "`hvor`."},
        parse,
        {"felt", "type"}};
    return kind;
}

}  // namespace medvirk::checks
