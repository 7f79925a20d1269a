// A compact Markdown summary for a merge-request comment: status per advice item, then findings
// grouped by grade, with the quote, legal basis and remedy folded away in <details>.
#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/formats.hpp"

namespace medvirk::report {

namespace {

// Input text must never become markup.
std::string md(const std::string& s) { return escape::markdown_line(s); }

const char* symbol(engine::Status s) {
    switch (s) {
        case engine::Status::oppfylt: return "✅";
        case engine::Status::delvis_oppfylt: return "⚠️";
        case engine::Status::ikke_oppfylt: return "❌";
        case engine::Status::ikke_relevant: return "➖";
    }
    return "";
}

std::string percent(const engine::Score& s) {
    return s.possible ? fmt::format("{} %", s.percent()) : "–";
}

// One section: each service's scores and findings.
class MarkdownRenderer : public Renderer {
  public:
    MarkdownRenderer(const engine::Report& r, const FormatOptions& o) : report_(r), o_(o) {}
    std::vector<Piece> service(const engine::ServiceReport& s) const override {
        return {{section(s), {}}};
    }
    void frame(const Pieces& pieces, Sink& out) const override;

  private:
    const engine::Report& report_;
    FormatOptions o_;

    std::string section(const engine::ServiceReport& s) const;
};

std::string MarkdownRenderer::section(const engine::ServiceReport& s) const {
    const FormatOptions& o = o_;
    bool en = o.lang == Lang::en;
    auto t = [&](const char* nb, const char* e) { return en ? e : nb; };
    std::string out;
    {
        out += fmt::format("### {} {} ({}): {} {}\n\n", t("Tjeneste", "Service"), md(s.service.id),
                           md(s.service.name), engine::status_name(s.total.status, o.lang),
                           percent(s.total));
        out += fmt::format("| {} | {} | {} | % |\n|---|---|---|---|\n", t("Råd", "Advice"),
                           "Status", t("Oppfylt", "Met"));
        for (const auto& a : s.advice)
            out += fmt::format("| {} | {} {} | {} {} {} | {} |\n", a.advice->id, symbol(a.status),
                               engine::status_name(a.status, o.lang), a.passed, t("av", "of"),
                               a.total, percent(a));
        out += "\n";
        for (const auto& v : s.views) {
            std::vector<std::string> missing;
            for (const auto& e : v.elements)
                if (e.steps.empty()) missing.push_back(md(e.element->title.get(o.lang)));
            out += fmt::format(
                "**{}**: {} {} {} {}{}\n\n", md(v.view->title.get(o.lang)), v.covered(),
                t("av", "of"), v.elements.size(), t("elementer dekket", "elements covered"),
                missing.empty() ? std::string{}
                                : fmt::format(" — {}: {}", t("ikke dekket", "not covered"),
                                              fmt::join(missing, ", ")));
        }
        static constexpr engine::Grade order[] = {
            engine::Grade::avvik,   engine::Grade::feil,
            engine::Grade::merknad, engine::Grade::forbedringspunkt,
            engine::Grade::fravik,  engine::Grade::forbehold};
        for (engine::Grade g : order) {
            std::vector<const engine::Finding*> fs;
            for (const auto& f : s.results)
                if (f.grade == g && !f.baselined) fs.push_back(&f);
            if (fs.empty()) continue;
            out += fmt::format("#### {} ({})\n\n", engine::grade_name(g, o.lang), fs.size());
            for (const auto* f : fs) {
                const auto& r = *f->rule;
                out +=
                    fmt::format("- `{}` **{}** {} — {}\n", md(format_location(f->loc)), r.id,
                                md(engine::headline_of(*f).get(o.lang)), md(f->detail.get(o.lang)));
                out += fmt::format("  <details><summary>{}</summary>\n\n",
                                   t("Sitat, hjemmel og tiltak", "Quote, legal basis and remedy"));
                out += fmt::format("  > {} ({})\n\n", md(r.quote),
                                   md(rules::source_label(r, *report_.catalogue).get(o.lang)));
                auto bases = engine::legal_of(*f, s.service);
                if (!bases.empty()) {
                    std::string legal;
                    for (const auto& l : bases) legal += (legal.empty() ? "" : "; ") + md(l);
                    std::string label = rules::legal_label(r.strength, o.lang);
                    label[0] =
                        static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
                    out += fmt::format("  {}: {}\n\n", label, legal);
                }
                out += fmt::format("  {}: {}\n  </details>\n", t("Tiltak", "Remedy"),
                                   md(r.remedy.get(o.lang)));
            }
            out += "\n";
        }
    }
    return out;
}

void MarkdownRenderer::frame(const Pieces& pieces, Sink& sink) const {
    const engine::Report& report = report_;
    bool en = o_.lang == Lang::en;
    auto t = [&](const char* nb, const char* e) { return en ? e : nb; };
    sink.write(
        fmt::format("## medvirk: {} {}\n\n", t("revisjon per", "audit as of"), report.as_of.str()));
    for (size_t i = 0; i < report.services.size(); ++i) pieces.write(0, i, sink);
    std::string out;
    std::string packs;
    for (const auto& p : report.catalogue->packs)
        packs += (packs.empty() ? "" : ", ") + fmt::format("{} {}", p.id, p.version);
    out += fmt::format("<sub>medvirk, {} {}", t("regelpakke", "rule pack"), packs);
    if (report.baseline)
        out += fmt::format(fmt::runtime(en ? "; baseline: {} known finding(s) not shown, {} fixed"
                                           : "; grunnlinje: {} kjente funn ikke vist, {} rettet"),
                           report.baseline->baselined, report.baseline->fixed);
    out += "</sub>\n";
    sink.write(out);
}

}  // namespace

std::unique_ptr<Renderer> make_markdown(const engine::Report& report, const FormatOptions& o) {
    return std::make_unique<MarkdownRenderer>(report, o);
}

}  // namespace medvirk::report
