#include "engine/audit.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <tuple>

#include "audit/run.hpp"
#include "baseline/baseline.hpp"
#include "cli/common.hpp"
#include "cli/progress.hpp"
#include "core/date.hpp"
#include "core/parallel.hpp"
#include "core/suggest.hpp"
#include "core/terminal.hpp"
#include "model/routine_set.hpp"
#include "report/formats.hpp"
#include "report/stream.hpp"

namespace medvirk::cli {

namespace {

bool use_color(const AuditOptions& o) {
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

// Prints "medvirk: advarsel: …" to stderr: the run goes on.
void warn(const CommonOptions& o, const Text& text) {
    std::fflush(stdout);
    fmt::print(stderr, "medvirk: {}: {}\n", o.language() == Lang::en ? "warning" : "advarsel",
               o.language() == Lang::en ? text.en : text.nb);
}

std::optional<Date> parse_as_of(const std::string& as_of) {
    if (as_of.empty()) return Date::today();
    return Date::parse(as_of);
}

struct Output {
    const report::Format* format;
    std::string file;  // empty: standard output
};

unsigned jobs_of(const RuleOptions& o) { return o.jobs ? o.jobs : default_jobs(); }

// How the CLI reads the routine sets: --jobs threads, and a progress bar in `bar`.
audit::Loading loading_of(const RoutineOptions& o, Progress& bar, bool hashes) {
    audit::Loading l;
    l.paths = o.paths;
    l.jobs = jobs_of(o);
    l.hashes = hashes;
    l.progress = [&bar](size_t done, size_t total) { bar.update(done, total); };
    // Smaller batches for tests of the batching (docs/performance.md); the output does not change.
    if (const char* b = std::getenv("MEDVIRK_BATCH_FILES"); b && *b)
        l.batch_files = std::strtoul(b, nullptr, 10);
    return l;
}

// A progress bar when `wanted`, not --quiet and stderr is a terminal.
bool bar_shown(const RoutineOptions& o, bool wanted) {
    return wanted && !o.quiet && isatty(fileno(stderr)) != 0;
}

std::optional<int> bad_as_of(const CommonOptions& o, const std::string& text,
                             const std::optional<Date>& as_of) {
    if (as_of) return std::nullopt;
    return usage_error(o, fmt::format("--as-of «{}» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)", text),
                       fmt::format("--as-of «{}» is not a valid date (YYYY-MM-DD)", text));
}

// The --format values as outputs; prints the error and returns nullopt when one is wrong.
std::optional<std::vector<Output>> outputs_of(const AuditOptions& o) {
    std::vector<Output> outputs;
    size_t to_stdout = 0;
    for (const auto& spec : o.formats.empty() ? std::vector<std::string>{"text"} : o.formats) {
        size_t eq = spec.find('=');
        std::string name = spec.substr(0, eq);
        std::string file = eq == std::string::npos ? "" : spec.substr(eq + 1);
        const report::Format* f = report::find_format(name);
        if (!f) {
            auto s = did_you_mean(name, report::format_names());
            usage_error(o,
                        fmt::format("ukjent format «{}» (tillatt: {}){}", name,
                                    fmt::join(report::format_names(), ", "),
                                    s ? fmt::format("; mente du «{}»?", *s) : ""),
                        fmt::format("unknown format «{}» (allowed: {}){}", name,
                                    fmt::join(report::format_names(), ", "),
                                    s ? fmt::format("; did you mean «{}»?", *s) : ""));
            return std::nullopt;
        }
        if (eq != std::string::npos && file.empty()) {
            usage_error(o, fmt::format("--format {}= mangler filnavn", name),
                        fmt::format("--format {}= lacks a file name", name));
            return std::nullopt;
        }
        if (file.empty()) ++to_stdout;
        outputs.push_back({f, file});
    }
    if (to_stdout > 1) {
        usage_error(o,
                    "bare ett format kan skrives til standard ut; gi de andre et filnavn (--format "
                    "json=rapport.json)",
                    "only one format can go to standard output; give the others a file name "
                    "(--format json=report.json)");
        return std::nullopt;
    }
    return outputs;
}

// All or nothing: every file is rendered to its temporary file; only when all succeeded are they
// put in place together, and only then is the report on standard output printed.
int write_outputs(const CommonOptions& o, const std::vector<Output>& outputs,
                  audit::Outcome& outcome) {
    std::vector<std::unique_ptr<OutputFile>> files;
    std::optional<size_t> on_stdout;
    for (size_t k = 0; k < outputs.size(); ++k) {
        if (outputs[k].file.empty()) {
            on_stdout = k;
            continue;
        }
        files.push_back(std::make_unique<OutputFile>(outputs[k].file));
        std::optional<Text> err = files.back()->error();
        if (!err) err = outcome.write(k, *files.back());
        if (!err) err = files.back()->finish();
        if (err) return usage_error(o, err->nb, err->en);
    }
    std::vector<OutputFile*> pending;
    for (auto& f : files) pending.push_back(f.get());
    if (auto err = commit_together(pending)) return usage_error(o, err->nb, err->en);
    if (on_stdout) {
        StdoutSink out;
        if (auto err = outcome.write(*on_stdout, out)) return usage_error(o, err->nb, err->en);
    }
    return exit_clean;
}

// Runs the audit; nullopt when the routine files' list named an output (already reported).
std::optional<audit::Outcome> run_request(const audit::Request& request, Progress& bar) {
    std::optional<audit::Outcome> outcome;
    try {
        outcome.emplace(audit::run(request));
    } catch (const OutputRefused&) {
        return std::nullopt;
    }
    bar.finish();
    return outcome;
}

}  // namespace

int cmd_audit(const AuditOptions& o) {
    // A file name that reports show must be UTF-8: JSON, SARIF and HTML can carry nothing else.
    if (!o.baseline.empty() && !is_valid_utf8(o.baseline))
        return usage_error(
            o,
            fmt::format("--baseline {}: filnavnet er ikke gyldig UTF-8; gi filen et nytt navn",
                        terminal_safe(o.baseline)),
            fmt::format("--baseline {}: the file name is not valid UTF-8; rename the file",
                        terminal_safe(o.baseline)));
    auto as_of = parse_as_of(o.as_of);
    if (auto rc = bad_as_of(o, o.as_of, as_of)) return *rc;
    auto outputs = outputs_of(o);
    if (!outputs) return exit_error;
    // The files to write are checked before any work: not named twice, not an input, a folder that
    // can be written. The routine files are checked as soon as the loader has listed them.
    std::vector<std::string> files_out;
    for (const auto& out : *outputs)
        if (!out.file.empty()) files_out.push_back(out.file);
    std::vector<std::string> inputs = rule_pack_files(o);
    if (!o.baseline.empty()) inputs.push_back(o.baseline);
    if (int rc = check_outputs(o, files_out, inputs, true)) return rc;
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    std::optional<baseline::Baseline> base;
    if (!o.baseline.empty()) {
        Diagnostics errors;
        base = baseline::read(o.baseline, errors);
        if (!base) {
            print_diagnostics(errors, o.language());
            return exit_error;
        }
        // Other packs than the baseline's: said plainly; entries of rules not run now are not
        // fixed.
        baseline::Matcher probe(*base, &*cat);
        if (auto mismatch = baseline::pack_mismatch(
                {"grunnlinjen", "the baseline"}, {"denne kjøringen", "this run"}, base->packs,
                baseline::packs_of(*cat), probe.not_evaluated()))
            warn(o, *mismatch);
    }

    // No progress bar when a machine format goes to standard output.
    bool machine_on_stdout = std::any_of(outputs->begin(), outputs->end(), [](const Output& out) {
        return out.file.empty() && out.format->name != "text";
    });
    Progress bar(bar_shown(o, !machine_on_stdout), o.language());
    audit::Request request;
    request.catalogue = &*cat;
    request.as_of = *as_of;
    request.routines = loading_of(o, bar, true);
    request.routines.files = [&](const std::vector<std::string>& files) {
        refuse_routine_outputs(o, files_out, files);
    };
    for (const auto& out : *outputs)
        request.outputs.push_back(
            {out.format,
             report::FormatOptions{o.language(),
                                   out.file.empty() && out.format->name == "text" && use_color(o),
                                   o.show_all, jobs_of(o), o.suggest_tags}});
    request.suggest_tags = o.suggest_tags;
    if (base) {
        request.baseline = &*base;
        request.baseline_file = o.baseline;
    }
    auto outcome = run_request(request, bar);
    if (!outcome) return exit_error;
    const model::LoadResult& loaded = outcome->loaded;
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
    if (outcome->error) return usage_error(o, outcome->error->nb, outcome->error->en);
    if (int rc = write_outputs(o, *outputs, *outcome)) return rc;
    for (size_t g = 0; g < engine::grade_count; ++g)
        if (outcome->new_findings[g] && fails(static_cast<engine::Grade>(g), o.fail_on))
            return exit_findings;
    return exit_clean;
}

int cmd_baseline_create(const BaselineCreateOptions& o) {
    auto as_of = parse_as_of(o.as_of);
    if (auto rc = bad_as_of(o, o.as_of, as_of)) return *rc;
    const std::vector<std::string> files_out{o.out_dir};
    if (int rc = check_outputs(o, files_out, rule_pack_files(o), true)) return rc;
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    std::vector<baseline::Entry> entries;
    Progress bar(bar_shown(o, true), o.language());
    audit::Request request;
    request.catalogue = &*cat;
    request.as_of = *as_of;
    request.routines = loading_of(o, bar, false);
    request.routines.files = [&](const std::vector<std::string>& files) {
        refuse_routine_outputs(o, files_out, files);
    };
    request.services = [&](const std::vector<engine::ServiceReport>& services) {
        for (const auto& s : services)
            for (auto& e : baseline::entries_of(s)) entries.push_back(std::move(e));
    };
    auto outcome = run_request(request, bar);
    if (!outcome) return exit_error;
    const model::LoadResult& loaded = outcome->loaded;
    if (!loaded.errors.empty()) {
        print_diagnostics(loaded.errors, o.language());
        return usage_error(
            o,
            fmt::format("{} feil i rutinesettet; ingen grunnlinje skrevet", loaded.errors.size()),
            fmt::format("{} error(s) in the routine set; no baseline written",
                        loaded.errors.size()));
    }
    if (outcome->error) return usage_error(o, outcome->error->nb, outcome->error->en);
    size_t n = entries.size();
    std::string text = baseline::create(*cat, *as_of, std::move(entries));
    if (auto err = write_atomically(o.out_dir, text)) return usage_error(o, err->nb, err->en);
    fmt::print(fmt::runtime(o.language() == Lang::en ? "wrote {} finding(s) to {}\n"
                                                     : "skrev {} funn til {}\n"),
               n, terminal_safe(o.out_dir));
    return exit_clean;
}

int cmd_diff(const DiffOptions& o) {
    Diagnostics errors;
    auto d = baseline::diff(o.paths.at(0), o.paths.at(1), errors);
    if (!d) {
        print_diagnostics(errors, o.language());
        return exit_error;
    }
    if (auto mismatch = baseline::pack_mismatch({"den gamle rapporten", "the old report"},
                                                {"den nye rapporten", "the new report"},
                                                d->old_packs, d->new_packs, d->not_evaluated))
        warn(o, *mismatch);
    bool en = o.language() == Lang::en;
    auto order = [](const baseline::Entry& a, const baseline::Entry& b) {
        return std::tie(a.service, a.document, a.rule, a.path) <
               std::tie(b.service, b.document, b.rule, b.path);
    };
    std::sort(d->added.begin(), d->added.end(), order);
    std::sort(d->fixed.begin(), d->fixed.end(), order);
    auto section = [&](const char* nb, const char* en_title,
                       const std::vector<baseline::Entry>& es) {
        fmt::print("{} ({}):\n", en ? en_title : nb, es.size());
        for (const auto& e : es)
            fmt::print("  {} {} [{}] {}{}\n", terminal_safe(e.service), terminal_safe(e.document),
                       terminal_safe(e.rule), terminal_safe(e.grade),
                       e.path.empty() ? "" : " " + terminal_safe(e.path));
    };
    section("Nye funn", "New findings", d->added);
    section("Rettet", "Fixed", d->fixed);
    fmt::print(fmt::runtime(en ? "Persisting: {}\n" : "Uendret: {}\n"), d->persisting.size());
    for (const auto& e : d->added) {
        auto g = e.grade == "avvik"              ? engine::Grade::avvik
                 : e.grade == "merknad"          ? engine::Grade::merknad
                 : e.grade == "forbedringspunkt" ? engine::Grade::forbedringspunkt
                                                 : engine::Grade::feil;
        if (fails(g, o.fail_on)) return exit_findings;
    }
    return exit_clean;
}

int cmd_validate(const ValidateOptions& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    size_t services = 0, routines = 0;
    Progress bar(bar_shown(o, true), o.language());
    auto loaded = audit::load(loading_of(o, bar, false), *cat,  // validate reports no hashes
                              [&](const std::vector<model::Service>& batch, bool) {
                                  services += batch.size();
                                  for (const auto& s : batch) routines += s.routines.size();
                              });
    bar.finish();
    if (!loaded.errors.empty()) {
        print_diagnostics(loaded.errors, o.language());
        return usage_error(
            o, fmt::format("{} feil i {} filer", loaded.errors.size(), loaded.files),
            fmt::format("{} error(s) in {} files", loaded.errors.size(), loaded.files));
    }
    if (o.language() == Lang::en) {
        fmt::print("ok: {} files, {} documents, {} service(s), {} routine document(s)\n",
                   loaded.files, loaded.documents, services, routines);
    } else {
        fmt::print("ok: {} filer, {} dokumenter, {} tjeneste(r), {} rutinedokument(er)\n",
                   loaded.files, loaded.documents, services, routines);
    }
    return exit_clean;
}

}  // namespace medvirk::cli
