#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/text.hpp"

namespace medvirk::report {

// The self-contained HTML report, rendered from a JSON report document (docs/report-format.md).
// `audit --format html` and `medvirk report REPORT.json` both call it, so an archived JSON report
// renders to the same bytes. Tolerates missing or mistyped fields (they render empty).
std::string render_html(const nlohmann::json& report, Lang lang);

// The same in three parts, for a report read service by service (report::read_report): the part
// before the services (from the head, whose «tjenester» need only id, navn and fil), each service's
// section (`index` from 0, in report order) and the end.
std::string render_html_begin(const nlohmann::json& head, Lang lang);
std::string render_html_service(const nlohmann::json& service, size_t index, Lang lang);
std::string render_html_end(const nlohmann::json& head, Lang lang);

// Escapes text for HTML element content and quoted attribute values: & < > " ' become
// references; control characters other than tab, line feed and carriage return are dropped.
std::string html_escape(std::string_view s);

// A link from a rule pack, usable as an href: only https: URLs without spaces or quotes; else "".
std::string safe_href(std::string_view url);

}  // namespace medvirk::report
