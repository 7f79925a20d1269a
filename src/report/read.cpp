#include "report/read.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "report/formats.hpp"

namespace medvirk::report {

std::optional<nlohmann::json> read_report(const std::string& path, Diagnostics& errors) {
    using json = nlohmann::json;
    constexpr std::uintmax_t limit = 100 * 1024 * 1024;
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
    json j;
    try {
        j = json::parse(ss.str());
    } catch (const json::parse_error& e) {
        errors.push_back({{path}, "bad-json",
                          {fmt::format("er ikke en JSON-rapport fra medvirk (ugyldig JSON ved byte {})", e.byte),
                           fmt::format("is not a medvirk JSON report (invalid JSON at byte {})", e.byte)}});
        return std::nullopt;
    }
    auto format = j.is_object() && j.contains("rapportformat") ? j["rapportformat"] : json();
    if (!format.is_string() || format.get<std::string>() != "medvirk-rapport" || !j.contains("tjenester") || !j["tjenester"].is_array()) {
        errors.push_back({{path}, "bad-report",
                          {"er ikke en JSON-rapport fra «medvirk audit --format json»",
                           "is not a JSON report from «medvirk audit --format json»"}});
        return std::nullopt;
    }
    const json& version = j.contains("formatversjon") ? j["formatversjon"] : json();
    if (!version.is_number_integer() || version.get<long long>() != json_report_version) {
        errors.push_back({{path}, "bad-report",
                          {fmt::format("rapporten har formatversjon {}, men denne versjonen av medvirk leser {}",
                                       version.is_null() ? "(ingen)" : version.dump(), json_report_version),
                           fmt::format("the report has format version {}, but this medvirk reads {}",
                                       version.is_null() ? "(none)" : version.dump(), json_report_version)}});
        return std::nullopt;
    }
    for (const auto& s : j["tjenester"]) {
        if (!s.is_object()) {
            errors.push_back({{path}, "bad-report",
                              {"en oppføring i «tjenester» er ikke et objekt", "an entry in «tjenester» is not an object"}});
            return std::nullopt;
        }
    }
    return j;
}

}  // namespace medvirk::report
