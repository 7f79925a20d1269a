#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>

#include "core/text.hpp"

namespace medvirk::cli {

// A progress bar on standard error for long runs: files done of all, and the rate. It draws only
// when enabled (standard error is a terminal, no --quiet, no machine format on standard output)
// and only once the run has taken longer than a second (MEDVIRK_PROGRESS_DELAY_MS overrides the
// delay, for tests). Safe to call from several threads.
class Progress {
  public:
    Progress(bool enabled, Lang lang);
    ~Progress();
    void update(size_t done, size_t total);
    void finish();  // clears the line, if one was drawn

  private:
    bool enabled_;
    Lang lang_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_{};
    std::chrono::milliseconds delay_{1000};
    bool drawn_ = false;
    std::mutex mutex_;
};

}  // namespace medvirk::cli
