#include "report/formats.hpp"

#include "report/text.hpp"

namespace medvirk::report {

namespace {

std::string render_text(const engine::Report& r, const FormatOptions& o) {
    return format_text(r, TextOptions{o.lang, o.color, o.show_all});
}

const std::vector<Format> table = {
    {"text", {"Kompilatorlignende tekst med sammendrag (standard)", "Compiler-style text with a summary (default)"}, render_text, false},
    {"json", {"Versjonert JSON-rapport med alle resultater (schema/medvirk-rapport.schema.json)",
              "Versioned JSON report with every result (schema/medvirk-rapport.schema.json)"},
     format_json, true},
    {"sarif", {"SARIF 2.1.0 for kodeskanning (GitHub, GitLab, Azure DevOps)", "SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps)"},
     format_sarif, false},
    {"junit", {"JUnit XML for testrapporter i CI", "JUnit XML for CI test reports"}, format_junit, false},
    {"markdown", {"Kort Markdown-sammendrag for kommentarer i merge requests", "Compact Markdown summary for merge-request comments"},
     format_markdown, false},
    {"github", {"Arbeidsflytkommandoer for GitHub Actions (::error …)", "GitHub Actions workflow commands (::error …)"}, format_github, false},
    {"html", {"Selvstendig HTML-rapport til ledelsen (lages også med «medvirk report»)",
              "Self-contained HTML report for leadership (also made by «medvirk report»)"},
     format_html, true},
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

}  // namespace medvirk::report
