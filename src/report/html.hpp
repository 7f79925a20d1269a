#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/text.hpp"

namespace medvirk::report {

// The self-contained HTML report, rendered from a JSON report document (docs/report-format.md).
// `audit --format html` and `medvirk report REPORT.json` both call it, so an archived JSON report
// renders to the same bytes. Tolerates missing or mistyped fields (they render empty).
std::string render_html(const nlohmann::json& report, Lang lang);

// Escapes text for HTML element content and quoted attribute values: & < > " ' become
// references; control characters other than tab, line feed and carriage return are dropped.
std::string html_escape(std::string_view s);

// A link from a rule pack, usable as an href: only https: URLs without spaces or quotes; else "".
std::string safe_href(std::string_view url);

}  // namespace medvirk::report
