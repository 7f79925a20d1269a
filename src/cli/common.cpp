#include "cli/common.hpp"

#include "core/terminal.hpp"

#include "core/parallel.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "rules/pack.hpp"

namespace medvirk::cli {

void print_diagnostics(const Diagnostics& diags, Lang lang) {
    std::fflush(stdout);
    for (const auto& d : diags) fmt::print(stderr, "{}\n", format_diagnostic(d, lang));
}

int usage_error(const Options& o, const std::string& nb, const std::string& en) {
    std::fflush(stdout);
    fmt::print(stderr, "medvirk: {}: {}\n", o.language() == Lang::en ? "error" : "feil",
               terminal_safe(o.language() == Lang::en ? en : nb));  // names from input, on one line
    return exit_error;
}

OutputFile::OutputFile(std::string path) : path_(std::move(path)), target_(path_) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(target_, ec)) {
        error_ = Text{fmt::format("kan ikke skrive {}: det er en mappe", path_), fmt::format("cannot write {}: it is a directory", path_)};
        return;
    }
    // A symlink is written through (the file it points to is replaced), and a device or pipe such
    // as /dev/stdout is written directly, since it cannot be replaced by a rename.
    if (fs::is_symlink(fs::symlink_status(target_, ec))) {
        auto resolved = fs::canonical(target_, ec);
        if (!ec) target_ = resolved;
    }
    auto st = fs::status(target_, ec);
    if (fs::exists(st) && !fs::is_regular_file(st)) {
        direct_ = true;
        out_.open(target_, std::ios::binary);
    } else {
        tmp_ = target_.parent_path() / ("." + target_.filename().string() + ".medvirk-tmp");
        out_.open(tmp_, std::ios::binary | std::ios::trunc);
    }
}

OutputFile::~OutputFile() {
    if (!done_ && !direct_ && !tmp_.empty()) {
        out_.close();
        std::error_code ec;
        std::filesystem::remove(tmp_, ec);
    }
}

void OutputFile::write(std::string_view text) {
    if (!error_ && out_) out_.write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::optional<Text> OutputFile::commit() {
    namespace fs = std::filesystem;
    if (done_) return error_;
    done_ = true;
    if (error_) return error_;
    std::error_code ec;
    out_.flush();
    bool ok = static_cast<bool>(out_);
    out_.close();
    ok = ok && !out_.fail();
    if (!ok) {
        if (!direct_) fs::remove(tmp_, ec);
        return error_ = Text{fmt::format("kan ikke skrive {}", path_), fmt::format("cannot write {}", path_)};
    }
    if (direct_) return std::nullopt;
    fs::rename(tmp_, target_, ec);
    if (ec) {
        std::string why = ec.message();
        fs::remove(tmp_, ec);
        return error_ = Text{fmt::format("kan ikke skrive {}: {}", path_, why), fmt::format("cannot write {}: {}", path_, why)};
    }
    return std::nullopt;
}

std::optional<Text> write_atomically(const std::string& path, const std::string& text) {
    OutputFile out(path);
    out.write(text);
    return out.commit();
}

std::optional<rules::Catalogue> load_rules(const Options& o, bool all_profiles) {
    Diagnostics errors;
    rules::Catalogue cat = rules::load_catalogue_with(o.rule_dirs, errors, {o.profiles, all_profiles, o.jobs ? o.jobs : default_jobs()});
    if (!errors.empty()) {
        print_diagnostics(errors, o.language());
        usage_error(o, fmt::format("{} feil i regelpakkene; de kunne ikke lastes", errors.size()),
                    fmt::format("{} error(s) in the rule packs; they could not be loaded", errors.size()));
        return std::nullopt;
    }
    return cat;
}

}  // namespace medvirk::cli
