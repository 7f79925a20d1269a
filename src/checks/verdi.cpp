// verdi: a value equals one of the given values, or is a number within bounds.
#include <fmt/format.h>

#include <algorithm>

#include "checks/params.hpp"

namespace medvirk::checks {

const Kind& verdi_kind();

namespace {

class Value final : public Check {
  public:
    std::string field;                // `felt`
    std::vector<std::string> values;  // `er` and `en_av`
    std::optional<long> min, max;     // `min`, `maks`

    explicit Value(Location loc) : Check(verdi_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        FieldAt f = field_at(ctx, field);
        if (!f.node || !f.node->is_scalar())
            return {false,
                    f.loc,
                    {fmt::format("«{}» mangler", field), fmt::format("«{}» is missing", field)}};
        const std::string& v = f.node->value;
        bool ok = values.empty() || std::find(values.begin(), values.end(), v) != values.end();
        if (ok && (min || max)) {
            bool number =
                !v.empty() && v.size() < 10 &&
                std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
            long n = number ? std::stol(v) : 0;
            ok = number && (!min || n >= *min) && (!max || n <= *max);
        }
        if (ok)
            return {true,
                    f.loc,
                    {fmt::format("«{}» er {}", field, v), fmt::format("«{}» is {}", field, v)}};
        std::string want_nb, want_en;
        if (!values.empty()) {
            want_nb = fmt::format("skal være {}", fmt::join(values, " eller "));
            want_en = fmt::format("should be {}", fmt::join(values, " or "));
        } else {
            want_nb =
                fmt::format("skal være {}{}{}", min ? fmt::format("minst {}", *min) : "",
                            min && max ? " og " : "", max ? fmt::format("høyst {}", *max) : "");
            want_en =
                fmt::format("should be {}{}{}", min ? fmt::format("at least {}", *min) : "",
                            min && max ? " and " : "", max ? fmt::format("at most {}", *max) : "");
        }
        return {false,
                f.loc,
                {fmt::format("«{}» er {}, men {}", field, v, want_nb),
                 fmt::format("«{}» is {}, but {}", field, v, want_en)}};
    }

    Text describe() const override {
        if (!values.empty())
            return {fmt::format("«{}» er {}", field, fmt::join(values, " eller ")),
                    fmt::format("«{}» is {}", field, fmt::join(values, " or "))};
        return {
            fmt::format("«{}» er et tall{}{}", field, min ? fmt::format(" på minst {}", *min) : "",
                        max ? fmt::format(" på høyst {}", *max) : ""),
            fmt::format("«{}» is a number{}{}", field,
                        min ? fmt::format(" of at least {}", *min) : "",
                        max ? fmt::format(" of at most {}", *max) : "")};
    }

    std::string path() const override { return field; }

  protected:
    void write_params(nlohmann::ordered_json& j) const override {
        if (!field.empty()) j["felt"] = field;
        if (min) j["min"] = *min;
        if (max) j["maks"] = *max;
        if (!values.empty()) j["en_av"] = values;
    }
};

CheckPtr parse(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<Value>(at);
    std::string where = where_of(c->kind());
    if (!r.keys(p, c->kind().keys(), where)) return nullptr;
    size_t before = r.errors.size();
    c->field = read_field(r, p, where);
    c->min = r.integer(p, "min");
    c->max = r.integer(p, "maks");
    if (const yaml::Node* er = p.get("er"); er && !er->is_null()) {
        if (er->is_scalar()) {
            c->values.push_back(er->value);
        } else {
            r.err(*er, "pack-type", "«er» skal være én verdi; bruk «en_av» for flere",
                  "«er» must be a single value; use «en_av» for several");
        }
    }
    for (const auto& v : r.list(p, "en_av", where)) c->values.push_back(v);
    if (c->field.empty()) {
        invalid(r, p, {"«verdi» trenger «felt»", "«verdi» needs «felt»"});
    } else if (c->values.empty() && !c->min && !c->max) {
        invalid(r, p,
                {"«verdi» trenger «er», «en_av», «min» eller «maks»",
                 "«verdi» needs «er», «en_av», «min» or «maks»"});
    } else if (c->min && c->max && *c->min > *c->max) {
        invalid(r, p, {"«min» er større enn «maks»", "«min» is greater than «maks»"});
    }
    return r.errors.size() == before ? c : nullptr;
}

}  // namespace

const Kind& verdi_kind() {
    static const Kind kind{
        "verdi",
        "value",
        Kind::Shape::params,
        {{"felt", ParamType::path, true},
         {"er", ParamType::value},
         {"en_av", ParamType::values},
         {"min", ParamType::count},
         {"maks", ParamType::count}},
        {"`felt`; `er` (én verdi), `en_av` (liste), `min`, `maks` (minst én av dem)",
         "`felt`; `er` (is: one value), `en_av` (one of: a list), `min`, `maks` (at least one of "
         "them)"},
        {"feltet er en enkel verdi lik `er` eller en av `en_av`; med `min`/`maks` også et helt "
         "tall innenfor grensene. "
         "Et felt som mangler eller er en liste eller tabell, er ikke oppfylt.",
         "the field is a scalar equal to `er` or one of `en_av`; with `min`/`maks` also a whole "
         "number within the "
         "bounds. A field that is missing, or is a list or mapping, does not pass."},
        parse,
        {},
        {"er", "en_av", "min", "maks"}};
    return kind;
}

}  // namespace medvirk::checks
