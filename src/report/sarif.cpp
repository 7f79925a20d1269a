// Placeholder while the sarif formatter is written; replaced before this lands.
#include "report/formats.hpp"

namespace medvirk::report {

std::string format_sarif(const engine::Report&, const FormatOptions&) { return "sarif: not written yet\n"; }

}  // namespace medvirk::report
