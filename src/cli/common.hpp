#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

#include "cli/options.hpp"
#include "core/diag.hpp"
#include "report/formats.hpp"
#include "rules/rule.hpp"

namespace medvirk::cli {

// Prints diagnostics to stderr, one per line.
void print_diagnostics(const Diagnostics& diags, Lang lang);

// Prints "medvirk: feil: …" to stderr and returns exit_error.
int usage_error(const Options& o, const std::string& nb, const std::string& en);

// A file written atomically: through a temporary file beside it, renamed into place by commit().
// Never leaves a partial file: without a successful commit the temporary file is removed. A
// symlink is written through; a device or pipe (/dev/null, /dev/stdout) is written directly.
class OutputFile : public report::Sink {
public:
    explicit OutputFile(std::string path);
    ~OutputFile() override;
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    void write(std::string_view text) override;
    // Returns an error message (nb, en) on failure.
    std::optional<Text> commit();

private:
    std::string path_;  // as the user named it
    std::filesystem::path target_, tmp_;
    std::ofstream out_;
    bool direct_ = false, done_ = false;
    std::optional<Text> error_;
};

// Standard output, as a sink (write errors are caught when the program ends).
class StdoutSink : public report::Sink {
public:
    void write(std::string_view text) override { std::fwrite(text.data(), 1, text.size(), stdout); }
};

// Writes a whole file with OutputFile. Returns an error message (nb, en) on failure.
std::optional<Text> write_atomically(const std::string& path, const std::string& text);

// Loads the built-in packs (those of --profil, or of every profile) and those under --rules;
// prints errors and returns nullopt on failure.
std::optional<rules::Catalogue> load_rules(const Options& o, bool all_profiles = false);

}  // namespace medvirk::cli
