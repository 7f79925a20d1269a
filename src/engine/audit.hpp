#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diag.hpp"
#include "core/text.hpp"
#include "engine/registers.hpp"
#include "engine/suggest.hpp"
#include "model/routine_set.hpp"
#include "rules/rule.hpp"

namespace medvirk::engine {

// The result of one rule for one subject. Failures take their grade from the rule's strength.
// `fravik`: a bør/kan rule not met, under a valid documented deviation (docs/rules.md).
// `forbehold`: met, but on evidence that counts only with a reservation the result states
// (docs/format.md, «Hva som teller som bevis»): for the advisor to check, never a finding.
enum class Grade {
    avvik,
    merknad,
    forbedringspunkt,
    oppfylt,
    ikke_relevant,
    feil,
    fravik,
    forbehold
};
inline constexpr size_t grade_count = 8;

const char* grade_name(Grade g, Lang lang);  // "avvik" / "nonconformity", …
const char* grade_key(Grade g);              // stable key: avvik, merknad, …, ikke_relevant, feil
Grade grade_for(rules::Strength s);          // what a failure of this strength is graded
bool is_finding(Grade g);                    // avvik, merknad, forbedringspunkt, feil
bool is_reported(Grade g);                   // findings, fravik and forbehold: shown without --all
bool is_met(Grade g);  // oppfylt, forbehold or fravik: counts as met in scores

// Status of an advice item for one service (docs/rules.md, "Status per råd").
enum class Status { oppfylt, delvis_oppfylt, ikke_oppfylt, ikke_relevant };
const char* status_name(Status s, Lang lang);
const char* status_key(Status s);

struct Finding {
    Location loc;
    const rules::Rule* rule = nullptr;
    std::string service;   // service id
    std::string document;  // id of the checked document
    Grade grade = Grade::oppfylt;
    Text detail;              // evidence when met, what is missing when not
    Text headline;            // when set, shown instead of the rule's message (or title)
    std::string path;         // the field, tag or document type looked at (with [n] for list items)
    std::string fingerprint;  // rule, service, document and path: survives line moves (baselines)
    bool baselined = false;   // recorded in the --baseline file: not new, not reported as new
};

// Status and score of a group of results: an advice item, a level, or the whole service
// (docs/scoring.md). Weights: skal 3, bør 2, kan 1, over the applicable results.
// Every applicable rule counts once per service: its results (one per document or list item)
// together are met when none is a finding and at least one is met.
struct Score {
    Status status = Status::ikke_relevant;
    size_t passed = 0;    // rules met, of those the status counts
    size_t total = 0;     // rules the status counts: applicable skal/bør ones, else all applicable
    size_t reserved = 0;  // of the rules met, those met only with a reservation (forbehold)
    size_t earned = 0;    // points of the applicable rules met (also with forbehold or fravik)
    size_t possible = 0;  // points of all applicable rules

    // Rounded percentage; 100 when nothing applies.
    int percent() const {
        return possible ? static_cast<int>((earned * 200 + possible) / (possible * 2)) : 100;
    }
};

size_t weight(rules::Strength s);

struct AdviceStatus : Score {
    const rules::Advice* advice = nullptr;
};

struct LevelScore : Score {
    std::string level;  // system | tjeneste | individ | dokument
};

// A coverage view (e.g. CHIME) for one service: per element, the steps of approved, current
// routine documents (of the view's document types) that carry one of the element's tags.
struct ViewStep {
    std::string document;  // id of the routine document
    Location loc;          // of the step
    std::string text;      // the step, shortened
    std::string tag;       // the tag that placed it here
};

struct ViewElementResult {
    const rules::ViewElement* element = nullptr;
    std::vector<ViewStep> steps;  // sorted by file, line, column; empty: not covered
};

struct ViewResult {
    const rules::CoverageView* view = nullptr;
    std::vector<ViewElementResult> elements;  // the view's order
    size_t covered() const;                   // elements with at least one step
};

std::vector<ViewResult> coverage_views(const model::Service& service,
                                       const rules::Catalogue& catalogue, Date as_of);

// What a report says of a routine document: copied out of the document model, so that a report
// outlives the documents it was made from (large audits free each batch of documents at once).
struct DocumentInfo {
    std::string id, type, file;
    std::optional<std::string> title;  // `tittel`, when a scalar
    int line = 0;
};

struct ServiceInfo {
    std::string id;
    std::string name;                 // `navn`, empty when not a scalar
    std::vector<std::string> levels;  // `nivå`: the law a finding shows is the law that binds these
    std::string file;
    int index = 0;  // document position in the file
    int line = 0, col = 0;
    std::vector<DocumentInfo>
        documents;  // the service's routine documents, sorted by file, then index

    Location location() const { return {file, line, col}; }
};

struct ServiceReport {
    ServiceInfo service;
    std::vector<Finding> results;  // every result, sorted by file, line, column, rule
    std::array<size_t, grade_count> counts{};
    std::vector<AdviceStatus> advice;  // catalogue order
    std::vector<LevelScore> levels;    // system, tjeneste, individ, dokument (those with rules)
    Score total;
    std::vector<ViewResult> views;  // the catalogue's coverage views, in order
    // Filled only when the audit is asked for registers (the JSON and HTML reports show them).
    std::vector<CoverageRow> coverage;       // coverage_matrix
    std::vector<DeviationEntry> deviations;  // deviation_register
    // Filled only when asked for (audit --suggest-tags): tagging help, never evidence.
    std::optional<std::vector<TagSuggestion>> suggestions;
};

struct InputFile {
    std::string file;
    std::string sha256;
};

struct BaselineSummary {
    std::string file;
    size_t baselined = 0;  // current findings found in the baseline (not reported)
    size_t fixed = 0;      // baseline entries that are no longer findings
};

struct Report {
    Date as_of;
    std::optional<BaselineSummary> baseline;
    std::vector<InputFile> inputs;  // every file read, with its hash (filled in by the caller)
    std::vector<ServiceReport> services;
    std::array<size_t, grade_count> counts{};
    const rules::Catalogue* catalogue = nullptr;
};

// The report points into `catalogue`, which must outlive it, and holds nothing of `services`.
// Services are audited on up to `jobs` threads; the report does not depend on `jobs`.
// `registers`: also fill each service's coverage matrix and deviation register.
Report audit(const std::vector<model::Service>& services, const rules::Catalogue& catalogue,
             Date as_of, unsigned jobs = 1, bool registers = true);

// The legal basis a result shows: the rule's `hjemmel` items that bind the service's level.
std::vector<std::string> legal_of(const Finding& f, const ServiceInfo& service);

// What a result says in one line: its headline when set, else the rule's title when met or not
// applicable, else the rule's message.
const Text& headline_of(const Finding& f);

// The rule's applicability to a service; false with a reason when it does not apply.
bool applies(const rules::Rule& rule, const model::Service& service, Text* reason = nullptr);

}  // namespace medvirk::engine
