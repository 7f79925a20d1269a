#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "engine/audit.hpp"
#include "report/formats.hpp"

namespace medvirk::report {

// A report rendered batch by batch, so that a large audit holds one batch of findings at a time:
// each batch's services are rendered into their pieces at once (for every output), the pieces
// are kept in an anonymous temporary file (in $TMPDIR, else /tmp), and the services stay in the
// report only as summaries. The outputs are then written from the pieces, in report order; they are
// what render() gives for the whole report.
class StreamedReport {
  public:
    struct Output {
        const Format* format = nullptr;
        FormatOptions options;
    };

    // `report`: the report being made (date, catalogue, inputs named, baseline if any), which
    // receives the services and their counts; it must outlive this.
    StreamedReport(engine::Report& report, std::vector<Output> outputs);
    ~StreamedReport();
    StreamedReport(const StreamedReport&) = delete;
    StreamedReport& operator=(const StreamedReport&) = delete;

    // Renders a batch's pieces for every output on `jobs` threads and adds the services to the
    // report as summaries (identity, counts and total score). An error when the temporary file
    // cannot be written.
    std::optional<Text> add(std::vector<engine::ServiceReport>&& batch, unsigned jobs);

    // Puts the report's services in report order (by service document file). After the last batch.
    void finish();

    // Writes output `k` (after finish). An error when the temporary file cannot be read back.
    std::optional<Text> write(size_t k, Sink& out);

  private:
    struct Ref {
        long long offset = 0;
        size_t size = 0;
        std::array<size_t, 3> tally{};
    };
    class SpillPieces;

    engine::Report& report_;
    std::vector<Output> outputs_;
    std::vector<std::unique_ptr<Renderer>>
        renderers_;  // made at the first batch (inputs named by then)
    std::FILE* spill_ = nullptr;
    long long spill_size_ = 0;
    std::vector<std::vector<std::vector<Ref>>> refs_;  // [output][service][section]

    void make_renderers();
};

}  // namespace medvirk::report
