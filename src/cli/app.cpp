#include "cli/app.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "core/suggest.hpp"
#include "core/terminal.hpp"
#include "report/formats.hpp"
#include "version.hpp"

namespace medvirk::cli {

namespace {

struct Command {
    std::string parent;  // "" for top level
    std::string name;
    Text description;
    Text examples;
    // Makes the subcommand's options, binds them to its parser and returns what runs it; empty
    // for a group of subcommands.
    std::function<std::function<int()>(CLI::App&, Lang)> bind;
};

// A subcommand with its own options struct O: `setup` binds its fields, `run` gets them.
template <class O>
std::function<std::function<int()>(CLI::App&, Lang)> bind(void (*setup)(CLI::App&, O&, Lang),
                                                          int (*run)(const O&)) {
    return [setup, run](CLI::App& app, Lang l) -> std::function<int()> {
        auto o = std::make_shared<O>();
        setup(app, *o, l);
        return [o, run] { return run(*o); };
    };
}

void add_lang(CLI::App& app, CommonOptions& o, Lang l) {
    app.add_option(
           "--lang", o.lang,
           l == Lang::en ? "Output language: nb (default) or en" : "Språk: nb (standard) eller en")
        ->check(CLI::IsMember({"nb", "en"}));
}

void add_rules(CLI::App& app, RuleOptions& o, Lang l) {
    app.add_option("--rules", o.rule_dirs,
                   l == Lang::en ? "Also load the rule packs in DIR (repeatable)"
                                 : "Last også regelpakkene i MAPPE (kan gjentas)")
        ->type_name(l == Lang::en ? "DIR" : "MAPPE")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option(
           "--profil", o.profiles,
           l == Lang::en
               ? "Also apply the built-in opt-in pack PROFILE, e.g. recovery (repeatable)"
               : "Bruk også den innebygde tilleggspakken PROFIL, f.eks. recovery (kan gjentas)")
        ->type_name(l == Lang::en ? "PROFILE" : "PROFIL")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_jobs(CLI::App& app, RoutineOptions& o, Lang l) {
    app.add_option("--jobs,-j", o.jobs,
                   l == Lang::en ? "Read and audit with N threads (default: the number of cores); "
                                   "the output is the same for any N"
                                 : "Les og revider med N tråder (standard: antall kjerner); "
                                   "resultatet er det samme for alle N")
        ->type_name("N")
        ->check(CLI::Range(1u, 256u));
    app.add_flag("--quiet,-q", o.quiet,
                 l == Lang::en
                     ? "No progress bar (it is shown only on a terminal, for runs over a second)"
                     : "Ingen fremdriftslinje (den vises bare i en terminal, for kjøringer over "
                       "ett sekund)");
}

void add_paths(CLI::App& app, RoutineOptions& o, Lang l) {
    app.add_option("paths", o.paths,
                   l == Lang::en ? "Routine sets: directories (walked recursively) or YAML files"
                                 : "Rutinesett: mapper (gjennomgås rekursivt) eller YAML-filer")
        ->required()
        ->type_name(l == Lang::en ? "PATH" : "STI");
}

Command audit_command() {
    return {
        "",
        "audit",
        {"Reviderer rutinesett mot de nasjonale faglige rådene og skriver graderte funn",
         "Audit routine sets against the national advice and print graded findings"},
        {"Eksempler:\n"
         "  medvirk audit examples/kommune-med-mangler\n"
         "  medvirk audit --as-of 2026-01-15 --fail-on merknad rutiner/\n"
         "  medvirk audit --lang en region/   # én tjeneste per undermappe\n"
         "  medvirk audit --format sarif=medvirk.sarif --format text rutiner/\n"
         "  medvirk audit --baseline .medvirk-grunnlinje.json rutiner/\n"
         "  medvirk audit --profil recovery --rules regler/ rutiner/\n"
         "  medvirk audit --jobs 2 --format html=rapport.html region/\n"
         "Avslutningskoder: 0 ingen funn på eller over terskelen, 1 funn, 2 bruks- eller "
         "inndatafeil.",
         "Examples:\n"
         "  medvirk audit examples/kommune-med-mangler\n"
         "  medvirk audit --as-of 2026-01-15 --fail-on merknad routines/\n"
         "  medvirk audit --lang en region/   # one service per subdirectory\n"
         "  medvirk audit --format sarif=medvirk.sarif --format text routines/\n"
         "  medvirk audit --baseline .medvirk-baseline.json routines/\n"
         "  medvirk audit --profil recovery --rules rules/ routines/\n"
         "  medvirk audit --jobs 2 --format html=report.html region/\n"
         "Exit codes: 0 nothing at or above the threshold, 1 findings, 2 usage or input error."},
        bind<AuditOptions>(
            [](CLI::App& a, AuditOptions& o, Lang l) {
                add_paths(a, o, l);
                add_lang(a, o, l);
                add_rules(a, o, l);
                add_jobs(a, o, l);
                a.add_option(
                     "--as-of", o.as_of,
                     l == Lang::en
                         ? "Audit date YYYY-MM-DD (default: today); makes an audit reproducible"
                         : "Datoen revisjonen gjelder, ÅÅÅÅ-MM-DD (standard: i dag); gjør "
                           "revisjonen reproduserbar")
                    ->type_name(l == Lang::en ? "DATE" : "DATO");
                a.add_option(
                     "--fail-on", o.fail_on,
                     l == Lang::en
                         ? "Exit 1 on findings at or above this grade (default: avvik)"
                         : "Avslutt med 1 ved funn på eller over denne graden (standard: avvik)")
                    ->check(CLI::IsMember({"avvik", "merknad", "forbedringspunkt", "aldri"}));
                a.add_option("--color", o.color,
                             l == Lang::en
                                 ? "Colour: auto (terminal, not with NO_COLOR), always, never"
                                 : "Farger: auto (terminal, ikke med NO_COLOR), always, never")
                    ->check(CLI::IsMember({"auto", "always", "never"}));
                a.add_option(
                     "--format", o.formats,
                     (l == Lang::en ? "Report format, repeatable; FORMAT=FILE writes a file:\n"
                                    : "Rapportformat, kan gjentas; FORMAT=FIL skriver til fil:\n") +
                         report::format_list(l))
                    ->expected(1)
                    ->allow_extra_args(false)
                    ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
                    ->type_name(l == Lang::en ? "FORMAT[=FILE]" : "FORMAT[=FIL]");
                a.add_option(
                     "--baseline", o.baseline,
                     l == Lang::en
                         ? "Report only findings not in this baseline (medvirk baseline create)"
                         : "Vis bare funn som ikke står i denne grunnlinjen (medvirk baseline "
                           "create)")
                    ->type_name(l == Lang::en ? "FILE" : "FIL");
                a.add_flag("--all", o.show_all,
                           l == Lang::en
                               ? "Also list passed and not-applicable results, with evidence"
                               : "Vis også oppfylte og ikke relevante resultater, med bevis");
                a.add_flag("--suggest-tags", o.suggest_tags,
                           l == Lang::en
                               ? "Also suggest coverage words for untagged steps (text and json; "
                                 "information, not evidence: the results do not change)"
                               : "Foreslå også dekningsord for steg uten «dekker:» (text og json; "
                                 "informasjon, ikke bevis: resultatene endres ikke)");
            },
            cmd_audit)};
}

Command validate_command() {
    return {"",
            "validate",
            {"Kontrollerer bare formatet til rutinesett", "Check the format of routine sets only"},
            {"Eksempel:\n  medvirk validate examples/kommune-oppfyller-s1\n"
             "Avslutningskoder: 0 gyldig, 2 feil i formatet.",
             "Example:\n  medvirk validate examples/kommune-oppfyller-s1\n"
             "Exit codes: 0 valid, 2 format errors."},
            bind<ValidateOptions>(
                [](CLI::App& a, ValidateOptions& o, Lang l) {
                    add_paths(a, o, l);
                    add_lang(a, o, l);
                    add_rules(a, o, l);
                    add_jobs(a, o, l);
                },
                cmd_validate)};
}

Command baseline_command() {
    return {"",
            "baseline",
            {"Grunnlinjer for å ta i bruk medvirk på eksisterende rutiner",
             "Baselines for adopting medvirk on existing routines"},
            {},
            nullptr};
}

Command baseline_create_command() {
    return {
        "baseline",
        "create",
        {"Lagrer dagens funn i en grunnlinje; «audit --baseline» viser deretter bare nye funn",
         "Record today's findings in a baseline; «audit --baseline» then shows only new ones"},
        {"Eksempel:\n  medvirk baseline create .medvirk-grunnlinje.json rutiner/\n  medvirk audit "
         "--baseline .medvirk-grunnlinje.json rutiner/",
         "Example:\n  medvirk baseline create .medvirk-baseline.json routines/\n  medvirk audit "
         "--baseline .medvirk-baseline.json routines/"},
        bind<BaselineCreateOptions>(
            [](CLI::App& a, BaselineCreateOptions& o, Lang l) {
                a.add_option(
                     "file", o.out_dir,
                     l == Lang::en ? "Baseline file to write" : "Grunnlinjefilen som skal skrives")
                    ->required()
                    ->type_name(l == Lang::en ? "FILE" : "FIL");
                add_paths(a, o, l);
                add_lang(a, o, l);
                add_rules(a, o, l);
                add_jobs(a, o, l);
                a.add_option("--as-of", o.as_of,
                             l == Lang::en ? "Audit date YYYY-MM-DD (default: today)"
                                           : "Revisjonsdato ÅÅÅÅ-MM-DD (standard: i dag)")
                    ->type_name(l == Lang::en ? "DATE" : "DATO");
            },
            cmd_baseline_create)};
}

Command diff_command() {
    return {"",
            "diff",
            {"Sammenligner to JSON-rapporter: nye, rettede og uendrede funn",
             "Compare two JSON reports: new, fixed and persisting findings"},
            {"Eksempel:\n  medvirk diff forrige.json denne.json\nAvslutningskode 1 når det er nye "
             "funn på eller over --fail-on.",
             "Example:\n  medvirk diff previous.json current.json\nExit code 1 when there are new "
             "findings at or above --fail-on."},
            bind<DiffOptions>(
                [](CLI::App& a, DiffOptions& o, Lang l) {
                    a.add_option("reports", o.paths,
                                 l == Lang::en ? "OLD.json NEW.json" : "GAMMEL.json NY.json")
                        ->required()
                        ->expected(2)
                        ->type_name("JSON");
                    add_lang(a, o, l);
                    a.add_option(
                         "--fail-on", o.fail_on,
                         l == Lang::en
                             ? "Exit 1 on new findings at or above this grade (default: avvik)"
                             : "Avslutt med 1 ved nye funn på eller over denne graden "
                               "(standard: avvik)")
                        ->check(CLI::IsMember({"avvik", "merknad", "forbedringspunkt", "aldri"}));
                },
                cmd_diff)};
}

Command report_command() {
    return {
        "",
        "report",
        {"Lager HTML-rapporten fra en lagret JSON-rapport (samme fil som «audit --format html»)",
         "Render a saved JSON report as the HTML report (the same file as «audit --format html»)"},
        {"Eksempler:\n"
         "  medvirk audit --as-of 2026-11-23 --format json=rapport.json rutiner/\n"
         "  medvirk report rapport.json -o rapport.html\n"
         "  medvirk report --lang en rapport.json -o report.html\n"
         "Uten -o skrives HTML til standard ut. Avslutningskoder: 0 skrevet, 2 feil i "
         "JSON-rapporten eller ved skriving.",
         "Examples:\n"
         "  medvirk audit --as-of 2026-11-23 --format json=report.json routines/\n"
         "  medvirk report report.json -o report.html\n"
         "  medvirk report --lang en report.json -o report.html\n"
         "Without -o the HTML goes to standard output. Exit codes: 0 written, 2 error in the JSON "
         "report or when writing."},
        bind<ReportOptions>(
            [](CLI::App& a, ReportOptions& o, Lang l) {
                a.add_option("report", o.paths,
                             l == Lang::en ? "JSON report from «medvirk audit --format json»"
                                           : "JSON-rapport fra «medvirk audit --format json»")
                    ->required()
                    ->expected(1)
                    ->type_name("JSON");
                a.add_option("-o,--output", o.out_dir,
                             l == Lang::en
                                 ? "HTML file to write (atomically); default: standard output"
                                 : "HTML-filen som skal skrives (atomisk); standard: standard ut")
                    ->type_name(l == Lang::en ? "FILE" : "FIL");
                add_lang(a, o, l);
            },
            cmd_report)};
}

Command suggest_tags_command() {
    return {
        "",
        "suggest-tags",
        {"Foreslår dekningsord for steg uten «dekker:», ut fra ordenes tegn (skriver ingenting)",
         "Suggest coverage words for untagged steps, from the words' indicator terms (writes "
         "nothing)"},
        {"Eksempler:\n"
         "  medvirk suggest-tags rutiner/\n"
         "  medvirk suggest-tags rutiner/tjeneste.yaml rutiner/innleggelse.yaml\n"
         "  medvirk suggest-tags --lang en --format json rutiner/\n"
         "  medvirk audit --suggest-tags rutiner/   # forslagene etter funnene\n"
         "En fil må leses sammen med tjenestedokumentet sitt, som i «audit». Forslagene er "
         "informasjon, ikke bevis: sett «dekker:» bare når steget faktisk gjør det ordet "
         "beskriver (se «medvirk rules tags»).\n"
         "Avslutningskoder: 0 skrevet (også med forslag), 2 bruks- eller inndatafeil.",
         "Examples:\n"
         "  medvirk suggest-tags routines/\n"
         "  medvirk suggest-tags routines/tjeneste.yaml routines/admission.yaml\n"
         "  medvirk suggest-tags --lang en --format json routines/\n"
         "  medvirk audit --suggest-tags routines/   # the suggestions after the findings\n"
         "A file must be read together with its service document, as in «audit». The "
         "suggestions are information, not evidence: add «dekker:» only where the step really "
         "does what the word describes (see «medvirk rules tags»).\n"
         "Exit codes: 0 printed (also with suggestions), 2 usage or input error."},
        bind<SuggestTagsOptions>(
            [](CLI::App& a, SuggestTagsOptions& o, Lang l) {
                add_paths(a, o, l);
                add_lang(a, o, l);
                add_rules(a, o, l);
                add_jobs(a, o, l);
                a.add_option(
                     "--format", o.format,
                     l == Lang::en ? "text (default) or json" : "text (standard) eller json")
                    ->check(CLI::IsMember({"text", "json"}));
            },
            cmd_suggest_tags)};
}

Command rules_command() { return {"", "rules", {"Viser reglene", "Show the rules"}, {}, nullptr}; }

Command rules_list_command() {
    return {"rules",
            "list",
            {"Lister alle regler, gruppert per råd", "List every rule, grouped by advice item"},
            {"Eksempler:\n  medvirk rules list\n  medvirk rules list --format json | "
             "../shared/tools/check-quotes",
             "Examples:\n  medvirk rules list\n  medvirk rules list --format json | "
             "../shared/tools/check-quotes"},
            bind<RulesListOptions>(
                [](CLI::App& a, RulesListOptions& o, Lang l) {
                    add_lang(a, o, l);
                    add_rules(a, o, l);
                    a.add_option(
                         "--format", o.format,
                         l == Lang::en ? "text (default) or json" : "text (standard) eller json")
                        ->check(CLI::IsMember({"text", "json"}));
                },
                cmd_rules_list)};
}

Command rules_show_command() {
    return {"rules",
            "show",
            {"Viser én regel: råd, sitat, hjemmel, hva som oppfyller den, eksempel",
             "Show one rule: advice, quote, legal basis, what passes, an example"},
            {"Eksempel:\n  medvirk rules show S1-BRUKERRAD",
             "Example:\n  medvirk rules show S1-BRUKERRAD"},
            bind<RulesShowOptions>(
                [](CLI::App& a, RulesShowOptions& o, Lang l) {
                    a.add_option("id", o.rule_id, l == Lang::en ? "Rule id" : "Regel-id")
                        ->required()
                        ->type_name("ID");
                    add_lang(a, o, l);
                    add_rules(a, o, l);
                },
                cmd_rules_show)};
}

Command rules_tags_command() {
    return {"rules",
            "tags",
            {"Lister dekningsordene som kan stå i «dekker:»",
             "List the coverage tags usable in «dekker:»"},
            {"Eksempel:\n  medvirk rules tags", "Example:\n  medvirk rules tags"},
            bind<RuleOptions>(
                [](CLI::App& a, RuleOptions& o, Lang l) {
                    add_lang(a, o, l);
                    add_rules(a, o, l);
                },
                cmd_rules_tags)};
}

Command init_command() {
    return {
        "",
        "init",
        {"Lager et skjelett for et rutinesett med alle dokumenttypene reglene ser etter",
         "Write a routine-set skeleton with every document type the rules look for"},
        {"Eksempler:\n"
         "  medvirk init rutiner/phr --nivå kommune --målgrupper unge,voksne\n"
         "  medvirk init dps --nivå spesialisthelsetjeneste --målgrupper unge,voksne "
         "--helseinstitusjon\n"
         "Eksisterende filer overskrives bare med --force.",
         "Examples:\n"
         "  medvirk init routines/phr --nivå kommune --målgrupper unge,voksne\n"
         "  medvirk init dps --nivå spesialisthelsetjeneste --målgrupper unge,voksne "
         "--helseinstitusjon\n"
         "Existing files are only overwritten with --force."},
        bind<InitOptions>(
            [](CLI::App& a, InitOptions& o, Lang l) {
                a.add_option("dir", o.out_dir,
                             l == Lang::en ? "Directory to write" : "Mappen som skal skrives")
                    ->required()
                    ->type_name(l == Lang::en ? "DIR" : "MAPPE");
                a.add_option("--nivå", o.level, l == Lang::en ? "Level of service" : "Tjenestenivå")
                    ->required()
                    ->check(CLI::IsMember({"kommune", "spesialisthelsetjeneste"}));
                a.add_option(
                     "--målgrupper", o.target_groups,
                     l == Lang::en ? "Target groups, comma-separated" : "Målgrupper, kommaseparert")
                    ->required()
                    ->delimiter(',')
                    ->check(CLI::IsMember({"barn", "unge", "voksne", "eldre"}));
                a.add_flag("--helseinstitusjon", o.institution,
                           l == Lang::en ? "The service is a health institution"
                                         : "Tjenesten er en helseinstitusjon");
                a.add_flag(
                    "--force", o.force,
                    l == Lang::en ? "Overwrite existing files" : "Overskriv eksisterende filer");
                add_lang(a, o, l);
                add_rules(a, o, l);
            },
            cmd_init)};
}

Command rules_docs_command() {
    return {
        "rules",
        "docs",
        {"Skriver én Markdown-side per regel og en indeks per råd til MAPPE",
         "Write one Markdown page per rule and an index by advice item into DIR"},
        {"Eksempel:\n  medvirk rules docs docs/rules", "Example:\n  medvirk rules docs docs/rules"},
        bind<RulesDocsOptions>(
            [](CLI::App& a, RulesDocsOptions& o, Lang l) {
                a.add_option("dir", o.out_dir, l == Lang::en ? "Target directory" : "Målmappe")
                    ->required()
                    ->type_name(l == Lang::en ? "DIR" : "MAPPE");
                add_lang(a, o, l);
                add_rules(a, o, l);
            },
            cmd_rules_docs)};
}

Command schema_command() {
    return {"",
            "schema",
            {"Skriver JSON Schema for rutinesettformatet (for redigeringsverktøy)",
             "Print the JSON Schema of the routine-set format (for editors)"},
            {"Eksempel:\n  medvirk schema > schema/medvirk-rutinesett.schema.json",
             "Example:\n  medvirk schema > schema/medvirk-rutinesett.schema.json"},
            bind<RuleOptions>(
                [](CLI::App& a, RuleOptions& o, Lang l) {
                    add_lang(a, o, l);
                    add_rules(a, o, l);
                },
                cmd_schema)};
}

// Hidden (no description): writes the format table of README.md and docs/report-format.md.
Command formats_command() {
    return {"",
            "formats",
            {},
            {},
            bind<CommonOptions>([](CLI::App&, CommonOptions&, Lang) {}, cmd_formats)};
}

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        audit_command(),           validate_command(),   suggest_tags_command(), baseline_command(),
        baseline_create_command(), diff_command(),       report_command(),       rules_command(),
        rules_list_command(),      rules_show_command(), rules_tags_command(),   init_command(),
        rules_docs_command(),      schema_command(),     formats_command(),
    };
    return table;
}

// The help language follows --lang, which must be known before the parser is built.
Lang prescan_lang(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--lang=en" || (a == "--lang" && i + 1 < argc && std::string(argv[i + 1]) == "en"))
            return Lang::en;
    }
    return Lang::nb;
}

