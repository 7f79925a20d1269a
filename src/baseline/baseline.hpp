#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diag.hpp"
#include "engine/audit.hpp"

namespace medvirk::baseline {

// A recorded finding. The fingerprint hashes rule, service, document and field path, never a line
// number, so it survives lines moving in the routine files.
struct Entry {
    std::string fingerprint;
    std::string rule;
    std::string service;
    std::string document;
    std::string path;
    std::string grade;
};

struct Baseline {
    std::string created;         // audit date of the run that made it
    std::vector<Entry> entries;  // sorted by fingerprint
};

inline constexpr int baseline_version = 1;

// The current findings (avvik, merknad, forbedringspunkt, feil) as a baseline file (JSON).
std::string create(const engine::Report& report);
// The same from the entries of every service (entries_of), gathered batch by batch.
std::vector<Entry> entries_of(const engine::ServiceReport& service);
std::string create(Date as_of, std::vector<Entry> entries);

// Reads a baseline file; nullopt with errors (file:line:col where known) when it is not one.
std::optional<Baseline> read(const std::string& path, Diagnostics& errors);

// Marks the report's findings that the baseline holds (Finding::baselined) and counts them, and
// counts the baseline entries that are no longer findings (fixed since).
engine::BaselineSummary apply(engine::Report& report, const Baseline& base);

// apply() service by service: mark each service, then read the summary.
class Matcher {
public:
    explicit Matcher(const Baseline& base);
    void mark(engine::ServiceReport& service);
    engine::BaselineSummary summary() const;

private:
    std::set<std::string> known_, seen_;  // baseline fingerprints; those found among current findings
    size_t baselined_ = 0;
};

// `medvirk diff`: findings new in, fixed by, and persisting into the newer of two JSON reports.
struct Diff {
    std::vector<Entry> added, fixed, persisting;
};
std::optional<Diff> diff(const std::string& old_report, const std::string& new_report, Diagnostics& errors);

}  // namespace medvirk::baseline
