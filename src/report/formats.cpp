#include "report/formats.hpp"

#include <fmt/format.h>

#include "core/parallel.hpp"

namespace medvirk::report {

namespace {

const std::vector<Format> table = {
    {"text",
     {"Kompilatorlignende funn og sammendrag (standard)",
      "Compiler-style findings and a summary (default)"},
     make_text,
     false},
    {"json",
     {"Versjonert JSON-rapport med alle resultater (schema/medvirk-rapport.schema.json)",
      "Versioned JSON report with every result (schema/medvirk-rapport.schema.json)"},
     make_json,
     true},
    {"sarif",
     {"SARIF 2.1.0 for kodeskanning (GitHub, GitLab, Azure DevOps)",
      "SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps)"},
     make_sarif,
     false},
    {"junit",
     {"JUnit XML for testrapporter i CI: én testsuite per råd, ett testtilfelle per (regel, "
      "tjeneste)",
      "JUnit XML for CI test reports: one suite per advice item, one test case per (rule, "
      "service)"},
     make_junit,
     false},
    {"markdown",
     {"Kort Markdown-sammendrag for kommentarer i merge requests",
      "Compact Markdown summary for merge-request comments"},
     make_markdown,
     false},
    {"github",
     {"Arbeidsflytkommandoer for GitHub Actions (::error …)",
      "GitHub Actions workflow commands (::error …)"},
     make_github,
     false},
    {"html",
     {"Selvstendig HTML-rapport til ledelsen (lages også med «medvirk report»)",
      "Self-contained HTML report for leadership (also made by «medvirk report»)"},
     make_html,
     true},
};

}  // namespace

const std::vector<Format>& formats() { return table; }

const Format* find_format(const std::string& name) {
    for (const auto& f : table)
        if (f.name == name) return &f;
    return nullptr;
}

std::vector<std::string> format_names() {
    std::vector<std::string> out;
    for (const auto& f : table) out.push_back(f.name);
    return out;
}

std::string format_list(Lang lang) {
    std::string out;
    for (const auto& f : table)
        out += fmt::format("{}{:<9} {}", out.empty() ? "" : "\n", f.name, f.description.get(lang));
    return out;
}

std::string format_table_markdown() {
    std::string out = "| format | innhold / content |\n|---|---|\n";
    for (const auto& f : table)
        out += fmt::format("| `{}` | {} / {} |\n", f.name, f.description.nb, f.description.en);
    return out;
}

namespace {

// Pieces held in memory: [service][section].
class MemoryPieces : public Pieces {
  public:
    std::vector<std::vector<Piece>> pieces;
    void write(size_t section, size_t service, Sink& out) const override {
        out.write(pieces[service][section].text);
    }
    size_t size(size_t section, size_t service) const override {
        return pieces[service][section].text.size();
    }
    const std::array<size_t, 3>& tally(size_t section, size_t service) const override {
        return pieces[service][section].tally;
    }
};

}  // namespace

std::string render(const Format& format, const engine::Report& report,
                   const FormatOptions& options) {
    auto renderer = format.make(report, options);
    MemoryPieces pieces;
    pieces.pieces.resize(report.services.size());
    parallel_for(report.services.size(), options.jobs,
                 [&](size_t i) { pieces.pieces[i] = renderer->service(report.services[i]); });
    StringSink out;
    renderer->frame(pieces, out);
    return std::move(out.text);
}

}  // namespace medvirk::report
