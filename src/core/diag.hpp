#pragma once

#include <string>
#include <vector>

#include "core/text.hpp"

namespace medvirk {

// A place in an input file. Lines and columns are 1-based; 0 means "not known".
struct Location {
    std::string file;
    int line = 0;
    int col = 0;

    auto operator<=>(const Location&) const = default;
};

// An input or usage error. Errors travel as values: loaders collect them and return them.
struct Diagnostic {
    Location loc;
    std::string code;  // stable identifier, e.g. "yaml-syntax", "unknown-key"
    Text text;
};

using Diagnostics = std::vector<Diagnostic>;

// "file:line:col" (or less, when line or column is unknown).
std::string format_location(const Location& loc);

// One line per diagnostic: "file:line:col: feil: text [code]". Controls and bidi characters in
// the file name and the text are shown escaped (core/terminal.hpp), so a diagnostic is one line.
std::string format_diagnostic(const Diagnostic& d, Lang lang);

void sort_diagnostics(Diagnostics& diags);

}  // namespace medvirk
