#include "cli/progress.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace medvirk::cli {

Progress::Progress(bool enabled, Lang lang)
    : enabled_(enabled), lang_(lang), start_(std::chrono::steady_clock::now()) {
    if (const char* d = std::getenv("MEDVIRK_PROGRESS_DELAY_MS"); d && *d) {
        char* end = nullptr;
        long ms = std::strtol(d, &end, 10);
        if (end && *end == '\0' && ms >= 0) delay_ = std::chrono::milliseconds(ms);
    }
}

Progress::~Progress() { finish(); }

void Progress::update(size_t done, size_t total) {
    if (!enabled_ || total == 0) return;
    auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(mutex_);
    if (now - start_ < delay_) return;
    // Redraw at most ten times a second, and always for the last file.
    if (drawn_ && done < total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    constexpr size_t width = 30;
    size_t filled = done * width / total;
    std::string bar = std::string(filled, '#') + std::string(width - filled, '-');
    std::string line =
        fmt::format(fmt::runtime(lang_ == Lang::en ? "\r[{}] {}/{} files, {:.0f} files/s"
                                                   : "\r[{}] {}/{} filer, {:.0f} filer/s"),
                    bar, done, total, rate);
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    drawn_ = true;
}

void Progress::finish() {
    if (!enabled_) return;
    std::lock_guard lock(mutex_);
    if (!drawn_) return;
    std::fputs("\r\033[K", stderr);  // back to the start of the line, and clear it
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace medvirk::cli
