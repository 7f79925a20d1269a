#include "report/text.hpp"

#include <fmt/format.h>

#include "core/terminal.hpp"
#include "report/formats.hpp"
#include "report/suggestions.hpp"

namespace medvirk::report {

namespace {

using engine::Grade;

// How the score is made, in one line (docs/scoring.md).
constexpr const char* score_line_nb =
    "Poeng: hver relevant regel teller én gang per tjeneste, skal 3, bør 2, kan 1; oppfylt, "
    "forbehold og fravik gir poeng. Status: oppfylt når alle relevante skal- og bør-regler er det.";
constexpr const char* score_line_en =
    "Points: each applicable rule counts once per service, shall 3, should 2, may 1; pass, "
    "reservation and documented deviation score. Status: met when every applicable shall and "
    "should rule is.";

const char* color_of(Grade g) {
    switch (g) {
        case Grade::avvik: return "\033[1;31m";
        case Grade::merknad: return "\033[1;33m";
        case Grade::forbedringspunkt: return "\033[1;36m";
        case Grade::oppfylt: return "\033[1;32m";
        case Grade::ikke_relevant: return "\033[2m";
        case Grade::feil: return "\033[1;35m";
        case Grade::fravik: return "\033[1;34m";
        case Grade::forbehold: return "\033[33m";
    }
    return "";
}

struct Writer {
    TextOptions o;
    std::string out;
    const rules::Catalogue* catalogue = nullptr;
    const engine::ServiceInfo* service = nullptr;

    bool en() const { return o.lang == Lang::en; }
    const char* t(const char* nb, const char* en_text) const { return en() ? en_text : nb; }

    std::string paint(const std::string& s, const char* code) const {
        return o.color ? fmt::format("{}{}\033[0m", code, s) : s;
    }
    std::string bold(const std::string& s) const { return paint(s, "\033[1m"); }

    // Every value that comes from input (routine sets, file names, rule packs) goes through this:
    // controls and bidi characters shown escaped, one value on one line. The colours are our own.
    static std::string v(std::string_view s) { return terminal_safe(s); }

    void finding(const engine::Finding& f) {
        const auto& r = *f.rule;
        bool failed = engine::is_finding(f.grade);
        const std::string& head = engine::headline_of(f).get(o.lang);
        out += fmt::format("{}: {} [{}] {}\n", bold(v(format_location(f.loc))),
                           paint(engine::grade_name(f.grade, o.lang), color_of(f.grade)), v(r.id),
                           v(head));
        if (!f.detail.empty())
            out += fmt::format("    {}: {}\n",
                               f.grade == Grade::fravik ? t("begrunnelse", "justification")
                               : failed                 ? t("funn", "found")
                               : f.grade == Grade::oppfylt || f.grade == Grade::forbehold
                                   ? t("bevis", "evidence")
                                   : t("grunn", "reason"),
                               v(f.detail.get(o.lang)));
        if (!failed) return;
        out += fmt::format("    {}: «{}»\n", v(rules::source_label(r, *catalogue).get(o.lang)),
                           v(r.quote));
        auto legal = engine::legal_of(f, *service);
        if (!legal.empty())
            out += fmt::format("    {}: {}\n", rules::legal_label(r.strength, o.lang),
                               v(fmt::format("{}", fmt::join(legal, "; "))));
        out += fmt::format("    {}: {}\n", t("tiltak", "remedy"), v(r.remedy.get(o.lang)));
    }

    static std::string percent(const engine::Score& sc) {
        return sc.possible ? fmt::format("{} %", sc.percent()) : "–";
    }

    void counts(const std::array<size_t, engine::grade_count>& c) {
        static constexpr Grade order[] = {
            Grade::avvik,     Grade::merknad, Grade::forbedringspunkt, Grade::fravik,
            Grade::forbehold, Grade::oppfylt, Grade::ikke_relevant,    Grade::feil};
        std::string line;
        for (Grade g : order) {
            size_t n = c[static_cast<size_t>(g)];
            if ((g == Grade::feil || g == Grade::fravik || g == Grade::forbehold) && n == 0)
                continue;
            if (!line.empty()) line += ", ";
            line += fmt::format("{} {}", engine::grade_name(g, o.lang), n);
        }
        out += fmt::format("  {}\n", line);
    }

    void summary(const engine::ServiceReport& s) {
        out += fmt::format("{} {} ({}) – {}\n", bold(t("Tjeneste", "Service")), v(s.service.id),
                           v(s.service.name), v(format_location(s.service.location())));
        counts(s.counts);
        for (const auto& a : s.advice) {
            std::string points = fmt::format("{} {} {} {}", a.earned, t("av", "of"), a.possible,
                                             t("poeng", "points"));
            std::string reserved = a.reserved ? fmt::format(" ({} {})", a.reserved,
                                                            t("med forbehold", "with reservation"))
                                              : std::string{};
            out += fmt::format("  {:<4} {:<15} {:<15} {:>5}  {}{}\n", v(a.advice->id),
                               engine::status_name(a.status, o.lang), points, percent(a),
                               v(a.advice->title.get(o.lang)), reserved);
        }
        for (const auto& l : s.levels) {
            out += fmt::format("  {:<17} {:<15} {:>5}\n",
                               o.lang == Lang::en ? rules::level_name(l.level, o.lang)
                                                  : fmt::format("nivå {}", v(l.level)),
                               engine::status_name(l.status, o.lang), percent(l));
        }
        out += fmt::format("  {:<17} {:<15} {:>5}\n", t("totalt", "total"),
                           engine::status_name(s.total.status, o.lang), percent(s.total));
        for (const auto& v : s.views) view(v);
    }

