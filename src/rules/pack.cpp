#include "rules/pack.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "checks/reader.hpp"
#include "core/parallel.hpp"
#include "core/sha256.hpp"
#include "model/routine_set.hpp"
#include "rules/parse.hpp"
#include "yaml/parse.hpp"

namespace medvirk::rules {

namespace {

// Merges the files of each pack in load order (a pack may span several files) and hashes each
// pack over its files.
void merge_files(const std::vector<PackText>& texts, std::vector<Pack>& parsed,
                 std::vector<Diagnostics>& parse_errors, Catalogue& cat, Diagnostics& errors) {
    std::vector<std::string> text_pack(texts.size());  // the pack id of each file, for the hashes
    for (size_t i = 0; i < texts.size(); ++i) {
        Pack& p = parsed[i];
        text_pack[i] = p.id;
        for (auto& e : parse_errors[i]) errors.push_back(std::move(e));
        if (!parse_errors[i].empty()) continue;
        auto same = std::find_if(cat.packs.begin(), cat.packs.end(),
                                 [&](const Pack& q) { return q.id == p.id; });
        if (same == cat.packs.end()) {
            cat.packs.push_back(std::move(p));
            continue;
        }
        if (!p.version.empty()) {
            if (!same->version.empty()) {
                errors.push_back({{p.file},
                                  "pack-duplicate",
                                  {fmt::format("regelpakken «{}» har versjon både her og i {}",
                                               p.id, same->file),
                                   fmt::format("rule pack «{}» has a version both here and in {}",
                                               p.id, same->file)}});
            }
            same->version = p.version;
            same->title = p.title;
            same->profile = p.profile;
            same->guidance = p.guidance;
            same->file = p.file;
        }
        auto append = [](auto& to, auto& from) {
            for (auto& x : from) to.push_back(std::move(x));
        };
        append(same->sources, p.sources);
        append(same->advice, p.advice);
        append(same->tags, p.tags);
        append(same->rules, p.rules);
        append(same->views, p.views);
    }
    for (auto& p : cat.packs) {
        std::string all;
        for (size_t i = 0; i < texts.size(); ++i)
            if (text_pack[i] == p.id) all += texts[i].name + '\0' + texts[i].text + '\0';
        p.sha256 = sha256_hex(all);
    }
    for (const auto& p : cat.packs) {
        if (p.version.empty() || p.title.empty()) {
            errors.push_back(
                {{p.file},
                 "pack-missing-key",
                 {fmt::format("regelpakken «{}» mangler «versjon» og «tittel» under «pakke»", p.id),
                  fmt::format("rule pack «{}» lacks «versjon» and «tittel» under «pakke»", p.id)}});
        }
    }
}

// The link step: ids across every pack read, and what rules and views refer to.
struct Linker {
    Catalogue& cat;
    Diagnostics& errors;
    std::map<std::string, const Advice*> advice_ids;
    std::map<std::string, const Tag*> tag_ids;
    std::map<std::string, const Rule*> rule_ids;
    std::vector<std::string> advice_names, tag_names;

    void dup(const Location& here, const Location& first, const std::string& what,
             const std::string& what_en, const std::string& id) {
        errors.push_back(
            {here,
             "pack-duplicate",
             {fmt::format("{} «{}» er definert før, i {}", what, id, format_location(first)),
              fmt::format("{} «{}» is already defined, at {}", what_en, id,
                          format_location(first))}});
    }

    void reference(const Location& loc, Text text) {
        errors.push_back({loc, "pack-reference", std::move(text)});
    }

    template <class T>
    void index(const std::vector<T>& items, std::map<std::string, const T*>& ids,
               std::vector<const T*>& out, const char* what, const char* what_en) {
        for (const auto& x : items) {
            if (auto [it, ok] = ids.emplace(x.id, &x); !ok) {
                dup(x.loc, it->second->loc, what, what_en, x.id);
            } else {
                out.push_back(&x);
            }
        }
    }

    void index_ids() {
        for (const auto& p : cat.packs) {
            index(p.advice, advice_ids, cat.advice, "rådet", "advice");
            index(p.tags, tag_ids, cat.tags, "dekningsordet", "coverage tag");
            index(p.rules, rule_ids, cat.rules, "regel-id", "rule id");
        }
        for (const auto& [k, v] : advice_ids) advice_names.push_back(k);
        for (const auto& [k, v] : tag_ids) tag_names.push_back(k);
    }

