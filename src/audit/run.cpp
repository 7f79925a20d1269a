#include "audit/run.hpp"

#include <algorithm>
#include <utility>

#include "core/parallel.hpp"
#include "engine/suggest.hpp"

namespace medvirk::audit {

model::LoadResult load(const Loading& loading, const rules::Catalogue& catalogue,
                       const BatchSink& sink) {
    if (!loading.sources.empty()) {
        std::vector<std::string> names;
        for (const auto& s : loading.sources) names.push_back(s.name);
        if (loading.files) loading.files(names);
        model::LoadResult loaded = model::load_sources(loading.sources, catalogue.vocabulary);
        sink(loaded.services, loaded.errors.empty());
        loaded.services.clear();
        return loaded;
    }
    model::LoadOptions lo;
    lo.jobs = loading.jobs;
    lo.hashes = loading.hashes;
    lo.progress = loading.progress;
    lo.files = loading.files;
    if (loading.batch_files) lo.batch_files = loading.batch_files;
    return model::stream_routine_sets(loading.paths, catalogue.vocabulary, {}, lo,
                                      [&](std::vector<model::Service>&& batch, bool clean) {
                                          sink(batch, clean);
                                          parallel_for(batch.size(), lo.jobs, [&](size_t i) {
                                              model::Service dropped = std::move(batch[i]);
                                          });
                                      });
}

namespace {

// The inputs were named before the first batch (formats number them); their hashes are known
// once every file is read. A file without a hash was not read and is not an input.
void add_hashes(std::vector<engine::InputFile>& inputs,
                const std::vector<std::pair<std::string, std::string>>& hashes) {
    for (auto& in : inputs) {
        auto it =
            std::lower_bound(hashes.begin(), hashes.end(), in.file,
                             [](const auto& h, const std::string& file) { return h.first < file; });
        if (it != hashes.end() && it->first == in.file) in.sha256 = it->second;
    }
    std::erase_if(inputs, [](const engine::InputFile& in) { return in.sha256.empty(); });
}

}  // namespace

Outcome run(const Request& request) {
    const rules::Catalogue& cat = *request.catalogue;
    Outcome out;
    engine::Report& report = *out.report_;
    report.as_of = request.as_of;
    report.catalogue = &cat;
    std::optional<baseline::Matcher> matcher;
    if (request.baseline) {
        matcher.emplace(*request.baseline, request.catalogue);
        report.baseline = engine::BaselineSummary{request.baseline_file, 0, 0};
    }
    out.stream_ = std::make_unique<report::StreamedReport>(report, request.outputs);
    bool registers =
        std::any_of(request.outputs.begin(), request.outputs.end(),
                    [](const report::StreamedReport::Output& o) { return o.format->registers; });
    unsigned jobs = request.routines.jobs;

    // Each batch of services is audited, marked against the baseline and rendered into every
    // output's pieces while the routine set is free of errors; then its findings are dropped.
    Loading loading = request.routines;
    loading.files = [&](const std::vector<std::string>& files) {
        if (request.routines.files) request.routines.files(files);
        if (request.routines.hashes)
            for (const auto& f : files) report.inputs.push_back({f, ""});
    };
    out.loaded = load(loading, cat, [&](const std::vector<model::Service>& batch, bool clean) {
        if (!clean || out.error) return;
        engine::Report part = engine::audit(batch, cat, report.as_of, jobs, registers);
        if (request.suggest_tags)
            parallel_for(batch.size(), jobs, [&](size_t i) {
                part.services[i].suggestions = engine::suggest_tags(batch[i], cat).suggestions;
            });
        for (auto& s : part.services) {
            if (matcher) matcher->mark(s);
            for (const auto& f : s.results)
                if (!f.baselined && engine::is_finding(f.grade))
                    ++out.new_findings[static_cast<size_t>(f.grade)];
        }
        if (request.services) request.services(part.services);
        out.error = out.stream_->add(std::move(part.services), jobs);
    });
    if (!out.ok()) return out;
    out.stream_->finish();
    add_hashes(report.inputs, out.loaded.hashes);
    if (matcher) {
        auto summary = matcher->summary();
        report.baseline->baselined = summary.baselined;
        report.baseline->fixed = summary.fixed;
    }
    return out;
}

std::optional<Text> Outcome::write(size_t k, report::Sink& sink) { return stream_->write(k, sink); }

}  // namespace medvirk::audit
