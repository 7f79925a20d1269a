#pragma once

namespace medvirk::cli {

// Parses the command line and dispatches to a subcommand. Returns the process exit code:
// 0 clean, 1 findings at or above the threshold, 2 usage or input error.
int run(int argc, char** argv);

}  // namespace medvirk::cli
