// GitHub Actions workflow commands: one ::error/::warning/::notice line per reported finding, so
// findings appear as annotations on the changed lines of a pull request.
#include <fmt/format.h>

#include "core/terminal.hpp"
#include "report/formats.hpp"

namespace medvirk::report {

namespace {

// Escaping of workflow-command data and property values (GitHub's toolkit/core: escapeData,
// escapeProperty).
std::string escape_data(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '%')
            out += "%25";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    return out;
}

std::string escape_property(const std::string& s) {
    std::string out;
    for (char c : escape_data(s)) {
        if (c == ':')
            out += "%3A";
        else if (c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

const char* command(engine::Grade g) {
    switch (g) {
        case engine::Grade::avvik:
        case engine::Grade::feil: return "error";
        case engine::Grade::merknad: return "warning";
        default: return "notice";
    }
}

// One section: the workflow commands of each service's reported results.
class GithubRenderer : public Renderer {
  public:
    GithubRenderer(const engine::Report& r, const FormatOptions& o) : report_(r), o_(o) {}

    std::vector<Piece> service(const engine::ServiceReport& s) const override {
        return {{commands(s), {}}};
    }

    void frame(const Pieces& pieces, Sink& out) const override {
        for (size_t i = 0; i < report_.services.size(); ++i) pieces.write(0, i, out);
    }

  private:
    const engine::Report& report_;
    FormatOptions o_;

    std::string commands(const engine::ServiceReport& s) const {
        const FormatOptions& o = o_;
        std::string out;
        for (const auto& f : s.results) {
            if (!engine::is_reported(f.grade) || f.baselined) continue;
            const auto& r = *f.rule;
            // Values from input also go through terminal_safe: the runner prints a line it does not
            // take for a command as it is, and the log shows ESC sequences and bidi controls.
            std::string props = fmt::format("file={}", escape_property(terminal_safe(f.loc.file)));
            if (f.loc.line > 0) props += fmt::format(",line={}", f.loc.line);
            if (f.loc.col > 0) props += fmt::format(",col={}", f.loc.col);
            props += fmt::format(",title={}",
                                 escape_property(fmt::format("medvirk {} ({})", terminal_safe(r.id),
                                                             engine::grade_name(f.grade, o.lang))));
            bool en = o.lang == Lang::en;
            std::string msg = fmt::format(
                "{}\n{}: {}\n{}: {}", terminal_safe(engine::headline_of(f).get(o.lang)),
                f.grade == engine::Grade::fravik ? (en ? "justification" : "begrunnelse")
                : f.grade == engine::Grade::forbehold
                    ? (en ? "evidence with reservation" : "bevis med forbehold")
                    : (en ? "found" : "funn"),
                terminal_safe(f.detail.get(o.lang)), en ? "remedy" : "tiltak",
                terminal_safe(r.remedy.get(o.lang)));
            out += fmt::format("::{} {}::{}\n", command(f.grade), props, escape_data(msg));
        }
        return out;
    }
};

}  // namespace

std::unique_ptr<Renderer> make_github(const engine::Report& report, const FormatOptions& o) {
    return std::make_unique<GithubRenderer>(report, o);
}

}  // namespace medvirk::report
