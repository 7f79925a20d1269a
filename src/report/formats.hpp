#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "engine/audit.hpp"

namespace medvirk::report {

struct FormatOptions {
    Lang lang = Lang::nb;
    bool color = false;         // text only
    bool show_all = false;      // text only: also passes and not-applicable results
    unsigned jobs = 1;          // threads a format may use; its output does not depend on it
    bool suggest_tags = false;  // text: the section of tagging suggestions (audit --suggest-tags)
};

// A format renders a report in two steps, so that a large audit can be written without holding
// every finding at once: `service` gives one service's text, as one piece per section of the
// format's layout, and `frame` writes the whole output: the report's header and footer around the
// pieces of every service. render() runs both in memory; `medvirk audit` runs `service` batch by
// batch and keeps the pieces in a temporary file until `frame` (docs/performance.md).
struct Piece {
    std::string text;
    std::array<size_t, 3>
        tally{};  // numbers a frame adds up over services (JUnit: tests, failures, skipped)
};

// Where a frame writes its output.
class Sink {
  public:
    virtual ~Sink() = default;
    virtual void write(std::string_view text) = 0;
};

class StringSink : public Sink {
  public:
    std::string text;
    void write(std::string_view t) override { text.append(t); }
};

// Every service's pieces, by section and by service (an index into the report's services).
class Pieces {
  public:
    virtual ~Pieces() = default;
    virtual void write(size_t section, size_t service, Sink& out) const = 0;
    virtual size_t size(size_t section, size_t service) const = 0;  // bytes
    virtual const std::array<size_t, 3>& tally(size_t section, size_t service) const = 0;
};

class Renderer {
  public:
    virtual ~Renderer() = default;
    // One service's pieces, the same number for every service. Called from any thread, for a
    // service that need not be in the report yet.
    virtual std::vector<Piece> service(const engine::ServiceReport& s) const = 0;
    // The whole output around the pieces of the report's services. By now the services may be
    // summaries: their results, coverage matrix and deviation register dropped.
    virtual void frame(const Pieces& pieces, Sink& out) const = 0;
};

// A report format, one file each. The renderer reads the report it was made with, which must
// outlive it; services, inputs and the baseline summary may be filled in between the two steps.
struct Format {
    std::string name;
    Text description;
    std::unique_ptr<Renderer> (*make)(const engine::Report& report, const FormatOptions& options);
    bool registers =
        false;  // shows the coverage matrix and deviation register (engine::audit's `registers`)
};

// Both steps in memory (the services' pieces on options.jobs threads).
std::string render(const Format& format, const engine::Report& report,
                   const FormatOptions& options);

// The registry of `audit --format` values.
const std::vector<Format>& formats();
const Format* find_format(const std::string& name);
std::vector<std::string> format_names();

// Every format, one line each: its name and description (`audit --format` help).
std::string format_list(Lang lang);
// The same as a Markdown table in both languages: the format table of README.md and
// docs/report-format.md (`medvirk formats` writes it; tests/docs keeps them fresh).
std::string format_table_markdown();

// One file each: src/report/<name>.cpp.
std::unique_ptr<Renderer> make_text(const engine::Report& report, const FormatOptions& options);
std::unique_ptr<Renderer> make_json(const engine::Report& report, const FormatOptions& options);
std::unique_ptr<Renderer> make_sarif(const engine::Report& report, const FormatOptions& options);
std::unique_ptr<Renderer> make_junit(const engine::Report& report, const FormatOptions& options);
std::unique_ptr<Renderer> make_markdown(const engine::Report& report, const FormatOptions& options);
std::unique_ptr<Renderer> make_github(const engine::Report& report, const FormatOptions& options);
std::unique_ptr<Renderer> make_html(const engine::Report& report,
                                    const FormatOptions& options);  // JSON, then render_html

// Version of the JSON report (`formatversjon`); docs/report-format.md and
// schema/medvirk-rapport.schema.json.
inline constexpr int json_report_version = 1;

}  // namespace medvirk::report
