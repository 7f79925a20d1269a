#pragma once

#include <string>
#include <vector>

#include "core/text.hpp"
#include "engine/audit.hpp"

namespace medvirk::report {

struct FormatOptions {
    Lang lang = Lang::nb;
    bool color = false;     // text only
    bool show_all = false;  // text only: also passes and not-applicable results
    unsigned jobs = 1;      // threads a format may use; its output does not depend on it
};

// A report format: a pure function from a report to text, one file each.
struct Format {
    std::string name;
    Text description;
    std::string (*render)(const engine::Report&, const FormatOptions&);
    bool registers = false;  // shows the coverage matrix and deviation register (engine::audit's `registers`)
};

// The registry of `audit --format` values.
const std::vector<Format>& formats();
const Format* find_format(const std::string& name);
std::vector<std::string> format_names();

// One file each: src/report/<name>.cpp.
std::string format_json(const engine::Report& report, const FormatOptions& options);
std::string format_sarif(const engine::Report& report, const FormatOptions& options);
std::string format_junit(const engine::Report& report, const FormatOptions& options);
std::string format_markdown(const engine::Report& report, const FormatOptions& options);
std::string format_github(const engine::Report& report, const FormatOptions& options);
std::string format_html(const engine::Report& report, const FormatOptions& options);  // via render_html (html.hpp)

// Version of the JSON report (`formatversjon`); docs/report-format.md and schema/medvirk-rapport.schema.json.
inline constexpr int json_report_version = 1;

}  // namespace medvirk::report
