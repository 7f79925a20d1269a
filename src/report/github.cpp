// Placeholder while the github formatter is written; replaced before this lands.
#include "report/formats.hpp"

namespace medvirk::report {

std::string format_github(const engine::Report&, const FormatOptions&) { return "github: not written yet\n"; }

}  // namespace medvirk::report
