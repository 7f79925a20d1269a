#include "report/read.hpp"

#include <fmt/format.h>

#include "core/file.hpp"
#include "report/formats.hpp"

namespace medvirk::report {

std::optional<nlohmann::json> read_report(const std::string& path, Diagnostics& errors) {
    using json = nlohmann::json;
    auto bytes = read_whole_file(path, 100 * 1024 * 1024, errors);
    if (!bytes) return std::nullopt;
    json j;
    try {
        j = json::parse(*bytes);
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
