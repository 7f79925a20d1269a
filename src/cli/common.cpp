#include "cli/common.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "core/parallel.hpp"
#include "core/terminal.hpp"
#include "model/routine_set.hpp"
#include "rules/pack.hpp"

namespace medvirk::cli {

void print_diagnostics(const Diagnostics& diags, Lang lang) {
    std::fflush(stdout);
    for (const auto& d : diags) fmt::print(stderr, "{}\n", format_diagnostic(d, lang));
}

int usage_error(const CommonOptions& o, const std::string& nb, const std::string& en) {
    std::fflush(stdout);
    fmt::print(stderr, "medvirk: {}: {}\n", o.language() == Lang::en ? "error" : "feil",
               terminal_safe(o.language() == Lang::en ? en : nb));  // names from input, on one line
    return exit_error;
}

OutputFile::OutputFile(std::string path) : file_(std::move(path)) { error_ = file_.open(); }

void OutputFile::write(std::string_view text) {
    if (!error_) file_.write(text);
}

std::optional<Text> OutputFile::finish() {
    if (finished_) return error_;
    finished_ = true;
    if (!error_) error_ = file_.close();
    return error_;
}

std::optional<Text> OutputFile::commit() { return commit_together({this}); }

std::optional<Text> commit_together(const std::vector<OutputFile*>& files) {
    std::vector<safe_output::AtomicFile*> atomic;
    for (OutputFile* f : files) {
        if (auto err = f->finish()) return err;
        atomic.push_back(&f->file_);
    }
    return safe_output::commit_all(atomic);
}

std::optional<Text> write_atomically(const std::string& path, const std::string& text) {
    OutputFile out(path);
    out.write(text);
    return out.commit();
}

int check_outputs(const CommonOptions& o, const std::vector<std::string>& outputs,
                  const std::vector<std::string>& inputs, bool routine_files_later) {
    auto refuse = [&](const Text& t) { return usage_error(o, t.nb, t.en); };
    if (auto err = safe_output::check_distinct(outputs)) return refuse(*err);
    if (auto err = safe_output::check_not_input(outputs, inputs)) return refuse(*err);
    for (const auto& out : outputs)
        if (auto err = safe_output::check_writable(out)) return refuse(*err);
    // An existing .yaml output may be one of the routine files: that clash, which names both files,
    // is found first (refuse_routine_outputs).
    for (const auto& out : outputs) {
        std::error_code ec;
        if (routine_files_later && std::filesystem::exists(out, ec)) continue;
        if (auto err = safe_output::check_not_yaml(out)) return refuse(*err);
    }
    return 0;
}

std::vector<std::string> rule_pack_files(const RuleOptions& o) {
    std::vector<std::string> files;
    for (const auto& dir : o.rule_dirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(dir, ec)) continue;  // load_rules reports it
        Diagnostics ignored;                                    // so does it every unreadable entry
        model::walk_yaml_files(dir, files, ignored);
    }
    return files;
}

void refuse_routine_outputs(const CommonOptions& o, const std::vector<std::string>& outputs,
                            const std::vector<std::string>& files) {
    if (auto err = safe_output::check_not_input(outputs, files)) {
        usage_error(o, err->nb, err->en);
        throw OutputRefused{};
    }
    for (const auto& out : outputs) {
        if (auto err = safe_output::check_not_yaml(out)) {
            usage_error(o, err->nb, err->en);
            throw OutputRefused{};
        }
    }
}

std::optional<rules::Catalogue> load_rules(const RuleOptions& o, bool all_profiles) {
    Diagnostics errors;
    rules::Catalogue cat = rules::load_catalogue_with(
        o.rule_dirs, errors, {o.profiles, all_profiles, o.jobs ? o.jobs : default_jobs()});
    if (!errors.empty()) {
        print_diagnostics(errors, o.language());
        usage_error(
            o, fmt::format("{} feil i regelpakkene; de kunne ikke lastes", errors.size()),
            fmt::format("{} error(s) in the rule packs; they could not be loaded", errors.size()));
        return std::nullopt;
    }
    return cat;
}

}  // namespace medvirk::cli
