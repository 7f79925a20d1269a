#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>
#include <unistd.h>

#include "cli/common.hpp"
#include "core/date.hpp"
#include "engine/audit.hpp"
#include "model/routine_set.hpp"
#include "report/text.hpp"

namespace medvirk::cli {

namespace {

bool use_color(const Options& o) {
    if (o.color == "always") return true;
    if (o.color == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return isatty(fileno(stdout)) != 0;
}

// Lowest grade that fails the run: avvik (default), merknad, forbedringspunkt; aldri = never.
bool fails(engine::Grade g, const std::string& fail_on) {
    using engine::Grade;
    if (fail_on == "aldri") return false;
    if (g == Grade::feil || g == Grade::avvik) return true;
    if (g == Grade::merknad) return fail_on == "merknad" || fail_on == "forbedringspunkt";
    if (g == Grade::forbedringspunkt) return fail_on == "forbedringspunkt";
    return false;
}

}  // namespace

std::optional<Date> parse_as_of(const Options& o) {
    if (o.as_of.empty()) return Date::today();
    return Date::parse(o.as_of);
}

int cmd_audit(const Options& o) {
    auto as_of = parse_as_of(o);
    if (!as_of) {
        return usage_error(o, fmt::format("--as-of «{}» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)", o.as_of),
                           fmt::format("--as-of «{}» is not a valid date (YYYY-MM-DD)", o.as_of));
    }
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    auto loaded = model::load_routine_sets(o.paths, cat->tag_names());
    if (!loaded.errors.empty()) {
        print_diagnostics(loaded.errors, o.language());
        return usage_error(
            o,
            fmt::format("{} feil i rutinesettet ({} filer lest); ingen rapport, fordi en revisjon "
                        "av et ufullstendig rutinesett ville gitt et misvisende bilde",
                        loaded.errors.size(), loaded.files),
            fmt::format("{} error(s) in the routine set ({} files read); no report, because an "
                        "audit of an incomplete routine set would mislead",
                        loaded.errors.size(), loaded.files));
    }
    engine::Report report = engine::audit(loaded.services, *cat, *as_of);
    report::TextOptions to{o.language(), use_color(o), o.show_all};
    fmt::print("{}", report::format_text(report, to));
    for (const auto& s : report.services)
        for (const auto& f : s.results)
            if (fails(f.grade, o.fail_on)) return exit_findings;
    return exit_clean;
}

int cmd_validate(const Options& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    auto loaded = model::load_routine_sets(o.paths, cat->tag_names());
    if (!loaded.errors.empty()) {
        print_diagnostics(loaded.errors, o.language());
        return usage_error(o, fmt::format("{} feil i {} filer", loaded.errors.size(), loaded.files),
                           fmt::format("{} error(s) in {} files", loaded.errors.size(), loaded.files));
    }
    size_t routines = 0;
    for (const auto& s : loaded.services) routines += s.routines.size();
    if (o.language() == Lang::en) {
        fmt::print("ok: {} files, {} documents, {} service(s), {} routine document(s)\n", loaded.files,
                   loaded.documents, loaded.services.size(), routines);
    } else {
        fmt::print("ok: {} filer, {} dokumenter, {} tjeneste(r), {} rutinedokument(er)\n", loaded.files,
                   loaded.documents, loaded.services.size(), routines);
    }
    return exit_clean;
}

}  // namespace medvirk::cli