std::vector<std::string> names_under(const std::string& parent) {
    std::vector<std::string> out;
    for (const auto& c : commands())
        if (c.parent == parent) out.push_back(c.name);
    return out;
}

// "did you mean" for a mistyped subcommand, before CLI11 reports it less helpfully.
int check_subcommand_typo(int argc, char** argv, Lang l) {
    std::string parent;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a.empty() || a[0] == '-') return 0;
        auto names = names_under(parent);
        if (names.empty()) return 0;
        if (std::find(names.begin(), names.end(), a) != names.end()) {
            parent = a;
            continue;
        }
        auto s = did_you_mean(a, names);
        std::string where = parent.empty() ? "medvirk" : "medvirk " + parent;
        if (l == Lang::en) {
            fmt::print(stderr, "medvirk: error: unknown command «{}»{}; see «{} --help»\n",
                       terminal_safe(a), s ? fmt::format(" (did you mean «{}»?)", *s) : "", where);
        } else {
            fmt::print(stderr, "medvirk: feil: ukjent kommando «{}»{}; se «{} --help»\n",
                       terminal_safe(a), s ? fmt::format(" (mente du «{}»?)", *s) : "", where);
        }
        return exit_error;
    }
    return 0;
}

// The subcommand the arguments select (the deepest one named), or the top-level app.
CLI::App* selected(CLI::App& app, int argc, char** argv) {
    CLI::App* cur = &app;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a.empty() || a[0] == '-') break;
        CLI::App* sub = nullptr;
        for (CLI::App* s : cur->get_subcommands([](CLI::App*) { return true; }))
            if (s->get_name() == a) sub = s;
        if (!sub) break;
        cur = sub;
    }
    return cur;
}

