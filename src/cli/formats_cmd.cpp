// `medvirk formats` (hidden): the format table of README.md and docs/report-format.md, written
// from the format registry; tests/docs/formats.sh checks that those files hold it.
#include <fmt/format.h>

#include "cli/common.hpp"
#include "report/formats.hpp"

namespace medvirk::cli {

int cmd_formats(const CommonOptions&) {
    fmt::print("{}", report::format_table_markdown());
    return exit_clean;
}

}  // namespace medvirk::cli
