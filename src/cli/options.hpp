#pragma once

#include <string>
#include <vector>

#include "core/text.hpp"

namespace medvirk::cli {

inline constexpr int exit_clean = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_error = 2;

// Each subcommand has its own options, built from the groups of options several share.

// --lang: every subcommand.
struct CommonOptions {
    std::string lang = "nb";

    Lang language() const { return lang == "en" ? Lang::en : Lang::nb; }
};

// --rules and --profil: the subcommands that load rule packs.
struct RuleOptions : CommonOptions {
    std::vector<std::string> rule_dirs;
    std::vector<std::string> profiles;  // --profil: opt-in built-in packs
    unsigned jobs = 0;  // --jobs where a subcommand takes it; 0 means the number of cores
};

// Routine sets to read, with --jobs and --quiet: audit, validate, baseline create.
struct RoutineOptions : RuleOptions {
    std::vector<std::string> paths;
    bool quiet = false;  // --quiet: no progress bar
};

struct AuditOptions : RoutineOptions {
    std::string as_of;
    std::string fail_on = "avvik";
    std::string color = "auto";
    std::vector<std::string> formats;  // NAME or NAME=FILE, repeatable
    std::string baseline;              // --baseline FILE
    bool show_all = false;
    bool suggest_tags = false;  // --suggest-tags: tagging help after the findings
};

using ValidateOptions = RoutineOptions;

struct SuggestTagsOptions : RoutineOptions {
    std::string format = "text";  // text | json
};

struct BaselineCreateOptions : RoutineOptions {
    std::string out_dir;  // the baseline file to write
    std::string as_of;
};

struct DiffOptions : CommonOptions {
    std::vector<std::string> paths;  // OLD.json NEW.json
    std::string fail_on = "avvik";
};

struct ReportOptions : CommonOptions {
    std::vector<std::string> paths;  // the JSON report
    std::string out_dir;             // -o FILE
};

struct RulesListOptions : RuleOptions {
    std::string format = "text";
};

struct RulesShowOptions : RuleOptions {
    std::string rule_id;
};

struct RulesDocsOptions : RuleOptions {
    std::string out_dir;
};

struct InitOptions : RuleOptions {
    std::string out_dir;
    std::string level = "kommune";
    std::vector<std::string> target_groups;
    bool institution = false;
    bool force = false;
};

// Subcommand entry points (one file each).
int cmd_audit(const AuditOptions& o);
int cmd_validate(const ValidateOptions& o);
int cmd_rules_list(const RulesListOptions& o);
int cmd_rules_show(const RulesShowOptions& o);
int cmd_rules_tags(const RuleOptions& o);
int cmd_rules_docs(const RulesDocsOptions& o);
int cmd_schema(const RuleOptions& o);
int cmd_init(const InitOptions& o);
int cmd_baseline_create(const BaselineCreateOptions& o);
int cmd_diff(const DiffOptions& o);
int cmd_report(const ReportOptions& o);
int cmd_formats(const CommonOptions& o);
int cmd_suggest_tags(const SuggestTagsOptions& o);

}  // namespace medvirk::cli
