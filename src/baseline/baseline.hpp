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
    std::string pack;  // diff only: the rule's pack, as the report names it
};

// A rule pack a baseline or report was made with.
struct PackRef {
    std::string id;
    std::string version;
    bool operator==(const PackRef&) const = default;
};

struct Baseline {
    std::string created;                        // audit date of the run that made it
    std::vector<Entry> entries;                 // sorted by fingerprint
    std::optional<std::vector<PackRef>> packs;  // «regelpakker»; absent in older baselines
};

inline constexpr int baseline_version = 1;

// The current findings (avvik, merknad, forbedringspunkt, feil) as a baseline file (JSON), with the
// rule packs (id and version) that produced them.
std::string create(const engine::Report& report);
// The same from the entries of every service (entries_of), gathered batch by batch.
std::vector<Entry> entries_of(const engine::ServiceReport& service);
std::string create(const rules::Catalogue& catalogue, Date as_of, std::vector<Entry> entries);

// The applied packs of a catalogue.
std::vector<PackRef> packs_of(const rules::Catalogue& catalogue);

// A plain statement that two runs used different packs (nullopt when they did not), and of the
// findings of the older run whose rules the newer run did not evaluate (not counted as fixed).
// The names: «grunnlinjen» / «denne kjøringen», «den gamle rapporten» / «den nye rapporten».
std::optional<Text> pack_mismatch(const Text& before_name, const Text& after_name,
                                  const std::optional<std::vector<PackRef>>& before,
                                  const std::vector<PackRef>& after, size_t not_evaluated);

// Reads a baseline file; nullopt with errors (file:line:col where known) when it is not one.
std::optional<Baseline> read(const std::string& path, Diagnostics& errors);

// Marks the report's findings that the baseline holds (Finding::baselined) and counts them, and
// counts the baseline entries that are no longer findings (fixed since). Entries of rules that the
// report's catalogue does not hold were not evaluated: they are counted apart, never as fixed.
engine::BaselineSummary apply(engine::Report& report, const Baseline& base);

// apply() service by service: mark each service, then read the summary. Without a catalogue every
// entry's rule counts as evaluated.
class Matcher {
  public:
    explicit Matcher(const Baseline& base, const rules::Catalogue* catalogue = nullptr);
    void mark(engine::ServiceReport& service);
    engine::BaselineSummary summary() const;
    size_t not_evaluated() const {
        return not_evaluated_;
    }  // entries of rules not in the catalogue

  private:
    std::set<std::string> known_,
        seen_;  // baseline fingerprints; those found among current findings
    size_t baselined_ = 0;
    size_t not_evaluated_ = 0;
};

// `medvirk diff`: findings new in, fixed by, and persisting into the newer of two JSON reports.
// Findings of the old report whose pack the new report did not apply are neither fixed nor
// persisting: they are counted in not_evaluated.
struct Diff {
    std::vector<Entry> added, fixed, persisting;
    std::vector<PackRef> old_packs, new_packs;
    size_t not_evaluated = 0;
};
std::optional<Diff> diff(const std::string& old_report, const std::string& new_report,
                         Diagnostics& errors);

}  // namespace medvirk::baseline
