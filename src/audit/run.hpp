#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "baseline/baseline.hpp"
#include "core/date.hpp"
#include "core/text.hpp"
#include "engine/audit.hpp"
#include "model/routine_set.hpp"
#include "report/formats.hpp"
#include "report/stream.hpp"
#include "rules/rule.hpp"

// The audit as one library call: routine set in, report out. The layer above report/ and
// baseline/, below cli/ (which only parses options, checks outputs and prints).
namespace medvirk::audit {

// How the routine set is read: from `paths` on disk, in batches of whole services, or from
// `sources` held in memory (tests, fuzzing) when that is not empty.
struct Loading {
    std::vector<std::string> paths;
    std::vector<model::SourceFile> sources;
    unsigned jobs = 1;
    bool hashes = true;      // each file's SHA-256 (the report's inputs)
    size_t batch_files = 0;  // files read before a batch may be cut; 0: the loader's default
    std::function<void(size_t, size_t)> progress;  // files done, files in all
    std::function<void(const std::vector<std::string>&)>
        files;  // before any file is read; may throw
};

// Reads the routine set; `sink` sees each batch of services (and whether the set is free of errors
// so far). The batch is freed on `jobs` threads when the sink returns.
using BatchSink = std::function<void(const std::vector<model::Service>&, bool clean)>;
model::LoadResult load(const Loading& loading, const rules::Catalogue& catalogue,
                       const BatchSink& sink);

struct Request {
    const rules::Catalogue* catalogue = nullptr;
    Date as_of;  // the one date the audit is made for
    Loading routines;
    // The formats to render; the coverage matrix and deviation register are computed when one of
    // them shows them (Format::registers).
    std::vector<report::StreamedReport::Output> outputs;
    // Findings recorded here are marked as baselined and summed up in the report.
    const baseline::Baseline* baseline = nullptr;
    std::string baseline_file;
    // Also find each service's tagging suggestions (engine/suggest.hpp); they change nothing else.
    bool suggest_tags = false;
    // Sees every batch of audited services, after baseline marking (baseline create).
    std::function<void(const std::vector<engine::ServiceReport>&)> services;
};

// What an audit gave: the load's result (errors mean no report), and the report, rendered into
// every requested output, ready to be written.
class Outcome {
  public:
    model::LoadResult loaded;   // without services; errors, file counts and hashes
    std::optional<Text> error;  // the report could not be kept for writing (temporary file)
    // Findings (engine::is_finding) not in the baseline, by grade (engine::Grade as index).
    std::array<size_t, engine::grade_count> new_findings{};

    // False when the routine set had errors or the report could not be kept.
    bool ok() const { return loaded.errors.empty() && !error; }
    // The report: identity, counts and score of every service (their results are dropped once
    // rendered).
    const engine::Report& report() const { return *report_; }
    // Writes requested output `k` (when ok()). An error when the report cannot be read back.
    std::optional<Text> write(size_t k, report::Sink& out);

  private:
    friend Outcome run(const Request& request);
    std::unique_ptr<engine::Report> report_ = std::make_unique<engine::Report>();
    std::unique_ptr<report::StreamedReport> stream_;
};

// Loads, audits, marks against the baseline and renders, batch by batch. Exceptions of the
// `routines.files` callback pass through.
Outcome run(const Request& request);

}  // namespace medvirk::audit
