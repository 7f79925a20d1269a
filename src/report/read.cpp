#include "report/read.hpp"

#include <fmt/format.h>

#include <istream>

#include "core/file.hpp"
#include "report/formats.hpp"

namespace medvirk::report {

namespace {

using json = nlohmann::json;

struct Stop {
    Text why;
};

Diagnostic bad_report(const std::string& path, Text why) {
    return {{path}, "bad-report", std::move(why)};
}

}  // namespace

std::optional<json> read_report(const std::string& path, Diagnostics& errors,
                                const ServiceReader& on_service, std::uintmax_t limit) {
    LimitedInput buffer(path, limit);
    if (!buffer.open(errors)) return std::nullopt;
    std::istream in(&buffer);
    // Each entry of the top-level «tjenester» list is handed on when complete and dropped.
    std::string key;           // the last top-level key
    bool in_services = false;  // inside the top-level «tjenester» list
    size_t index = 0;
    json summaries = json::array();
    auto callback = [&](int depth, json::parse_event_t event, json& parsed) {
        using E = json::parse_event_t;
        if (depth == 1 && event == E::key) key = parsed.get<std::string>();
        if (depth == 1 && event == E::array_start) in_services = key == "tjenester";
        if (depth == 1 && event == E::array_end) in_services = false;
        if (!in_services || depth != 2) return true;
        if (event == E::value)
            throw Stop{{"en oppføring i «tjenester» er ikke et objekt",
                        "an entry in «tjenester» is not an object"}};
        if (event != E::object_end) return true;
        json summary = json::object();
        for (const char* k : {"id", "navn", "fil"})
            if (auto it = parsed.find(k); it != parsed.end()) summary[k] = *it;
        summaries.push_back(std::move(summary));
        if (auto why = on_service(std::move(parsed), index++)) throw Stop{std::move(*why)};
        return false;  // dropped
    };
    json j;
    try {
        j = json::parse(in, callback);
    } catch (const json::parse_error& e) {
        if (!buffer.check(errors)) return std::nullopt;
        errors.push_back(
            {{path},
             "bad-json",
             {fmt::format("er ikke en JSON-rapport fra medvirk (ugyldig JSON ved byte {})", e.byte),
              fmt::format("is not a medvirk JSON report (invalid JSON at byte {})", e.byte)}});
        return std::nullopt;
    } catch (const Stop& stop) {
        if (!buffer.check(errors)) return std::nullopt;
        errors.push_back(bad_report(path, stop.why));
        return std::nullopt;
    }
    if (!buffer.check(errors)) return std::nullopt;
    auto format = j.is_object() && j.contains("rapportformat") ? j["rapportformat"] : json();
    if (!format.is_string() || format.get<std::string>() != "medvirk-rapport" ||
        !j.contains("tjenester") || !j["tjenester"].is_array()) {
        errors.push_back(
            bad_report(path, {"er ikke en JSON-rapport fra «medvirk audit --format json»",
                              "is not a JSON report from «medvirk audit --format json»"}));
        return std::nullopt;
    }
    const json& version = j.contains("formatversjon") ? j["formatversjon"] : json();
    if (!version.is_number_integer() || version.get<long long>() != json_report_version) {
        errors.push_back(bad_report(
            path,
            {fmt::format("rapporten har formatversjon {}, men denne versjonen av medvirk leser {}",
                         version.is_null() ? "(ingen)" : version.dump(), json_report_version),
             fmt::format("the report has format version {}, but this medvirk reads {}",
                         version.is_null() ? "(none)" : version.dump(), json_report_version)}));
        return std::nullopt;
    }
    j["tjenester"] = std::move(summaries);
    return j;
}

}  // namespace medvirk::report
