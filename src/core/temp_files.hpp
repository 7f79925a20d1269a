#pragma once

#include <csignal>
#include <cstddef>
#include <string>

namespace medvirk::temp_files {

// Temporary files that must not outlive the process. A fixed table that a signal handler can walk
// without allocating: on SIGINT, SIGTERM or SIGHUP every registered path is unlinked and the
// signal is raised again with its default action, so the exit status is the usual one
// (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).

// Installs the handler for SIGINT, SIGTERM and SIGHUP. A signal ignored when medvirk started
// (nohup, a background job of a shell without job control) stays ignored.
void install_handlers();

// Registers a path (at most `max_path` bytes; it must stay valid while the working directory does
// not change). Returns a slot number, or -1 when the path is too long or the table is full.
inline constexpr std::size_t slots = 256;
inline constexpr std::size_t max_path = 4095;
int add(const std::string& path);

// Forgets a slot (the file was renamed into place or removed).
void remove(int slot);

// How many paths are registered (for tests).
std::size_t count();

// Unlinks every registered path and forgets it (what the handler does; for tests).
void unlink_all();

// Blocks SIGINT, SIGTERM and SIGHUP in this thread while it lives, so that a sequence of steps
// (create and register a file; rename several files into place) is not cut in the middle; a signal
// that arrives meanwhile is delivered when it ends.
class SignalBlock {
  public:
    SignalBlock();
    ~SignalBlock();
    SignalBlock(const SignalBlock&) = delete;
    SignalBlock& operator=(const SignalBlock&) = delete;

  private:
    sigset_t saved_;
};

}  // namespace medvirk::temp_files