// An option the command does not know, named with a did-you-mean, before CLI11 reports it as
// "paths is required" or "argument was not expected". "-set" is taken as a mistyped path when
// "set" exists, else compared with the command's option names.
int check_unknown_options(CLI::App& app, int argc, char** argv, Lang l) {
    CLI::App* cmd = selected(app, argc, argv);
    if (cmd == &app) return 0;
    std::vector<std::string> longs, shorts;
    std::map<std::string, bool> takes_value;  // "--jobs" / "-j" -> whether a value follows
    for (const CLI::Option* opt : cmd->get_options()) {
        bool value = opt->get_type_size_max() > 0;
        for (const auto& n : opt->get_lnames()) {
            longs.push_back("--" + n);
            takes_value["--" + n] = value;
        }
        for (const auto& n : opt->get_snames()) {
            shorts.push_back("-" + n);
            takes_value["-" + n] = value;
        }
    }
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--") break;
        if (a.size() < 2 || a[0] != '-' || (a[1] >= '0' && a[1] <= '9')) continue;
        std::string name = a.substr(0, a.find('='));
        bool known = false;
        if (a[1] == '-') {
            known = std::find(longs.begin(), longs.end(), name) != longs.end();
            if (known && name == a && takes_value[name])
                ++i;  // its value, even if it starts with '-'
        } else {
            std::string first = a.substr(0, 2);
            known = std::find(shorts.begin(), shorts.end(), first) != shorts.end();
            // "-jobs" is -j with the value "obs" to CLI11, but surely meant --jobs.
            if (known && a.size() > 2 &&
                std::find(longs.begin(), longs.end(), "-" + name) != longs.end())
                known = false;
            if (known && a.size() == 2 && takes_value[first]) ++i;
        }
        if (known) continue;
        size_t dashes = name.find_first_not_of('-');
        std::string bare = dashes == std::string::npos ? std::string{} : name.substr(dashes);
        std::optional<std::string> s;
        std::error_code ec;
        if (a[1] != '-' && !bare.empty() && std::filesystem::exists(bare, ec)) s = bare;
        if (!s) {
            if (!bare.empty())
                s = did_you_mean("--" + bare, longs);  // one-letter names are too short to guess at
        }
        std::string where = "medvirk " +
                            (cmd->get_parent() != &app ? cmd->get_parent()->get_name() + " " : "") +
                            cmd->get_name();
        if (l == Lang::en) {
            fmt::print(stderr, "medvirk: error: unknown option «{}»{}; see «{} --help»\n",
                       terminal_safe(a),
                       s ? fmt::format(" (did you mean «{}»?)", terminal_safe(*s)) : "", where);
        } else {
            fmt::print(stderr, "medvirk: feil: ukjent valg «{}»{}; se «{} --help»\n",
                       terminal_safe(a),
                       s ? fmt::format(" (mente du «{}»?)", terminal_safe(*s)) : "", where);
        }
        return exit_error;
    }
    return 0;
}

}  // namespace

