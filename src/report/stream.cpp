#include "report/stream.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <tuple>

#include "core/parallel.hpp"

namespace medvirk::report {

namespace {

// Where the pieces wait: $TMPDIR, else /tmp.
std::string spill_dir() {
    const char* dir = std::getenv("TMPDIR");
    return dir && *dir ? dir : "/tmp";
}

Text spill_error(int err) {
    return {
        fmt::format("kan ikke skrive den midlertidige filen for rapporten i {}: {} (sett TMPDIR "
                    "til en mappe med plass)",
                    spill_dir(), std::strerror(err)),
        fmt::format(
            "cannot write the report's temporary file in {}: {} (set TMPDIR to a folder with room)",
            spill_dir(), std::strerror(err))};
}

// An anonymous file: created and unlinked at once, so nothing is left behind whatever happens.
std::FILE* open_spill(int& err) {
    std::string path = spill_dir() + "/medvirk-XXXXXX";
    int fd = mkstemp(path.data());
    if (fd < 0) {
        err = errno;
        return nullptr;
    }
    unlink(path.c_str());
    std::FILE* f = fdopen(fd, "w+b");
    if (!f) {
        err = errno;
        close(fd);
    }
    return f;
}

// What a frame needs of a service once its pieces are rendered.
engine::ServiceReport summary_of(engine::ServiceReport&& s) {
    engine::ServiceReport out;
    out.service.id = std::move(s.service.id);
    out.service.name = std::move(s.service.name);
    out.service.file = std::move(s.service.file);
    out.service.index = s.service.index;
    out.service.line = s.service.line;
    out.service.col = s.service.col;
    out.counts = s.counts;
    out.total = s.total;
    return out;
}

}  // namespace

// The pieces of one output, read back from the temporary file.
class StreamedReport::SpillPieces : public Pieces {
  public:
    SpillPieces(std::FILE* f, const std::vector<std::vector<Ref>>& refs) : f_(f), refs_(refs) {}

    void write(size_t section, size_t service, Sink& out) const override {
        const Ref& r = refs_[service][section];
        if (r.size == 0 || failed_) return;
        if (fseeko(f_, static_cast<off_t>(r.offset), SEEK_SET) != 0) {
            failed_ = true;
            return;
        }
        buffer_.resize(std::min<size_t>(r.size, 1 << 20));
        for (size_t left = r.size; left > 0;) {
            size_t n = std::min(left, buffer_.size());
            if (std::fread(buffer_.data(), 1, n, f_) != n) {
                failed_ = true;
                return;
            }
            out.write(std::string_view(buffer_.data(), n));
            left -= n;
        }
    }
    size_t size(size_t section, size_t service) const override {
        return refs_[service][section].size;
    }
    const std::array<size_t, 3>& tally(size_t section, size_t service) const override {
        return refs_[service][section].tally;
    }
    bool failed() const { return failed_; }

  private:
    std::FILE* f_;
    const std::vector<std::vector<Ref>>& refs_;
    mutable std::vector<char> buffer_;
    mutable bool failed_ = false;
};

StreamedReport::StreamedReport(engine::Report& report, std::vector<Output> outputs)
    : report_(report), outputs_(std::move(outputs)), refs_(outputs_.size()) {}

StreamedReport::~StreamedReport() {
    if (spill_) std::fclose(spill_);
}

void StreamedReport::make_renderers() {
    if (renderers_.size() == outputs_.size()) return;
    for (const auto& out : outputs_) renderers_.push_back(out.format->make(report_, out.options));
}

std::optional<Text> StreamedReport::add(std::vector<engine::ServiceReport>&& batch, unsigned jobs) {
    make_renderers();
    if (!spill_) {
        int err = 0;
        spill_ = open_spill(err);
        if (!spill_) return spill_error(err);
    }
    // [service][output] → that output's pieces for that service.
    std::vector<std::vector<std::vector<Piece>>> pieces(
        batch.size(), std::vector<std::vector<Piece>>(outputs_.size()));
    parallel_for(batch.size() * outputs_.size(), jobs, [&](size_t i) {
        size_t s = i / outputs_.size(), k = i % outputs_.size();
        pieces[s][k] = renderers_[k]->service(batch[s]);
    });
    for (size_t s = 0; s < batch.size(); ++s) {
        for (size_t k = 0; k < outputs_.size(); ++k) {
            std::vector<Ref> refs;
            for (auto& p : pieces[s][k]) {
                Ref r{spill_size_, p.text.size(), p.tally};
                errno = 0;
                if (!p.text.empty() &&
                    std::fwrite(p.text.data(), 1, p.text.size(), spill_) != p.text.size())
                    return spill_error(errno ? errno : EIO);
                spill_size_ += static_cast<long long>(p.text.size());
                refs.push_back(r);
                p = Piece{};
            }
            refs_[k].push_back(std::move(refs));
        }
        for (size_t g = 0; g < engine::grade_count; ++g) report_.counts[g] += batch[s].counts[g];
        report_.services.push_back(summary_of(std::move(batch[s])));
    }
    return std::nullopt;
}

void StreamedReport::finish() {
    make_renderers();
    auto& services = report_.services;
    std::vector<size_t> order(services.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return std::tie(services[a].service.file, services[a].service.index) <
               std::tie(services[b].service.file, services[b].service.index);
    });
    std::vector<engine::ServiceReport> sorted;
    sorted.reserve(services.size());
    for (size_t i : order) sorted.push_back(std::move(services[i]));
    services = std::move(sorted);
    for (auto& refs : refs_) {
        std::vector<std::vector<Ref>> by_order;
        by_order.reserve(refs.size());
        for (size_t i : order) by_order.push_back(std::move(refs[i]));
        refs = std::move(by_order);
    }
}

std::optional<Text> StreamedReport::write(size_t k, Sink& out) {
    errno = 0;
    if (spill_ && std::fflush(spill_) != 0) return spill_error(errno ? errno : EIO);
    SpillPieces pieces(spill_, refs_[k]);
    renderers_[k]->frame(pieces, out);
    if (pieces.failed())
        return Text{"kan ikke lese den midlertidige filen for rapporten",
                    "cannot read the report's temporary file back"};
    return std::nullopt;
}

}  // namespace medvirk::report