    // A coverage view: each element, and the first step that covers it (or that none does).
    void view(const engine::ViewResult& vr) {
        out += fmt::format(
            "  {}: {} {} {} {}\n",
            terminal_safe(o.lang == Lang::en ? vr.view->title.en : vr.view->title.nb), vr.covered(),
            t("av", "of"), vr.elements.size(), t("elementer dekket", "elements covered"));
        for (const auto& e : vr.elements) {
            std::string title = v(o.lang == Lang::en ? e.element->title.en : e.element->title.nb);
            if (e.steps.empty()) {
                out += fmt::format("    {:<32} {}\n", title,
                                   t("ikke dekket av noe steg", "not covered by any step"));
                continue;
            }
            const auto& first = e.steps.front();
            std::string more = e.steps.size() > 1 ? fmt::format(" (+{} {})", e.steps.size() - 1,
                                                                t("steg til", "more step(s)"))
                                                  : std::string{};
            out += fmt::format("    {:<32} {} {}{}\n", title, t("dekket:", "covered:"),
                               v(format_location(first.loc)), more);
        }
    }
};

// Three sections: the findings of every service, the tagging suggestions (only when asked for),
// then a summary of every service.
class TextRenderer : public Renderer {
  public:
    TextRenderer(const engine::Report& r, const TextOptions& o, bool suggest_tags)
        : report_(r), o_(o), suggest_tags_(suggest_tags) {}

    std::vector<Piece> service(const engine::ServiceReport& s) const override {
        Writer findings{o_, {}, report_.catalogue, &s.service}, summary{o_, {}};
        for (const auto& f : s.results) {
            if (!o_.show_all && (!engine::is_reported(f.grade) || f.baselined)) continue;
            findings.finding(f);
        }
        summary.summary(s);
        std::string suggestions =
            s.suggestions ? suggestions_text(*s.suggestions, o_.lang) : std::string{};
        return {{std::move(findings.out), {}},
                {std::move(summary.out), {}},
                {std::move(suggestions), {}}};
    }

    void frame(const Pieces& pieces, Sink& out) const override {
        const auto& services = report_.services;
        bool shown = false;
        for (size_t i = 0; i < services.size(); ++i) {
            pieces.write(0, i, out);
            shown = shown || pieces.size(0, i) > 0;
        }
        if (shown) out.write("\n");
        if (suggest_tags_) write_suggestions(pieces, out);
        for (size_t i = 0; i < services.size(); ++i) pieces.write(1, i, out);
        Writer w{o_, {}};
        w.out += w.t(score_line_nb, score_line_en);
        w.out += "\n";
        std::vector<std::string> packs;
        for (const auto& p : report_.catalogue->packs)
            packs.push_back(Writer::v(fmt::format("{} {}", p.id, p.version)));
        w.out += fmt::format(
            "{} {} {} {} {}; {} {}.\n", w.t("Revidert per", "Audited as of"), report_.as_of.str(),
            w.t("mot", "against"), w.t("regelpakke", "rule pack"), fmt::join(packs, ", "),
            services.size(),
            services.size() == 1 ? w.t("tjeneste", "service") : w.t("tjenester", "services"));
        if (report_.baseline) {
            w.out += fmt::format(
                fmt::runtime(
                    w.en() ? "Baseline {}: {} known finding(s) not shown; {} fixed since.\n"
                           : "Grunnlinje {}: {} kjente funn er ikke vist; {} er rettet siden.\n"),
                Writer::v(report_.baseline->file), report_.baseline->baselined,
                report_.baseline->fixed);
        }
        out.write(w.out);
    }

  private:
    const engine::Report& report_;
    TextOptions o_;
    bool suggest_tags_ = false;

    // The tagging suggestions under their heading, after the findings: information, not evidence.
    void write_suggestions(const Pieces& pieces, Sink& out) const {
        const auto& services = report_.services;
        bool any = false;
        for (size_t i = 0; i < services.size(); ++i) any = any || pieces.size(2, i) > 0;
        Writer w{o_, {}};
        if (!any) {
            out.write(fmt::format("{}: {}\n\n", w.bold(suggestions_heading(o_.lang)),
                                  w.t("ingen", "none")));
            return;
        }
        out.write(fmt::format("{}:\n", w.bold(suggestions_heading(o_.lang))));
        for (size_t i = 0; i < services.size(); ++i) pieces.write(2, i, out);
        out.write("\n");
    }
};

}  // namespace

std::unique_ptr<Renderer> make_text(const engine::Report& report, const FormatOptions& o) {
    return std::make_unique<TextRenderer>(report, TextOptions{o.lang, o.color, o.show_all},
                                          o.suggest_tags);
}

std::string format_text(const engine::Report& report, const TextOptions& options) {
    return render(*find_format("text"), report,
                  FormatOptions{options.lang, options.color, options.show_all, 1});
}

}  // namespace medvirk::report
