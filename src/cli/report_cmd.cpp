// `medvirk report REPORT.json [-o FILE]`: renders a saved JSON report as the HTML report, exactly
// as `audit --format html` would have written it.
#include <fmt/format.h>

#include "cli/common.hpp"
#include "report/html.hpp"
#include "report/read.hpp"

namespace medvirk::cli {

int cmd_report(const ReportOptions& o) {
    if (!o.out_dir.empty())
        if (int rc = check_outputs(o, {o.out_dir}, {o.paths.at(0)})) return rc;
    Diagnostics errors;
    // Services are rendered as they are read (the head, which lists them, comes last), so the
    // report is never held whole as a JSON tree.
    std::string services;
    auto head = report::read_report(o.paths.at(0), errors,
                                    [&](nlohmann::json&& s, size_t i) -> std::optional<Text> {
                                        services += report::render_html_service(s, i, o.language());
                                        return std::nullopt;
                                    });
    if (!head) {
        print_diagnostics(errors, o.language());
        return exit_error;
    }
    std::string html = report::render_html_begin(*head, o.language());
    html += services;
    services = std::string();
    html += report::render_html_end(*head, o.language());
    if (o.out_dir.empty()) {
        fmt::print("{}", html);  // write errors on standard output: main exits 2
        return exit_clean;
    }
    if (auto err = write_atomically(o.out_dir, html)) return usage_error(o, err->nb, err->en);
    return exit_clean;
}

}  // namespace medvirk::cli
