// dato: a date is present and not past (or not in the future).
#include <fmt/format.h>

#include "checks/params.hpp"

namespace medvirk::checks {

const Kind& dato_kind();

namespace {

class DateCheck final : public Check {
  public:
    std::string field;        // `felt`
    bool not_future = false;  // `krav: ikke_fremtidig` (else ikke_passert, the default)
    std::string rule;         // `krav` as written

    explicit DateCheck(Location loc) : Check(dato_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        FieldAt f = field_at(ctx, field);
        // A period (YYYY, YYYY-MM) is read at the edge that raises no false finding: a date that
        // must not be past at the period's last day, one that must not lie in the future at its
        // first day. The loader admits periods only where the format allows them.
        auto edge = not_future ? Date::Edge::start : Date::Edge::end;
        auto d =
            f.node && f.node->is_scalar() ? Date::parse_period(f.node->value, edge) : std::nullopt;
        if (!d)
            return {false,
                    f.loc,
                    {fmt::format("«{}» mangler en dato", field),
                     fmt::format("«{}» lacks a date", field)}};
        bool ok = not_future ? *d <= ctx.as_of : *d >= ctx.as_of;
        // "2019 (read as 2019-12-31)" for a period, the date alone for a date.
        std::string nb = d->str(), en = d->str();
        if (f.node->value != d->str()) {
            nb = fmt::format("{} (lest som {})", f.node->value, d->str());
            en = fmt::format("{} (read as {})", f.node->value, d->str());
        }
        if (ok)
            return {true,
                    f.loc,
                    {fmt::format("«{}» er {}", field, nb), fmt::format("«{}» is {}", field, en)}};
        if (not_future) {
            return {
                false,
                f.loc,
                {fmt::format("«{}» er {}, etter revisjonens dato {}", field, nb, ctx.as_of.str()),
                 fmt::format("«{}» is {}, after the audit date {}", field, en, ctx.as_of.str())}};
        }
        return {false,
                f.loc,
                {fmt::format("«{}» er {}, passert per {}", field, nb, ctx.as_of.str()),
                 fmt::format("«{}» is {}, past as of {}", field, en, ctx.as_of.str())}};
    }

    Text describe() const override {
        if (not_future)
            return {fmt::format("«{}» er en dato som ikke ligger etter revisjonens dato", field),
                    fmt::format("«{}» is a date not after the audit date", field)};
        return {fmt::format("«{}» er en dato som ikke er passert", field),
                fmt::format("«{}» is a date that has not passed", field)};
    }

    std::string path() const override { return field; }

  protected:
    void write_params(nlohmann::ordered_json& j) const override {
        if (!field.empty()) j["felt"] = field;
        if (!rule.empty()) j["krav"] = rule;
    }
};

CheckPtr parse(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<DateCheck>(at);
    std::string where = where_of(c->kind());
    if (!r.keys(p, c->kind().keys(), where)) return nullptr;
    size_t before = r.errors.size();
    c->field = read_field(r, p, where);
    c->rule = r.str(p, "krav", false, where);
    c->not_future = c->rule == "ikke_fremtidig";
    if (c->field.empty()) {
        invalid(r, p, {"«dato» trenger «felt»", "«dato» needs «felt»"});
    } else if (!c->rule.empty() && c->rule != "ikke_passert" && !c->not_future) {
        invalid(
            r, p,
            {fmt::format("ukjent «krav» «{}» (tillatt: ikke_passert, ikke_fremtidig)", c->rule),
             fmt::format("unknown «krav» «{}» (allowed: ikke_passert, ikke_fremtidig)", c->rule)});
    }
    return r.errors.size() == before ? c : nullptr;
}

}  // namespace

const Kind& dato_kind() {
    static const Kind kind{"dato",
                           "date",
                           Kind::Shape::params,
                           {{"felt", ParamType::path, true}, {"krav", ParamType::date_rule}},
                           {"`felt`; `krav`: `ikke_passert` (standard) eller `ikke_fremtidig`",
                            "`felt`; `krav`: `ikke_passert` (default) or `ikke_fremtidig`"},
                           {"`ikke_passert`: datoen er på eller etter revisjonens dato. "
                            "`ikke_fremtidig`: datoen er på eller før den. "
                            "En periode (`ÅÅÅÅ`, `ÅÅÅÅ-MM`) leses med `ikke_passert` som "
                            "periodens siste dag og med `ikke_fremtidig` som dens første: den "
                            "gir funn først når hele perioden er passert eller ligger fram i tid. "
                            "Mangler datoen, er sjekken ikke oppfylt.",
                            "`ikke_passert` (not past): the date is on or after the audit date. "
                            "`ikke_fremtidig` (not in the future): "
                            "the date is on or before it. A period (`YYYY`, `YYYY-MM`) is read "
                            "as its last day with `ikke_passert` and as its first day with "
                            "`ikke_fremtidig`: it fails only when the whole period is past or "
                            "in the future. A missing date does not pass."},
                           parse};
    return kind;
}

}  // namespace medvirk::checks
