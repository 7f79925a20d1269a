// Placeholder while the markdown formatter is written; replaced before this lands.
#include "report/formats.hpp"

namespace medvirk::report {

std::string format_markdown(const engine::Report&, const FormatOptions&) { return "markdown: not written yet\n"; }

}  // namespace medvirk::report
