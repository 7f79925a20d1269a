// beskrevet: a field holds a substantive description, not a placeholder or a word or two.
#include <fmt/format.h>

#include "checks/evidence.hpp"
#include "checks/params.hpp"
#include "checks/path.hpp"
#include "checks/steps.hpp"

namespace medvirk::checks {

const Kind& beskrevet_kind();

namespace {

class Described final : public Check {
  public:
    std::string field;  // `felt`

    explicit Described(Location loc) : Check(beskrevet_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        FieldAt f = field_at(ctx, field);
        if (!non_empty(f.node))
            return {false, f.loc,
                    f.node ? Text{fmt::format("«{}» er tomt", field),
                                  fmt::format("«{}» is empty", field)}
                           : Text{fmt::format("«{}» mangler", field),
                                  fmt::format("«{}» is missing", field)}};
        if (!f.node->is_scalar() || is_hollow(f.node->value)) {
            std::string shown = f.node->is_scalar() ? shorten(f.node->value, 40) : "…";
            return {
                false,
                f.loc,
                {fmt::format("«{}» sier for lite til å være en beskrivelse: «{}»", field, shown),
                 fmt::format("«{}» says too little to be a description: «{}»", field, shown)}};
        }
        return {true,
                f.loc,
                {fmt::format("«{}»: «{}»", field, shorten(f.node->value)),
                 fmt::format("«{}»: «{}»", field, shorten(f.node->value))}};
    }

    Text describe() const override {
        return {
            fmt::format("«{}» er en beskrivelse med innhold (minst tre ord med et verb)", field),
            fmt::format("«{}» is a description with substance (at least three words with a verb)",
                        field)};
    }

    std::string path() const override { return field; }

  protected:
    void write_params(nlohmann::ordered_json& j) const override { j["felt"] = field; }
};

CheckPtr parse(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<Described>(at);
    std::string where = where_of(c->kind());
    if (!r.keys(p, c->kind().keys(), where)) return nullptr;
    size_t before = r.errors.size();
    c->field = read_field(r, p, where);
    if (c->field.empty()) invalid(r, p, {"«beskrevet» trenger «felt»", "«beskrevet» needs «felt»"});
    return r.errors.size() == before ? c : nullptr;
}

}  // namespace

const Kind& beskrevet_kind() {
    static const Kind kind{"beskrevet",
                           "described",
                           Kind::Shape::params,
                           {{"felt", ParamType::path, true}},
                           {"`felt`", "`felt`"},
                           {"feltet er en tekst med innhold: ikke en plassholder, minst tre ord og "
                            "femten bokstaver, med et ord som kan være et verb (se «Hva som teller "
                            "som bevis» i [format.md](format.md))",
                            "the field is a text with substance: not a placeholder, at least three "
                            "words and fifteen letters, with a word that can be a verb (see \"What "
                            "counts as evidence\" in [format.md](format.md))"},
                           parse};
    return kind;
}

}  // namespace medvirk::checks
