// kjent_regel: a value names a rule of the loaded packs.
#include <fmt/format.h>

#include "checks/params.hpp"

namespace medvirk::checks {

const Kind& kjent_regel_kind();

namespace {

class KnownRule final : public Check {
  public:
    std::string field;  // `felt`

    explicit KnownRule(Location loc) : Check(kjent_regel_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        FieldAt f = field_at(ctx, field);
        std::string v = f.node && f.node->is_scalar() ? f.node->value : "";
        if (ctx.rules && !v.empty() && ctx.rules->has_rule(v))
            return {true,
                    f.loc,
                    {fmt::format("regelen {} finnes", v), fmt::format("rule {} exists", v)}};
        return {false,
                f.loc,
                {fmt::format("«{}» er «{}», som ikke er en kjent regel", field, v),
                 fmt::format("«{}» is «{}», which is not a known rule", field, v)}};
    }

    Text describe() const override {
        return {fmt::format("«{}» nevner en kjent regel", field),
                fmt::format("«{}» names a known rule", field)};
    }

    std::string path() const override { return field; }

  protected:
    void write_params(nlohmann::ordered_json& j) const override {
        if (!field.empty()) j["felt"] = field;
    }
};

CheckPtr parse(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<KnownRule>(at);
    std::string where = where_of(c->kind());
    if (!r.keys(p, c->kind().keys(), where)) return nullptr;
    size_t before = r.errors.size();
    c->field = read_field(r, p, where);
    if (c->field.empty())
        invalid(r, p, {"«kjent_regel» trenger «felt»", "«kjent_regel» needs «felt»"});
    return r.errors.size() == before ? c : nullptr;
}

}  // namespace

const Kind& kjent_regel_kind() {
    static const Kind kind{
        "kjent_regel",
        "known rule",
        Kind::Shape::params,
        {{"felt", ParamType::path, true}},
        {"`felt`", "`felt`"},
        {"feltet er id-en til en regel i de lastede regelpakkene (også dem fra `--rules`)",
         "the field is the id of a rule in the loaded rule packs (including those from `--rules`)"},
        parse};
    return kind;
}

}  // namespace medvirk::checks