int run(int argc, char** argv) {
    Lang l = prescan_lang(argc, argv);
    if (int rc = check_subcommand_typo(argc, argv, l)) return rc;

    CLI::App app{l == Lang::en
                     ? "medvirk: audits written routines against Norway's national advice on user "
                       "and next-of-kin participation in mental health and substance-use services"
                     : "medvirk: reviderer skriftlige rutiner mot de nasjonale faglige rådene for "
                       "bruker- og pårørendemedvirkning i rus- og psykisk helsefeltet",
                 "medvirk"};
    app.set_version_flag("--version", std::string("medvirk ") + MEDVIRK_VERSION);
    app.require_subcommand(1);
    app.footer(l == Lang::en
                   ? "Run «medvirk COMMAND --help» for a command's options and examples."
                   : "Kjør «medvirk KOMMANDO --help» for valg og eksempler for en kommando.");

    std::map<std::string, CLI::App*> apps{{"", &app}};
    std::vector<std::pair<CLI::App*, std::function<int()>>> runnable;
    for (const auto& c : commands()) {
        CLI::App* parent = apps.at(c.parent);
        CLI::App* sub = parent->add_subcommand(c.name, c.description.get(l));
        if (c.description.nb.empty()) sub->group("");  // hidden from the help
        apps[c.name] = sub;
        if (!c.examples.empty()) sub->footer(c.examples.get(l));
        if (c.bind)
            runnable.emplace_back(sub, c.bind(*sub, l));
        else
            sub->require_subcommand(1);
    }

    if (int rc = check_unknown_options(app, argc, argv, l)) return rc;
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion&) {
        fmt::print("medvirk {}\n", MEDVIRK_VERSION);
        return exit_clean;
    } catch (const CLI::ParseError& e) {
        fmt::print(
            stderr, "medvirk: {}: {}\n{}\n", l == Lang::en ? "error" : "feil",
            terminal_safe(e.what()),
            l == Lang::en ? "Run «medvirk --help» for usage." : "Kjør «medvirk --help» for bruk.");
        return exit_error;
    }
    for (const auto& [sub, run_it] : runnable)
        if (sub->parsed()) return run_it();
    return exit_error;
}

}  // namespace medvirk::cli
