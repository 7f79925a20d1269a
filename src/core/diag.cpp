#include "core/diag.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

namespace medvirk {

std::string format_location(const Location& loc) {
    if (loc.line <= 0) return loc.file;
    if (loc.col <= 0) return fmt::format("{}:{}", loc.file, loc.line);
    return fmt::format("{}:{}:{}", loc.file, loc.line, loc.col);
}

std::string format_diagnostic(const Diagnostic& d, Lang lang) {
    const char* word = lang == Lang::en ? "error" : "feil";
    std::string where = format_location(d.loc);
    if (where.empty()) return fmt::format("medvirk: {}: {} [{}]", word, d.text.get(lang), d.code);
    return fmt::format("{}: {}: {} [{}]", where, word, d.text.get(lang), d.code);
}

void sort_diagnostics(Diagnostics& diags) {
    std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.loc, a.code) < std::tie(b.loc, b.code);
    });
}

}  // namespace medvirk
