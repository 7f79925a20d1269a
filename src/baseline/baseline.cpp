#include "baseline/baseline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <istream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/file.hpp"
#include "report/read.hpp"

namespace medvirk::baseline {

namespace {

using json = nlohmann::ordered_json;

// The most a baseline file may hold, whatever its kind (docs/ci.md): read in bounded chunks, so a
// device or a pipe stops there too.
constexpr std::uintmax_t baseline_read_limit = 100 * 1024 * 1024;

std::optional<json> read_json(const std::string& path, const char* what_nb, const char* what_en,
                              Diagnostics& errors) {
    LimitedInput buffer(path, baseline_read_limit);
    if (!buffer.open(errors)) return std::nullopt;
    std::istream in(&buffer);
    try {
        json j = json::parse(in);
        if (!buffer.check(errors)) return std::nullopt;
        return j;
    } catch (const json::parse_error& e) {
        if (!buffer.check(errors)) return std::nullopt;
        errors.push_back({{path},
                          "bad-json",
                          {fmt::format("er ikke {} (ugyldig JSON ved byte {})", what_nb, e.byte),
                           fmt::format("is not {} (invalid JSON at byte {})", what_en, e.byte)}});
        return std::nullopt;
    }
}

std::string pack_list(const std::vector<PackRef>& packs) {
    std::vector<std::string> names;
    for (const auto& p : packs) names.push_back(p.id + " " + p.version);
    return names.empty() ? "–" : fmt::format("{}", fmt::join(names, ", "));
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
            entries.push_back({f.fingerprint, f.rule->id, f.service, f.document, f.path,
                               engine::grade_key(f.grade)});
    return entries;
}

std::vector<PackRef> packs_of(const rules::Catalogue& catalogue) {
    std::vector<PackRef> packs;
    for (const auto& p : catalogue.packs) packs.push_back({p.id, p.version});
    return packs;
}

std::optional<Text> pack_mismatch(const Text& before_name, const Text& after_name,
                                  const std::optional<std::vector<PackRef>>& before,
                                  const std::vector<PackRef>& after, size_t not_evaluated) {
    auto sorted = [](std::vector<PackRef> v) {
        std::sort(v.begin(), v.end(), [](const PackRef& a, const PackRef& b) {
            return std::tie(a.id, a.version) < std::tie(b.id, b.version);
        });
        return v;
    };
    bool differ = before && sorted(*before) != sorted(after);
    if (!differ && not_evaluated == 0) return std::nullopt;
    Text t;
    if (differ) {
        t.nb = fmt::format("{} ble laget med andre regelpakker ({}) enn {} ({})", before_name.nb,
                           pack_list(*before), after_name.nb, pack_list(after));
        t.en = fmt::format("{} was made with other rule packs ({}) than {} ({})", before_name.en,
                           pack_list(*before), after_name.en, pack_list(after));
    } else {
        t.nb = fmt::format("{} har funn fra regler som {} ikke har", before_name.nb, after_name.nb);
        t.en = fmt::format("{} has findings of rules that {} does not have", before_name.en,
                           after_name.en);
    }
    t.nb += fmt::format("; {} funn fra regler som {} ikke vurderte, telles ikke som rettet",
                        not_evaluated, after_name.nb);
    t.en +=
        fmt::format("; {} finding(s) of rules that {} did not evaluate are not counted as fixed",
                    not_evaluated, after_name.en);
    return t;
}

std::string create(const engine::Report& report) {
    std::vector<Entry> entries;
    for (const auto& s : report.services)
        for (auto& e : entries_of(s)) entries.push_back(std::move(e));
    return create(*report.catalogue, report.as_of, std::move(entries));
}

std::string create(const rules::Catalogue& catalogue, Date as_of, std::vector<Entry> entries) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.fingerprint < b.fingerprint; });
    entries.erase(
        std::unique(entries.begin(), entries.end(),
                    [](const Entry& a, const Entry& b) { return a.fingerprint == b.fingerprint; }),
        entries.end());
    json root;
    root["format"] = "medvirk-grunnlinje";
    root["formatversjon"] = baseline_version;
    root["revisjonsdato"] = as_of.str();
    root["regelpakker"] = json::array();
    for (const auto& p : packs_of(catalogue))
        root["regelpakker"].push_back({{"id", p.id}, {"versjon", p.version}});
    root["funn"] = json::array();
    for (const auto& e : entries)
        root["funn"].push_back({{"fingeravtrykk", e.fingerprint},
                                {"regel", e.rule},
                                {"tjeneste", e.service},
                                {"dokument", e.document},
                                {"sti", e.path},
                                {"grad", e.grade}});
    return root.dump(2) + "\n";
}

