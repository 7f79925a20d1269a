#include "core/file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace medvirk {

namespace {

Diagnostic unreadable(const std::string& path, int err) {
    return {{path},
            "unreadable-file",
            {fmt::format("kan ikke lese filen ({})", std::strerror(err)),
             fmt::format("cannot read the file ({})", std::strerror(err))}};
}

}  // namespace

LimitedInput::~LimitedInput() {
    if (fd_ >= 0) ::close(fd_);
}

bool LimitedInput::open(Diagnostics& errors) {
    struct stat st {};
    if (::stat(path_.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        errors.push_back({{path_},
                          "unreadable-file",
                          {"er en mappe, ikke en fil", "is a directory, not a file"}});
        return false;
    }
    if (::stat(path_.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
        static_cast<std::uintmax_t>(st.st_size) > limit_) {
        errors.push_back(
            {{path_},
             "limit-size",
             {fmt::format("filen er {} byte, over grensen på {} byte", st.st_size, limit_),
              fmt::format("the file is {} bytes, over the limit of {} bytes", st.st_size,
                          limit_)}});
        return false;
    }
    fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) {
        errors.push_back(
            {{path_}, "unreadable-file", {"kan ikke lese filen", "cannot read the file"}});
        return false;
    }
    return true;
}

LimitedInput::int_type LimitedInput::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (fd_ < 0 || exceeded_ || read_error_) return traits_type::eof();
    // One byte past the limit is asked for, to tell a file of exactly `limit` bytes from a longer
    // one.
    std::uintmax_t room = limit_ - total_ + 1;
    size_t want = room < sizeof buffer_ ? static_cast<size_t>(room) : sizeof buffer_;
    ssize_t n;
    do {
        n = ::read(fd_, buffer_, want);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        read_error_ = errno;
        return traits_type::eof();
    }
    if (n == 0) return traits_type::eof();
    total_ += static_cast<std::uintmax_t>(n);
    if (total_ > limit_) {
        exceeded_ = true;
        return traits_type::eof();
    }
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
}

bool LimitedInput::check(Diagnostics& errors) const {
    if (exceeded_) {
        errors.push_back(
            {{path_},
             "limit-size",
             {fmt::format("filen er større enn grensen på {} byte (lest til grensen)", limit_),
              fmt::format("the file is larger than the limit of {} bytes (read up to the limit)",
                          limit_)}});
        return false;
    }
    if (read_error_) {
        errors.push_back(unreadable(path_, read_error_));
        return false;
    }
    return true;
}

std::optional<std::string> read_whole_file(const std::string& path, std::uintmax_t limit,
                                           Diagnostics& errors) {
    LimitedInput in(path, limit);
    if (!in.open(errors)) return std::nullopt;
    std::string text;
    char chunk[64 * 1024];
    for (std::streamsize n; (n = in.sgetn(chunk, sizeof chunk)) > 0;)
        text.append(chunk, static_cast<size_t>(n));
    if (!in.check(errors)) return std::nullopt;
    return text;
}

}  // namespace medvirk
