// dekket: an approved, current routine step carries the coverage tag.
#include <fmt/format.h>

#include <optional>

#include "checks/params.hpp"
#include "checks/path.hpp"
#include "checks/steps.hpp"

namespace medvirk::checks {

const Kind& dekket_kind();

namespace {

using yaml::Node;

class Covered final : public Check {
  public:
    std::string tag;  // `tag`

    explicit Covered(Location loc) : Check(dekket_kind(), std::move(loc)) {}

    // The first step that counts in full, else the first that counts with a reservation, else
    // a failure that names why the first tagged step does not count.
    Outcome evaluate(const Context& ctx) const override {
        std::vector<TaggedStep> walked;
        if (!ctx.steps) walked = tagged_steps(ctx.service, tag);
        const std::vector<TaggedStep>& steps = ctx.steps ? ctx.steps->steps(tag) : walked;
        const std::vector<std::string>* terms = ctx.rules ? ctx.rules->indicators(tag) : nullptr;
        std::optional<Outcome> reserved;
        std::optional<Outcome> failed;
        for (const auto& s : steps) {
            Evidence e = step_evidence(s, tag, terms, ctx.as_of);
            Text found{fmt::format("steg «{}» i «{}»", s.text(), s.doc->id),
                       fmt::format("step «{}» in «{}»", s.text(), s.doc->id)};
            if (e.standing == Standing::counts) return {true, s.location(), found};
            if (e.standing == Standing::reserved && !reserved) {
                reserved = Outcome{true,
                                   s.location(),
                                   {fmt::format("{} (forbehold: {})", found.nb, e.reason.nb),
                                    fmt::format("{} (reservation: {})", found.en, e.reason.en)}};
                reserved->reserved = true;
            }
            if (e.standing == Standing::none && !failed)
                failed = Outcome{false,
                                 s.location(),
                                 {fmt::format("steget med «{}» i «{}» teller ikke: {}", tag,
                                              s.doc->id, e.reason.nb),
                                  fmt::format("the step with «{}» in «{}» does not count: {}", tag,
                                              s.doc->id, e.reason.en)}};
        }
        if (reserved) return *reserved;
        if (failed) return *failed;
        return {false,
                ctx.subject.location(),
                {fmt::format("ingen rutine har et steg med «dekker: [{}]»", tag),
                 fmt::format("no routine has a step with «dekker: [{}]»", tag)}};
    }

    Text describe() const override {
        return {
            fmt::format("et steg i en rutine har «dekker: [{}]» og viser det i teksten", tag),
            fmt::format("a step of a routine has «dekker: [{}]» and shows it in its text", tag)};
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
    static const Kind kind{
        "dekket",
        "covered",
        Kind::Shape::params,
        {{"tag", ParamType::tag, true}},
        {"`tag`", "`tag`"},
        {"et steg i et dokument i tjenesten (av alle typer unntatt `tjeneste`) "
         "har dekningsordet i `dekker:`, og teksten viser det; med forbehold når "
         "dokumentet ikke er godkjent og gjeldende eller teksten ikke viser "
         "ordets tegn (se «Hva som teller som bevis» i [format.md](format.md))",
         "a step of a document of the service (of any type except `tjeneste`) "
         "has the tag in `dekker:`, and its text shows it; with a reservation "
         "when the document is not approved and current or the text shows none "
         "of the tag's terms (see \"What counts as evidence\" in "
         "[format.md](format.md))"},
        parse};
    return kind;
}

}  // namespace medvirk::checks
