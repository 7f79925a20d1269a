#pragma once

#include <string>

#include "core/text.hpp"
#include "engine/audit.hpp"

namespace medvirk::report {

struct TextOptions {
    Lang lang = Lang::nb;
    bool color = false;
    bool show_all = false;  // also list passes (with their evidence) and not-applicable results
};

// Compiler-style diagnostics, then a summary per service. A pure function of the report.
std::string format_text(const engine::Report& report, const TextOptions& options);

}  // namespace medvirk::report
