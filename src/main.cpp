#include <cstdio>
#include <exception>

#include "cli/app.hpp"
#include "core/temp_files.hpp"
#include "core/terminal.hpp"

int main(int argc, char** argv) {
    // An interrupted run removes its temporary files and ends with the signal's status (130, 143).
    medvirk::temp_files::install_handlers();
    int rc;
    try {
        rc = medvirk::cli::run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "medvirk: feil: uventet feil / unexpected error: %s\n",
                     medvirk::terminal_safe(e.what()).c_str());
        return 2;
    }
    // Output that could not be written (a full disk, a closed pipe) is an error, never a silent
    // success.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr,
                     "medvirk: feil: kunne ikke skrive til standard ut / could not write to "
                     "standard output\n");
        return 2;
    }
    return rc;
}
