// dekket: an approved, current routine step carries the coverage tag.
#include <fmt/format.h>

#include "checks/params.hpp"
#include "checks/path.hpp"
#include "checks/steps.hpp"

namespace medvirk::checks {

const Kind& dekket_kind();

namespace {

using yaml::Node;

Text why_not_current(const model::RoutineDoc& doc, Date as_of) {
    const Node* ds = doc.root.get("dokumentstyring");
    if (!non_empty(ds))
        return {"dokumentet mangler dokumentstyring", "the document lacks document control"};
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

class Covered final : public Check {
  public:
    std::string tag;  // `tag`

    explicit Covered(Location loc) : Check(dekket_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        std::vector<TaggedStep> walked;
        if (!ctx.steps) walked = tagged_steps(ctx.service, tag);
        const std::vector<TaggedStep>& steps = ctx.steps ? ctx.steps->steps(tag) : walked;
        for (const auto& s : steps) {
            if (!is_approved_and_current(*s.doc, ctx.as_of)) continue;
            return {true,
                    s.location(),
                    {fmt::format("steg «{}» i «{}»", s.text(), s.doc->id),
                     fmt::format("step «{}» in «{}»", s.text(), s.doc->id)}};
        }
        if (!steps.empty()) {
            const TaggedStep& s = steps.front();
            Text why = why_not_current(*s.doc, ctx.as_of);
            return {false,
                    s.location(),
                    {fmt::format("steget med «{}» i «{}» teller ikke: {}", tag, s.doc->id, why.nb),
                     fmt::format("the step with «{}» in «{}» does not count: {}", tag, s.doc->id,
                                 why.en)}};
        }
        return {
            false,
            ctx.subject.location(),
            {fmt::format("ingen godkjent, gjeldende rutine har et steg med «dekker: [{}]»", tag),
             fmt::format("no approved, current routine has a step with «dekker: [{}]»", tag)}};
    }

    Text describe() const override {
        return {fmt::format("et steg i en godkjent, gjeldende rutine har «dekker: [{}]»", tag),
                fmt::format("a step of an approved, current routine has «dekker: [{}]»", tag)};
    }

    std::string path() const override { return "dekker:" + tag; }
    std::string coverage_tag() const override { return tag; }

  protected:
    void write_params(nlohmann::ordered_json& j) const override {
        if (!tag.empty()) j["tag"] = tag;
    }
};

CheckPtr parse(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<Covered>(at);
    std::string where = where_of(c->kind());
    if (!r.keys(p, c->kind().keys(), where)) return nullptr;
    size_t before = r.errors.size();
    c->tag = r.str(p, "tag", false, where);
    if (c->tag.empty()) invalid(r, p, {"«dekket» trenger «tag»", "«dekket» needs «tag»"});
    return r.errors.size() == before ? c : nullptr;
}

}  // namespace

const Kind& dekket_kind() {
    static const Kind kind{"dekket",
                           "covered",
                           Kind::Shape::params,
                           {{"tag", ParamType::tag, true}},
                           {"`tag`", "`tag`"},
                           {"et steg i et godkjent, gjeldende dokument i tjenesten (av alle typer "
                            "unntatt `tjeneste`) har dekningsordet i "
                            "`dekker:` (se «Steg og dekning» i [format.md](format.md))",
                            "a step of an approved, current document of the service (of any type "
                            "except `tjeneste`) has the tag in "
                            "`dekker:` (see \"Steps and coverage\" in [format.md](format.md))"},
                           parse};
    return kind;
}

}  // namespace medvirk::checks