std::optional<Baseline> read(const std::string& path, Diagnostics& errors) {
    auto j = read_json(path, "en grunnlinje", "a baseline", errors);
    if (!j) return std::nullopt;
    if (!j->is_object() || str(*j, "format") != "medvirk-grunnlinje" || !j->contains("funn") ||
        !(*j)["funn"].is_array()) {
        errors.push_back({{path},
                          "bad-baseline",
                          {"er ikke en grunnlinje fra «medvirk baseline create»",
                           "is not a baseline from «medvirk baseline create»"}});
        return std::nullopt;
    }
    const json* version = j->contains("formatversjon") ? &(*j)["formatversjon"] : nullptr;
    if (!version || !version->is_number_integer() ||
        version->get<long long>() != baseline_version) {
        errors.push_back(
            {{path},
             "bad-baseline",
             {fmt::format(
                  "grunnlinjen har formatversjon {}, men denne versjonen av medvirk leser {}",
                  version ? version->dump() : "(ingen)", baseline_version),
              fmt::format("the baseline has format version {}, but this medvirk reads {}",
                          version ? version->dump() : "(none)", baseline_version)}});
        return std::nullopt;
    }
    Baseline b;
    b.created = str(*j, "revisjonsdato");
    if (j->contains("regelpakker")) {
        const json& packs = (*j)["regelpakker"];
        bool ok = packs.is_array();
        std::vector<PackRef> refs;
        for (size_t i = 0; ok && i < packs.size(); ++i) {
            ok = packs[i].is_object() && packs[i].contains("id") && packs[i]["id"].is_string();
            if (ok) refs.push_back({str(packs[i], "id"), str(packs[i], "versjon")});
        }
        if (!ok) {
            errors.push_back({{path},
                              "bad-baseline",
                              {"«regelpakker» er ikke en liste av regelpakker med «id»",
                               "«regelpakker» is not a list of rule packs with «id»"}});
            return std::nullopt;
        }
        b.packs = std::move(refs);
    }
    for (const auto& e : (*j)["funn"]) {
        if (!e.is_object() || !e.contains("fingeravtrykk") || !e["fingeravtrykk"].is_string()) {
            errors.push_back({{path},
                              "bad-baseline",
                              {"en oppføring i «funn» mangler «fingeravtrykk»",
                               "an entry in «funn» lacks «fingeravtrykk»"}});
            return std::nullopt;
        }
        b.entries.push_back({str(e, "fingeravtrykk"), str(e, "regel"), str(e, "tjeneste"),
                             str(e, "dokument"), str(e, "sti"), str(e, "grad")});
    }
    return b;
}

Matcher::Matcher(const Baseline& base, const rules::Catalogue* catalogue) {
    for (const auto& e : base.entries) {
        if (catalogue && !catalogue->rule(e.rule)) {
            ++not_evaluated_;  // its rule was not run: neither found nor fixed
            continue;
        }
        known_.insert(e.fingerprint);
    }
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
    Matcher m(base, report.catalogue);
    for (auto& s : report.services) m.mark(s);
    return m.summary();
}

std::optional<Diff> diff(const std::string& old_path, const std::string& new_path,
                         Diagnostics& errors) {
    using njson = nlohmann::json;
    auto nstr = [](const njson& j, const char* key) {
        auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string{};
    };
    // Each report read service by service (report::read_report: size limit, format and version
    // checked); only its findings are kept.
    auto findings =
        [&](const std::string& path,
            std::vector<PackRef>& packs) -> std::optional<std::map<std::string, Entry>> {
        std::map<std::string, Entry> out;
        auto head =
            report::read_report(path, errors, [&](njson&& s, size_t) -> std::optional<Text> {
                auto results = s.find("resultater");
                if (results == s.end() || !results->is_array())
                    return Text{"en tjeneste mangler «resultater»", "a service lacks «resultater»"};
                for (const auto& r : *results) {
                    if (!r.is_object() || !r.contains("fingeravtrykk") ||
                        !r["fingeravtrykk"].is_string())
                        return Text{"et resultat mangler «fingeravtrykk»",
                                    "a result lacks «fingeravtrykk»"};
                    std::string grade = nstr(r, "grad");
                    if (grade != "avvik" && grade != "merknad" && grade != "forbedringspunkt" &&
                        grade != "feil")
                        continue;
                    out[nstr(r, "fingeravtrykk")] = {
                        nstr(r, "fingeravtrykk"), nstr(r, "regel"), nstr(s, "id"),
                        nstr(r, "dokument"),      nstr(r, "sti"),   grade,
                        nstr(r, "pakke")};
                }
                return std::nullopt;
            });
        if (!head) return std::nullopt;
        if (auto p = head->find("regelpakker"); p != head->end() && p->is_array())
            for (const auto& pack : *p) packs.push_back({nstr(pack, "id"), nstr(pack, "versjon")});
        return out;
    };
    Diff d;
    auto before = findings(old_path, d.old_packs);
    auto after = findings(new_path, d.new_packs);
    if (!before || !after) return std::nullopt;
    std::set<std::string> applied;
    for (const auto& p : d.new_packs) applied.insert(p.id);
    for (const auto& [fp, e] : *after) (before->count(fp) ? d.persisting : d.added).push_back(e);
    for (const auto& [fp, e] : *before) {
        if (after->count(fp)) continue;
        // A finding of a pack the new report did not apply was not evaluated: not fixed.
        if (!e.pack.empty() && !applied.count(e.pack))
            ++d.not_evaluated;
        else
            d.fixed.push_back(e);
    }
    return d;
}

}  // namespace medvirk::baseline