    void link_rule(const Rule& r) {
        if (r.origin == Origin::lov && r.legal.empty())
            errors.push_back({r.loc,
                              "pack-origin",
                              {fmt::format("regel {} har «opphav: lov», men ingen «hjemmel»", r.id),
                               fmt::format("rule {} has «opphav: lov» but no «hjemmel»", r.id)}});
        if (!r.advice.empty() && !advice_ids.count(r.advice)) {
            Text s = checks::suggestion(r.advice, advice_names);
            reference(
                r.loc,
                {fmt::format("regel {} viser til et ukjent råd «{}»{}", r.id, r.advice, s.nb),
                 fmt::format("rule {} refers to an unknown advice «{}»{}", r.id, r.advice, s.en)});
        }
        if (!r.source.empty() && !cat.source(r.source)) {
            reference(r.loc,
                      {fmt::format("regel {} viser til en ukjent kilde «{}»", r.id, r.source),
                       fmt::format("rule {} refers to an unknown source «{}»", r.id, r.source)});
        }
        if (!r.check) return;
        std::vector<const checks::Check*> all;
        checks::walk(*r.check, all);
        if (r.condition) checks::walk(*r.condition, all);
        for (const checks::Check* c : all) {
            std::string tag = c->coverage_tag();
            if (tag.empty() || tag_ids.count(tag)) continue;
            Text s = checks::suggestion(tag, tag_names);
            reference(c->loc(),
                      {fmt::format("ukjent dekningsord «{}» i regel {}{}", tag, r.id, s.nb),
                       fmt::format("unknown coverage tag «{}» in rule {}{}", tag, r.id, s.en)});
        }
    }

    // Guidance is not law: at most bør, and no legal basis of its own.
    void check_guidance(const Pack& p) {
        auto check = [&](const Location& loc, Strength st, const std::vector<LegalBasis>& legal,
                         const std::string& what, const std::string& what_en) {
            if (st == Strength::skal)
                errors.push_back(
                    {loc,
                     "pack-guidance",
                     {fmt::format(
                          "{} i veiledningspakken «{}» kan ha styrke høyst «bør», ikke «skal»",
                          what, p.id),
                      fmt::format("{} in the guidance pack «{}» may have strength at most «bør», "
                                  "not «skal»",
                                  what_en, p.id)}});
            if (!legal.empty())
                errors.push_back(
                    {loc,
                     "pack-guidance",
                     {fmt::format("{} i veiledningspakken «{}» kan ikke ha «hjemmel»: en veileder "
                                  "er ikke lov",
                                  what, p.id),
                      fmt::format(
                          "{} in the guidance pack «{}» may not have «hjemmel»: a guide is not law",
                          what_en, p.id)}});
        };
        for (const auto& a : p.advice)
            check(a.loc, a.strength, a.legal, "rådet " + a.id, "advice " + a.id);
        for (const auto& r : p.rules)
            check(r.loc, r.strength, r.legal, "regel " + r.id, "rule " + r.id);
    }

    // Coverage views: unique ids, known tags and sources.
    void link_views() {
        std::map<std::string, const CoverageView*> view_ids;
        for (const auto& p : cat.packs) {
            for (const auto& v : p.views) {
                if (auto [it, ok] = view_ids.emplace(v.id, &v); !ok)
                    dup(v.loc, it->second->loc, "dekningsvisningen", "coverage view", v.id);
                if (!v.source.empty() && !cat.source(v.source))
                    reference(v.loc,
                              {fmt::format("dekningsvisningen {} viser til en ukjent kilde «{}»",
                                           v.id, v.source),
                               fmt::format("coverage view {} refers to an unknown source «{}»",
                                           v.id, v.source)});
                for (const auto& e : v.elements)
                    for (const auto& t : e.tags) {
                        if (tag_ids.count(t)) continue;
                        Text s = checks::suggestion(t, tag_names);
                        reference(e.loc,
                                  {fmt::format("ukjent dekningsord «{}» i dekningsvisningen {}{}",
                                               t, v.id, s.nb),
                                   fmt::format("unknown coverage tag «{}» in coverage view {}{}", t,
                                               v.id, s.en)});
                    }
            }
        }
    }

