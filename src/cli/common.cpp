#include "cli/common.hpp"

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
               o.language() == Lang::en ? en : nb);
    return exit_error;
}

std::optional<Text> write_atomically(const std::string& path, const std::string& text) {
    namespace fs = std::filesystem;
    fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec))
        return Text{fmt::format("kan ikke skrive {}: det er en mappe", path), fmt::format("cannot write {}: it is a directory", path)};
    // A symlink is written through (the file it points to is replaced), and a device or pipe such
    // as /dev/stdout is written directly, since it cannot be replaced by a rename.
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        auto resolved = fs::canonical(target, ec);
        if (!ec) target = resolved;
    }
    auto st = fs::status(target, ec);
    if (fs::exists(st) && !fs::is_regular_file(st)) {
        std::ofstream out(target, std::ios::binary);
        out << text;
        out.flush();
        if (!out) return Text{fmt::format("kan ikke skrive {}", path), fmt::format("cannot write {}", path)};
        return std::nullopt;
    }
    fs::path tmp = target.parent_path() / ("." + target.filename().string() + ".medvirk-tmp");
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            fs::remove(tmp, ec);
            return Text{fmt::format("kan ikke skrive {}", path), fmt::format("cannot write {}", path)};
        }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        std::string why = ec.message();
        fs::remove(tmp, ec);
        return Text{fmt::format("kan ikke skrive {}: {}", path, why), fmt::format("cannot write {}: {}", path, why)};
    }
    return std::nullopt;
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
