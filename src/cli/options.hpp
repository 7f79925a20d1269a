#pragma once

#include <string>
#include <vector>

#include "core/text.hpp"

namespace medvirk::cli {

inline constexpr int exit_clean = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_error = 2;

// Every option of every subcommand; each subcommand binds the ones it takes.
struct Options {
    std::string lang = "nb";
    std::vector<std::string> paths;
    std::vector<std::string> rule_dirs;
    std::vector<std::string> profiles;         // --profil: opt-in built-in packs
    std::string as_of;
    std::string fail_on = "avvik";
    std::string color = "auto";
    std::string format = "text";              // rules list
    std::vector<std::string> formats;          // audit: NAME or NAME=FILE, repeatable
    std::string baseline;                      // audit --baseline FILE
    std::string rule_id;
    std::string out_dir;                       // also: report -o FILE
    std::string level = "kommune";
    std::vector<std::string> target_groups;
    bool institution = false;
    bool force = false;
    bool show_all = false;
    unsigned jobs = 0;   // --jobs: 0 means the number of cores
    bool quiet = false;  // --quiet: no progress bar

    Lang language() const { return lang == "en" ? Lang::en : Lang::nb; }
};

// Subcommand entry points (one file each).
int cmd_audit(const Options& o);
int cmd_validate(const Options& o);
int cmd_rules_list(const Options& o);
int cmd_rules_show(const Options& o);
int cmd_rules_tags(const Options& o);
int cmd_rules_docs(const Options& o);
int cmd_schema(const Options& o);
int cmd_init(const Options& o);
int cmd_baseline_create(const Options& o);
int cmd_diff(const Options& o);
int cmd_report(const Options& o);
int cmd_formats(const Options& o);

}  // namespace medvirk::cli
