#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <tuple>
#include <vector>

#include "audit/run.hpp"
#include "cli/common.hpp"
#include "cli/progress.hpp"
#include "core/parallel.hpp"
#include "engine/suggest.hpp"
#include "report/suggestions.hpp"

namespace medvirk::cli {

// `medvirk suggest-tags PATH...`: the tagging suggestions of every service read, sorted by file,
// line and column, and how many untagged steps were looked at. Reads the routine sets as `audit`
// does and writes nothing.
int cmd_suggest_tags(const SuggestTagsOptions& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    const bool en = o.language() == Lang::en;
    Progress bar(o.format == "text" && !o.quiet && isatty(fileno(stderr)) != 0, o.language());
    audit::Loading loading;
    loading.paths = o.paths;
    loading.jobs = o.jobs ? o.jobs : default_jobs();
    loading.hashes = false;
    loading.progress = [&bar](size_t done, size_t total) { bar.update(done, total); };
    engine::TagSuggestions all;
    auto loaded =
        audit::load(loading, *cat, [&](const std::vector<model::Service>& batch, bool clean) {
            if (!clean) return;
            for (const auto& s : batch) {
                auto found = engine::suggest_tags(s, *cat);
                all.steps += found.steps;
                for (auto& sg : found.suggestions) all.suggestions.push_back(std::move(sg));
            }
        });
    bar.finish();
    if (!loaded.errors.empty()) {
        print_diagnostics(loaded.errors, o.language());
        return usage_error(
            o,
            fmt::format("{} feil i rutinesettet ({} filer lest); ingen forslag",
                        loaded.errors.size(), loaded.files),
            fmt::format("{} error(s) in the routine set ({} files read); no suggestions",
                        loaded.errors.size(), loaded.files));
    }
    // Services come in batches in directory order: the suggestions are put in file order here,
    // the words of one step staying best first.
    std::stable_sort(all.suggestions.begin(), all.suggestions.end(),
                     [](const engine::TagSuggestion& a, const engine::TagSuggestion& b) {
                         return std::tie(a.loc.file, a.loc.line, a.loc.col) <
                                std::tie(b.loc.file, b.loc.line, b.loc.col);
                     });
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["steg_gjennomgått"] = all.steps;
        j["dekningsforslag"] = report::suggestions_json(all.suggestions);
        fmt::print("{}\n", j.dump(2));
        return exit_clean;
    }
    fmt::print("{}", report::suggestions_text(all.suggestions, o.language()));
    fmt::print(fmt::runtime(en ? "{} untagged step(s) looked at, {} suggestion(s) ({}).\n"
                               : "{} steg uten «dekker:» gjennomgått, {} forslag ({}).\n"),
               all.steps, all.suggestions.size(),
               en ? "information, not evidence" : "informasjon, ikke bevis");
    return exit_clean;
}

}  // namespace medvirk::cli
