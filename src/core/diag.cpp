#include "core/diag.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "core/terminal.hpp"

namespace medvirk {

std::string format_location(const Location& loc) {
    if (loc.line <= 0) return loc.file;
    if (loc.col <= 0) return fmt::format("{}:{}", loc.file, loc.line);
    return fmt::format("{}:{}:{}", loc.file, loc.line, loc.col);
}

std::string format_diagnostic(const Diagnostic& d, Lang lang) {
    const char* word = lang == Lang::en ? "error" : "feil";
    // File names and the values quoted in the text come from input: shown escaped, on one line.
    std::string where = terminal_safe(format_location(d.loc));
    std::string text = terminal_safe(d.text.get(lang));
    if (where.empty()) return fmt::format("medvirk: {}: {} [{}]", word, text, d.code);
    return fmt::format("{}: {}: {} [{}]", where, word, text, d.code);
}

void sort_diagnostics(Diagnostics& diags) {
    std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.loc, a.code) < std::tie(b.loc, b.code);
    });
}

}  // namespace medvirk
