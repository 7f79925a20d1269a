#pragma once

#include <cstdint>
#include <optional>
#include <streambuf>
#include <string>

#include "core/diag.hpp"

namespace medvirk {

// A file read in bounded chunks, whatever its kind: a regular file, a device (/dev/zero) or a pipe
// never yields more than `limit` bytes. Past the limit it reports end of input and exceeded() is
// true; the reader must then call check(), which adds the limit-size diagnostic.
class LimitedInput : public std::streambuf {
  public:
    LimitedInput(std::string path, std::uintmax_t limit) : path_(std::move(path)), limit_(limit) {}
    ~LimitedInput() override;
    LimitedInput(const LimitedInput&) = delete;
    LimitedInput& operator=(const LimitedInput&) = delete;

    // Opens the file; false with a diagnostic (a directory, a regular file known to be over the
    // limit, an unreadable file).
    bool open(Diagnostics& errors);
    // After reading: false with a diagnostic when the limit was passed or a read failed.
    bool check(Diagnostics& errors) const;
    bool exceeded() const { return exceeded_; }

  protected:
    int_type underflow() override;

  private:
    std::string path_;
    std::uintmax_t limit_;
    int fd_ = -1;
    std::uintmax_t total_ = 0;
    bool exceeded_ = false;
    int read_error_ = 0;
    char buffer_[64 * 1024];
};

// Reads a whole file that is expected to be modest in size (a baseline) through LimitedInput.
// Refuses a directory, a file over `limit` bytes (a regular file before reading it, any other
// kind once the limit is read) and an unreadable file, with a diagnostic for each.
std::optional<std::string> read_whole_file(const std::string& path, std::uintmax_t limit,
                                           Diagnostics& errors);

}  // namespace medvirk
