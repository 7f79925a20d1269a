#pragma once

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/options.hpp"
#include "core/diag.hpp"
#include "core/safe_output.hpp"
#include "report/formats.hpp"
#include "rules/rule.hpp"

namespace medvirk::cli {

// Prints diagnostics to stderr, one per line.
void print_diagnostics(const Diagnostics& diags, Lang lang);

// Prints "medvirk: feil: …" to stderr and returns exit_error.
int usage_error(const CommonOptions& o, const std::string& nb, const std::string& en);

// A file written atomically (core/safe_output.hpp): through a temporary file with an unpredictable
// name in the target's folder, put in place by commit() or, with other outputs, by
// commit_together(). Without a commit the temporary file is removed. A symlink is written through;
// a device or pipe
// (/dev/null, /dev/stdout) is written directly.
class OutputFile : public report::Sink {
  public:
    explicit OutputFile(std::string path);
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    void write(std::string_view text) override;
    // Ends the writing; an error message (nb, en) if the file could not be made or written.
    std::optional<Text> finish();
    // The error of making the temporary file, if any (then nothing needs to be rendered).
    const std::optional<Text>& error() const { return error_; }
    // finish() and put this file alone in place.
    std::optional<Text> commit();

  private:
    friend std::optional<Text> commit_together(const std::vector<OutputFile*>& files);
    safe_output::AtomicFile file_;
    std::optional<Text> error_;
    bool finished_ = false;
};

// Puts every finished file in place: all of them, or none.
std::optional<Text> commit_together(const std::vector<OutputFile*>& files);

// Before any work: the outputs a command will write are not named twice, are none of `inputs`
// (files known to be read: a baseline, a saved report, the --rules pack files), have a folder that
// can be written and are not named like routine files (with `routine_files_later`, an existing
// such file is left to refuse_routine_outputs). Prints the error and returns exit_error, else 0.
int check_outputs(const CommonOptions& o, const std::vector<std::string>& outputs,
                  const std::vector<std::string>& inputs, bool routine_files_later = false);

// The rule-pack files under --rules (what load_rules reads besides the built-in packs).
std::vector<std::string> rule_pack_files(const RuleOptions& o);

// Thrown from a loader callback when an output turns out to be one of the routine files (or is
// named like one): the message was printed; the command returns exit_error.
struct OutputRefused {};

// check_not_input for the routine files, from the loader's list of files, then check_not_yaml:
// throws OutputRefused.
void refuse_routine_outputs(const CommonOptions& o, const std::vector<std::string>& outputs,
                            const std::vector<std::string>& files);

// Standard output, as a sink (write errors are caught when the program ends).
class StdoutSink : public report::Sink {
  public:
    void write(std::string_view text) override { std::fwrite(text.data(), 1, text.size(), stdout); }
};

// Writes a whole file with OutputFile. Returns an error message (nb, en) on failure.
std::optional<Text> write_atomically(const std::string& path, const std::string& text);

// Loads the built-in packs (those of --profil, or of every profile) and those under --rules;
// prints errors and returns nullopt on failure.
std::optional<rules::Catalogue> load_rules(const RuleOptions& o, bool all_profiles = false);

}  // namespace medvirk::cli
