// Placeholder while the junit formatter is written; replaced before this lands.
#include "report/formats.hpp"

namespace medvirk::report {

std::string format_junit(const engine::Report&, const FormatOptions&) { return "junit: not written yet\n"; }

}  // namespace medvirk::report
