#include "baseline/baseline.hpp"

#include "core/file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace medvirk::baseline {

namespace {

using json = nlohmann::ordered_json;

std::optional<json> read_json(const std::string& path, const char* what_nb, const char* what_en, Diagnostics& errors) {
    auto bytes = read_whole_file(path, 100 * 1024 * 1024, errors);
    if (!bytes) return std::nullopt;
    try {
        return json::parse(*bytes);
    } catch (const json::parse_error& e) {
        errors.push_back({{path}, "bad-json",
                          {fmt::format("er ikke {} (ugyldig JSON ved byte {})", what_nb, e.byte),
                           fmt::format("is not {} (invalid JSON at byte {})", what_en, e.byte)}});
        return std::nullopt;
    }
}

std::string str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

}  // namespace

std::vector<Entry> entries_of(const engine::ServiceReport& s) {
    std::vector<Entry> entries;
    for (const auto& f : s.results)
        if (engine::is_finding(f.grade))
            entries.push_back({f.fingerprint, f.rule->id, f.service, f.document, f.path, engine::grade_key(f.grade)});
    return entries;
}

std::string create(const engine::Report& report) {
    std::vector<Entry> entries;
    for (const auto& s : report.services)
        for (auto& e : entries_of(s)) entries.push_back(std::move(e));
    return create(report.as_of, std::move(entries));
}

std::string create(Date as_of, std::vector<Entry> entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.fingerprint < b.fingerprint; });
    entries.erase(std::unique(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.fingerprint == b.fingerprint; }),
                  entries.end());
    json root;
    root["format"] = "medvirk-grunnlinje";
    root["formatversjon"] = baseline_version;
    root["revisjonsdato"] = as_of.str();
    root["funn"] = json::array();
    for (const auto& e : entries)
        root["funn"].push_back({{"fingeravtrykk", e.fingerprint}, {"regel", e.rule}, {"tjeneste", e.service},
                                {"dokument", e.document}, {"sti", e.path}, {"grad", e.grade}});
    return root.dump(2) + "\n";
}

std::optional<Baseline> read(const std::string& path, Diagnostics& errors) {
    auto j = read_json(path, "en grunnlinje", "a baseline", errors);
    if (!j) return std::nullopt;
    if (!j->is_object() || str(*j, "format") != "medvirk-grunnlinje" || !j->contains("funn") || !(*j)["funn"].is_array()) {
        errors.push_back({{path}, "bad-baseline",
                          {"er ikke en grunnlinje fra «medvirk baseline create»", "is not a baseline from «medvirk baseline create»"}});
        return std::nullopt;
    }
    const json* version = j->contains("formatversjon") ? &(*j)["formatversjon"] : nullptr;
    if (!version || !version->is_number_integer() || version->get<long long>() != baseline_version) {
        errors.push_back({{path}, "bad-baseline",
                          {fmt::format("grunnlinjen har formatversjon {}, men denne versjonen av medvirk leser {}",
                                       version ? version->dump() : "(ingen)", baseline_version),
                           fmt::format("the baseline has format version {}, but this medvirk reads {}",
                                       version ? version->dump() : "(none)", baseline_version)}});
        return std::nullopt;
    }
    Baseline b;
    b.created = str(*j, "revisjonsdato");
    for (const auto& e : (*j)["funn"]) {
        if (!e.is_object() || !e.contains("fingeravtrykk") || !e["fingeravtrykk"].is_string()) {
            errors.push_back({{path}, "bad-baseline",
                              {"en oppføring i «funn» mangler «fingeravtrykk»", "an entry in «funn» lacks «fingeravtrykk»"}});
            return std::nullopt;
        }
        b.entries.push_back({str(e, "fingeravtrykk"), str(e, "regel"), str(e, "tjeneste"), str(e, "dokument"), str(e, "sti"), str(e, "grad")});
    }
    return b;
}

Matcher::Matcher(const Baseline& base) {
    for (const auto& e : base.entries) known_.insert(e.fingerprint);
}

void Matcher::mark(engine::ServiceReport& s) {
    for (auto& f : s.results) {
        if (!engine::is_finding(f.grade) || !known_.count(f.fingerprint)) continue;
        f.baselined = true;
        ++baselined_;
        seen_.insert(f.fingerprint);
    }
}

engine::BaselineSummary Matcher::summary() const {
    engine::BaselineSummary summary;
    summary.baselined = baselined_;
    summary.fixed = known_.size() - seen_.size();
    return summary;
}

engine::BaselineSummary apply(engine::Report& report, const Baseline& base) {
    Matcher m(base);
    for (auto& s : report.services) m.mark(s);
    return m.summary();
}

std::optional<Diff> diff(const std::string& old_path, const std::string& new_path, Diagnostics& errors) {
    auto findings = [&](const std::string& path) -> std::optional<std::map<std::string, Entry>> {
        auto j = read_json(path, "en JSON-rapport fra medvirk", "a medvirk JSON report", errors);
        if (!j) return std::nullopt;
        auto well_formed = [](const json& r) {
            if (!r.is_object() || !r.contains("tjenester") || !r["tjenester"].is_array()) return false;
            for (const auto& s : r["tjenester"]) {
                if (!s.is_object() || !s.contains("resultater") || !s["resultater"].is_array()) return false;
                for (const auto& x : s["resultater"])
                    if (!x.is_object() || !x.contains("fingeravtrykk") || !x["fingeravtrykk"].is_string()) return false;
            }
            return true;
        };
        if (!j->is_object() || str(*j, "rapportformat") != "medvirk-rapport" || !well_formed(*j)) {
            errors.push_back({{path}, "bad-report",
                              {"er ikke en JSON-rapport fra «medvirk audit --format json»",
                               "is not a JSON report from «medvirk audit --format json»"}});
            return std::nullopt;
        }
        std::map<std::string, Entry> out;
        for (const auto& s : (*j)["tjenester"]) {
            for (const auto& r : s["resultater"]) {
                std::string grade = str(r, "grad");
                if (grade != "avvik" && grade != "merknad" && grade != "forbedringspunkt" && grade != "feil") continue;
                out[str(r, "fingeravtrykk")] = {str(r, "fingeravtrykk"), str(r, "regel"), str(s, "id"), str(r, "dokument"),
                                                str(r, "sti"), grade};
            }
        }
        return out;
    };
    auto before = findings(old_path);
    auto after = findings(new_path);
    if (!before || !after) return std::nullopt;
    Diff d;
    for (const auto& [fp, e] : *after) (before->count(fp) ? d.persisting : d.added).push_back(e);
    for (const auto& [fp, e] : *before)
        if (!after->count(fp)) d.fixed.push_back(e);
    return d;
}

}  // namespace medvirk::baseline
