#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli/common.hpp"
#include "core/suggest.hpp"
#include "core/terminal.hpp"
#include "model/schema.hpp"
#include "report/rule_docs.hpp"
#include "report/rules.hpp"
#include "rules/schema.hpp"

namespace medvirk::cli {

int cmd_rules_list(const RulesListOptions& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    if (o.format == "json") {
        fmt::print("{}", report::format_rules_json(*cat));
    } else {
        fmt::print("{}", report::format_rules_list(*cat, o.language()));
    }
    return exit_clean;
}

int cmd_rules_show(const RulesShowOptions& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    const rules::Rule* r = cat->rule(o.rule_id);
    if (!r) {
        auto s = did_you_mean(o.rule_id, cat->rule_ids());
        return usage_error(o,
                           fmt::format("ukjent regel «{}»{}; se «medvirk rules list»", o.rule_id,
                                       s ? fmt::format(" (mente du «{}»?)", *s) : ""),
                           fmt::format("unknown rule «{}»{}; see «medvirk rules list»", o.rule_id,
                                       s ? fmt::format(" (did you mean «{}»?)", *s) : ""));
    }
    fmt::print("{}", report::format_rule_show(*r, *cat, o.language()));
    return exit_clean;
}

int cmd_rules_tags(const RuleOptions& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    fmt::print("{}", report::format_tags(*cat, o.language()));
    return exit_clean;
}

namespace {

// `rules docs FILE.md`: regenerates the marked sections of a hand-written page.
int refresh_page(const RulesDocsOptions& o) {
    std::ifstream in(o.out_dir, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in)
        return usage_error(o, fmt::format("kan ikke lese {}", o.out_dir),
                           fmt::format("cannot read {}", o.out_dir));
    auto r = report::refresh_generated_sections(text);
    if (r.problem)
        return usage_error(o, fmt::format("{}: {}", o.out_dir, r.problem->nb),
                           fmt::format("{}: {}", o.out_dir, r.problem->en));
    if (r.text != text)
        if (auto err = write_atomically(o.out_dir, r.text)) return usage_error(o, err->nb, err->en);
    fmt::print("{} {} → {}\n", r.sections, o.language() == Lang::en ? "sections" : "deler",
               o.out_dir);
    return exit_clean;
}

bool ends_with(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

int cmd_rules_docs(const RulesDocsOptions& o) {
    namespace fs = std::filesystem;
    // A Markdown page gets its generated sections refreshed; a .json file the rule-pack schema.
    if (ends_with(o.out_dir, ".md")) return refresh_page(o);
    if (ends_with(o.out_dir, ".json")) {
        if (auto err = write_atomically(o.out_dir, rules::pack_json_schema()))
            return usage_error(o, err->nb, err->en);
        fmt::print("{}\n", o.out_dir);
        return exit_clean;
    }
    auto cat = load_rules(o, true);  // the docs cover every built-in profile
    if (!cat) return exit_error;
    fs::path dir(o.out_dir);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        return usage_error(
            o, fmt::format("kan ikke lage mappen {}: {}", o.out_dir, ec.message()),
            fmt::format("cannot create the directory {}: {}", o.out_dir, ec.message()));
    }
    auto files = report::rule_docs(*cat);
    // Pages of rules that no longer exist are removed; nothing else in the directory is touched.
    // Only pages this command generated (they end with its marker) are ever replaced or removed.
    auto generated = [](const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        return text.find(report::rule_docs_marker) != std::string::npos;
    };
    auto is_rule_page = [&](const fs::path& p) { return p.extension() == ".md" && generated(p); };
    for (const auto& [name, text] : files) {
        std::error_code exists_ec;
        if (fs::exists(dir / name, exists_ec) && !generated(dir / name)) {
            return usage_error(
                o,
                fmt::format(
                    "{} finnes og er ikke laget av «medvirk rules docs»; ingenting er skrevet",
                    (dir / name).string()),
                fmt::format(
                    "{} exists and was not made by «medvirk rules docs»; nothing was written",
                    (dir / name).string()));
        }
    }
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (is_rule_page(e.path()) && !files.count(e.path().filename().string()))
            fs::remove(e.path(), ec);
    for (const auto& [name, text] : files)
        if (auto err = write_atomically((dir / name).string(), text))
            return usage_error(o, err->nb, err->en);
    fmt::print("{} {} → {}\n", files.size(), o.language() == Lang::en ? "files" : "filer",
               terminal_safe(dir.generic_string()));
    return exit_clean;
}

int cmd_schema(const RuleOptions& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    fmt::print("{}", model::json_schema(cat->vocabulary));
    return exit_clean;
}

}  // namespace medvirk::cli