    void run() {
        index_ids();
        for (const Rule* r : cat.rules) link_rule(*r);
        for (const auto& p : cat.packs)
            if (p.guidance) check_guidance(p);
        link_views();
        cat.vocabulary = tag_names;
    }
};

// Profiles: every pack has been validated; now keep the packs that apply.
void apply_profiles(Catalogue& cat, Diagnostics& errors, const LoadOptions& options) {
    std::vector<std::string> known;
    for (const auto& p : cat.packs)
        if (!p.profile.empty() && std::find(known.begin(), known.end(), p.profile) == known.end())
            known.push_back(p.profile);
    std::sort(known.begin(), known.end());
    cat.profiles = options.all_profiles ? known : std::vector<std::string>{};
    if (options.all_profiles) return;
    for (const auto& want : options.profiles) {
        if (std::find(known.begin(), known.end(), want) == known.end()) {
            Text s = checks::suggestion(want, known);
            std::string list = fmt::format("{}", fmt::join(known, ", "));
            errors.push_back({{"--profil"},
                              "unknown-profile",
                              {fmt::format("ukjent profil «{}» (kjente: {}){}", want,
                                           known.empty() ? "ingen" : list, s.nb),
                               fmt::format("unknown profile «{}» (known: {}){}", want,
                                           known.empty() ? "none" : list, s.en)}});
        } else if (std::find(cat.profiles.begin(), cat.profiles.end(), want) ==
                   cat.profiles.end()) {
            cat.profiles.push_back(want);
        }
    }
}

// Indexes the packs that apply (rules and tags sorted by id); drops the others.
void index_applied(Catalogue& cat) {
    auto applied = [&](const Pack& p) {
        return p.profile.empty() ||
               std::find(cat.profiles.begin(), cat.profiles.end(), p.profile) != cat.profiles.end();
    };
    if (!std::all_of(cat.packs.begin(), cat.packs.end(), applied)) {
        cat.packs.erase(std::remove_if(cat.packs.begin(), cat.packs.end(),
                                       [&](const Pack& p) { return !applied(p); }),
                        cat.packs.end());
        cat.rules.clear();
        cat.advice.clear();
        cat.tags.clear();
        std::set<std::string> seen_rules, seen_advice, seen_tags;
        for (const auto& p : cat.packs) {
            for (const auto& a : p.advice)
                if (seen_advice.insert(a.id).second) cat.advice.push_back(&a);
            for (const auto& t : p.tags)
                if (seen_tags.insert(t.id).second) cat.tags.push_back(&t);
            for (const auto& r : p.rules)
                if (seen_rules.insert(r.id).second) cat.rules.push_back(&r);
        }
    }
    std::set<std::string> seen_views;
    for (const auto& p : cat.packs)
        for (const auto& v : p.views)
            if (seen_views.insert(v.id).second) cat.views.push_back(&v);
    std::sort(cat.rules.begin(), cat.rules.end(),
              [](const Rule* a, const Rule* b) { return a->id < b->id; });
    std::sort(cat.tags.begin(), cat.tags.end(),
              [](const Tag* a, const Tag* b) { return a->id < b->id; });
}

}  // namespace

Catalogue load_catalogue(const std::vector<PackText>& texts, Diagnostics& errors,
                         const LoadOptions& options) {
    Catalogue cat;
    // Parse: files independently (in parallel); then link: merged in load order.
    std::vector<Pack> parsed(texts.size());
    std::vector<Diagnostics> parse_errors(texts.size());
    parallel_for(texts.size(), options.jobs,
                 [&](size_t i) { parse_pack(texts[i], parsed[i], parse_errors[i]); });
    merge_files(texts, parsed, parse_errors, cat, errors);
    Linker{cat, errors}.run();
    apply_profiles(cat, errors, options);
    index_applied(cat);
    sort_diagnostics(errors);
    return cat;
}

Catalogue load_catalogue_with(const std::vector<std::string>& dirs, Diagnostics& errors,
                              const LoadOptions& options) {
    namespace fs = std::filesystem;
    std::vector<PackText> texts;
    if (const char* only = std::getenv(only_given_packs_variable); !only || !*only)
        texts = builtin_packs();
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            errors.push_back({{dir},
                              "no-such-path",
                              {"regelmappen finnes ikke", "the rules directory does not exist"}});
            continue;
        }
        std::vector<std::string> files;
        size_t errors_before = errors.size();
        model::walk_yaml_files(dir, files, errors);
        if (errors.size() != errors_before) continue;  // never run with part of a pack
        std::sort(files.begin(), files.end());
        if (files.empty()) {
            errors.push_back({{dir},
                              "no-yaml-files",
                              {"regelmappen inneholder ingen .yaml-filer",
                               "the rules directory contains no .yaml files"}});
        }
        for (const auto& f : files) {
            std::error_code sec;
            auto size = fs::file_size(f, sec);
            const size_t limit = yaml::Limits{}.max_file_bytes;
            if (!sec && size > limit) {
                errors.push_back(
                    {{f},
                     "limit-size",
                     {fmt::format("filen er {} byte, over grensen på {} byte", size, limit),
                      fmt::format("the file is {} bytes, over the limit of {} bytes", size,
                                  limit)}});
                continue;
            }
            std::ifstream in(f, std::ios::binary);
            std::ostringstream ss;
            ss << in.rdbuf();
            if (!in) {
                errors.push_back(
                    {{f}, "unreadable-file", {"kan ikke lese filen", "cannot read the file"}});
                continue;
            }
            texts.push_back({f, ss.str()});
        }
    }
    return load_catalogue(texts, errors, options);
}

}  // namespace medvirk::rules
