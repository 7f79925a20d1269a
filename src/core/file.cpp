#include "core/file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace medvirk {

std::optional<std::string> read_whole_file(const std::string& path, std::uintmax_t limit, Diagnostics& errors) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        errors.push_back({{path}, "unreadable-file", {"er en mappe, ikke en fil", "is a directory, not a file"}});
        return std::nullopt;
    }
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > limit) {
        errors.push_back({{path}, "limit-size",
                          {fmt::format("filen er {} byte, over grensen på {} byte", size, limit),
                           fmt::format("the file is {} bytes, over the limit of {} bytes", size, limit)}});
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back({{path}, "unreadable-file", {"kan ikke lese filen", "cannot read the file"}});
        return std::nullopt;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) {
        errors.push_back({{path}, "unreadable-file", {"kan ikke lese filen", "cannot read the file"}});
        return std::nullopt;
    }
    return ss.str();
}

}  // namespace medvirk
