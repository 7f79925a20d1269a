#include "rules/pack.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "core/parallel.hpp"
#include "core/sha256.hpp"
#include "core/suggest.hpp"
#include "engine/checks.hpp"
#include "model/format.hpp"
#include "model/routine_set.hpp"
#include "yaml/parse.hpp"
#include "yaml/serialize.hpp"

namespace medvirk::rules {

namespace {

using yaml::Node;

const std::vector<std::string> levels = {"kommune", "spesialisthelsetjeneste"};
const std::vector<std::string> target_groups = {"barn", "unge", "voksne", "eldre"};
const std::vector<std::string> advice_levels = {"system", "tjeneste", "individ", "dokument"};

struct Reader {
    const std::string& file;
    Diagnostics& errors;

    Location at(const Node& n) const { return {file, n.line, n.col}; }

    void err(const Node& n, std::string code, std::string nb, std::string en) {
        errors.push_back({at(n), std::move(code), {std::move(nb), std::move(en)}});
    }

    // Reports unknown keys (with a suggestion); false when `n` is not a mapping.
    bool keys(const Node& n, const std::vector<std::string>& allowed, const std::string& where) {
        if (!n.is_map()) {
            err(n, "pack-type", fmt::format("{} skal være en tabell med nøkler", where),
                fmt::format("{} must be a mapping of keys", where));
            return false;
        }
        for (const auto& e : n.entries) {
            if (std::find(allowed.begin(), allowed.end(), e.key) != allowed.end()) continue;
            auto s = did_you_mean(e.key, allowed);
            Node pos;
            pos.line = e.line;
            pos.col = e.col;
            err(pos, "pack-unknown-key",
                fmt::format("ukjent nøkkel «{}» i {}{}", e.key, where,
                            s ? fmt::format("; mente du «{}»?", *s) : ""),
                fmt::format("unknown key «{}» in {}{}", e.key, where,
                            s ? fmt::format("; did you mean «{}»?", *s) : ""));
        }
        return true;
    }

    void missing(const Node& n, const std::string& key, const std::string& where) {
        err(n, "pack-missing-key", fmt::format("{} mangler «{}»", where, key),
            fmt::format("{} lacks «{}»", where, key));
    }

    std::string str(const Node& n, const std::string& key, bool required, const std::string& where) {
        const Node* v = n.get(key);
        if (!v || v->is_null()) {
            if (required) missing(n, key, where);
            return {};
        }
        if (!v->is_scalar()) {
            err(*v, "pack-type", fmt::format("«{}» i {} skal være en tekst", key, where),
                fmt::format("«{}» in {} must be a text", key, where));
            return {};
        }
        return v->value;
    }

    Text text(const Node& n, const std::string& key, bool required, const std::string& where) {
        const Node* v = n.get(key);
        if (!v || v->is_null()) {
            if (required) missing(n, key, where);
            return {};
        }
        std::string w = fmt::format("«{}» i {}", key, where);
        if (!keys(*v, {"nb", "en"}, w)) return {};
        return Text{str(*v, "nb", true, w), str(*v, "en", true, w)};
    }

    // A scalar or a list of scalars.
    std::vector<std::string> list(const Node& n, const std::string& key, const std::string& where) {
        std::vector<std::string> out;
        const Node* v = n.get(key);
        if (!v || v->is_null()) return out;
        if (v->is_scalar()) return {v->value};
        if (!v->is_seq()) {
            err(*v, "pack-type", fmt::format("«{}» i {} skal være en liste", key, where),
                fmt::format("«{}» in {} must be a list", key, where));
            return out;
        }
        for (const auto& i : v->items) {
            if (i.is_scalar()) {
                out.push_back(i.value);
            } else {
                err(i, "pack-type", fmt::format("elementene i «{}» skal være tekster", key),
                    fmt::format("the items of «{}» must be texts", key));
            }
        }
        return out;
    }

    void one_of(const Node& n, const std::string& value, const std::vector<std::string>& allowed,
                const std::string& key) {
        if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
        auto s = did_you_mean(value, allowed);
        err(n, "pack-unknown-value",
            fmt::format("ukjent verdi «{}» for «{}» (tillatt: {}){}", value, key,
                        fmt::join(allowed, ", "), s ? fmt::format("; mente du «{}»?", *s) : ""),
            fmt::format("unknown value «{}» for «{}» (allowed: {}){}", value, key,
                        fmt::join(allowed, ", "), s ? fmt::format("; did you mean «{}»?", *s) : ""));
    }

    // Checks each value of a list field against `allowed`, pointing at the offending item.
    void values_in(const Node& n, const std::string& key, const std::vector<std::string>& allowed) {
        const Node* v = n.get(key);
        if (!v) return;
        if (v->is_scalar()) one_of(*v, v->value, allowed, key);
        for (const auto& i : v->items)
            if (i.is_scalar()) one_of(i, i.value, allowed, key);
    }

    std::optional<long> integer(const Node& n, const std::string& key) {
        const Node* v = n.get(key);
        if (!v || v->is_null()) return std::nullopt;
        bool ok = v->is_scalar() && v->plain && !v->value.empty() && v->value.size() < 10 &&
                  std::all_of(v->value.begin(), v->value.end(),
                              [](char c) { return c >= '0' && c <= '9'; });
        if (!ok) {
            err(*v, "pack-type", fmt::format("«{}» skal være et heltall", key),
                fmt::format("«{}» must be a whole number", key));
            return std::nullopt;
        }
        return std::stol(v->value);
    }

    std::optional<bool> boolean(const Node& n, const std::string& key) {
        const Node* v = n.get(key);
        if (!v || v->is_null()) return std::nullopt;
        if (v->is_scalar() && v->plain && (v->value == "true" || v->value == "false"))
            return v->value == "true";
        err(*v, "pack-type", fmt::format("«{}» skal være true eller false", key),
            fmt::format("«{}» must be true or false", key));
        return std::nullopt;
    }

    bool valid_path(const std::string& p) {
        if (p.empty() || p.front() == '.' || p.back() == '.') return false;
        return p.find("..") == std::string::npos && p.find_first_of(" []*") == std::string::npos;
    }

    Filter filter(const Node& n) {
        Filter f;
        if (!n.is_map()) {
            err(n, "pack-selector", "«hvor» skal være en tabell: felt: verdi",
                "«hvor» must be a mapping: field: value");
            return f;
        }
        for (const auto& e : n.entries) {
            if (!valid_path(e.key)) {
                err(e.value, "pack-selector",
                    fmt::format("ugyldig feltsti «{}» i «hvor» (bruk navn.med.punktum)", e.key),
                    fmt::format("invalid field path «{}» in «hvor» (use dotted.names)", e.key));
                continue;
            }
            Condition c;
            const Node& v = e.value;
            if (v.is_scalar()) {
                c.values = {v.value};
            } else if (v.is_seq()) {
                for (const auto& i : v.items)
                    if (i.is_scalar()) c.values.push_back(i.value);
            } else if (v.is_map()) {
                if (!keys(v, {"finnes", "passert"}, fmt::format("«hvor.{}»", e.key))) continue;
                if (v.entries.size() != 1) {
                    err(v, "pack-selector",
                        "en betingelse i «hvor» har nøyaktig én av «finnes» og «passert»",
                        "a condition in «hvor» has exactly one of «finnes» and «passert»");
                    continue;
                }
                const std::string& op = v.entries.front().key;
                auto flag = boolean(v, op);
                if (!flag) continue;
                c.kind = op == "finnes" ? Condition::Kind::exists : Condition::Kind::past;
                c.flag = *flag;
            } else {
                err(v, "pack-selector", "tom betingelse i «hvor»", "empty condition in «hvor»");
                continue;
            }
            f.conditions.emplace_back(e.key, std::move(c));
        }
        return f;
    }

    Check check(const Node& n) {
        Check c;
        c.loc = at(n);
        if (!n.is_map() || n.entries.size() != 1) {
            err(n, "pack-check",
                fmt::format("en sjekk er en tabell med nøyaktig én sjekktype (en av: {})",
                            fmt::join(engine::check_kind_names(), ", ")),
                fmt::format("a check is a mapping with exactly one check kind (one of: {})",
                            fmt::join(engine::check_kind_names(), ", ")));
            return c;
        }
        const yaml::Entry& e = n.entries.front();
        Node key_pos;
        key_pos.line = e.line;
        key_pos.col = e.col;
        c.kind = e.key;
        c.loc = at(key_pos);
        const engine::CheckKind* kind = engine::find_check_kind(e.key);
        if (!kind) {
            auto s = did_you_mean(e.key, engine::check_kind_names());
            err(key_pos, "pack-check-kind",
                fmt::format("ukjent sjekktype «{}» (tillatt: {}){}", e.key,
                            fmt::join(engine::check_kind_names(), ", "),
                            s ? fmt::format("; mente du «{}»?", *s) : ""),
                fmt::format("unknown check kind «{}» (allowed: {}){}", e.key,
                            fmt::join(engine::check_kind_names(), ", "),
                            s ? fmt::format("; did you mean «{}»?", *s) : ""));
            return c;
        }
        const Node& p = e.value;
        using Shape = engine::CheckKind::Shape;
        if (kind->shape == Shape::list) {
            if (!p.is_seq() || p.items.empty()) {
                err(p, "pack-check", fmt::format("«{}» tar en ikke-tom liste av sjekker", e.key),
                    fmt::format("«{}» takes a non-empty list of checks", e.key));
                return c;
            }
            for (const auto& i : p.items) c.children.push_back(check(i));
            return c;
        }
        if (kind->shape == Shape::single) {
            c.children.push_back(check(p));
            return c;
        }
        std::string where = fmt::format("sjekken «{}»", e.key);
        if (!keys(p, kind->params, where)) return c;
        c.field = str(p, "felt", false, where);
        if (!c.field.empty() && !valid_path(c.field)) {
            err(*p.get("felt"), "pack-selector",
                fmt::format("ugyldig feltsti «{}» (bruk navn.med.punktum)", c.field),
                fmt::format("invalid field path «{}» (use dotted.names)", c.field));
        }
        c.types = list(p, "type", where);
        auto all_types = model::document_type_names();
        all_types.push_back("*");
        values_in(p, "type", all_types);
        if (const Node* h = p.get("hvor")) c.where = filter(*h);
        c.min = integer(p, "min");
        c.max = integer(p, "maks");
        c.tag = str(p, "tag", false, where);
        c.date_rule = str(p, "krav", false, where);
        if (const Node* er = p.get("er"); er && !er->is_null()) {
            if (er->is_scalar()) {
                c.values.push_back(er->value);
            } else {
                err(*er, "pack-type", "«er» skal være én verdi; bruk «en_av» for flere",
                    "«er» must be a single value; use «en_av» for several");
            }
        }
        for (const auto& v : list(p, "en_av", where)) c.values.push_back(v);
        if (kind->validate) {
            if (auto problem = kind->validate(c)) {
                errors.push_back({at(p), "pack-check", *problem});
            }
        }
        return c;
    }
};

void parse_pack(const PackText& src, Pack& pack, Diagnostics& errors) {
    // Built-in packs come parsed at build time; anything else (and a tree that does not read
    // back, which cannot happen unless the binary is damaged) is parsed here.
    yaml::ParseResult parsed;
    std::optional<std::vector<yaml::Document>> tree;
    if (!src.tree.empty()) tree = yaml::deserialize(src.tree);
    if (tree) {
        parsed.docs = std::move(*tree);
    } else {
        parsed = yaml::parse(src.text, src.name);
    }
    for (auto& d : parsed.errors) errors.push_back(std::move(d));
    if (!parsed.errors.empty()) return;
    pack.file = src.name;
    Reader r{src.name, errors};
    if (parsed.docs.size() != 1) {
        errors.push_back({{src.name}, "pack-documents",
                          {"en regelpakke er nøyaktig ett YAML-dokument",
                           "a rule pack is exactly one YAML document"}});
        return;
    }
    const Node& root = parsed.docs.front().root;
    if (!r.keys(root, {"pakke", "kilder", "råd", "vokabular", "dekningsvisninger", "regler"}, "regelpakken"))
        return;

    if (const Node* p = root.get("pakke"); p && r.keys(*p, {"id", "versjon", "tittel", "profil", "art"}, "«pakke»")) {
        // A pack may span several files; exactly one of them gives its version, title, profile and kind.
        pack.id = r.str(*p, "id", true, "«pakke»");
        pack.version = r.str(*p, "versjon", false, "«pakke»");
        pack.title = r.text(*p, "tittel", false, "«pakke»");
        pack.profile = r.str(*p, "profil", false, "«pakke»");
        if (!pack.profile.empty() && (pack.version.empty() || !std::all_of(pack.profile.begin(), pack.profile.end(), [](char c) {
                                          return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
                                      }))) {
            r.err(*p->get("profil"), "pack-profile",
                  "«profil» er et navn med a–z, 0–9 og bindestrek, og står i filen som gir pakkens «versjon»",
                  "«profil» is a name of a–z, 0–9 and hyphens, given in the file that gives the pack's «versjon»");
        }
        std::string kind = r.str(*p, "art", false, "«pakke»");
        if (!kind.empty()) {
            r.one_of(*p->get("art"), kind, {"normerende", "veiledning"}, "art");
            pack.guidance = kind == "veiledning";
            if (pack.version.empty())
                r.err(*p->get("art"), "pack-kind", "«art» står i filen som gir pakkens «versjon»",
                      "«art» is given in the file that gives the pack's «versjon»");
        }
    } else if (!p) {
        r.missing(root, "pakke", "regelpakken");
    }

    auto items = [&](const char* key) -> const std::vector<Node>* {
        const Node* n = root.get(key);
        if (!n || n->is_null()) return nullptr;
        if (!n->is_seq()) {
            r.err(*n, "pack-type", fmt::format("«{}» skal være en liste", key),
                  fmt::format("«{}» must be a list", key));
            return nullptr;
        }
        return &n->items;
    };

    if (auto* list = items("kilder")) {
        for (const auto& n : *list) {
            if (!r.keys(n, {"id", "tittel", "utgiver", "lenke"}, "en kilde")) continue;
            pack.sources.push_back({r.str(n, "id", true, "en kilde"),
                                    r.str(n, "tittel", true, "en kilde"),
                                    r.str(n, "utgiver", false, "en kilde"),
                                    r.str(n, "lenke", false, "en kilde")});
        }
    }
    if (auto* list = items("råd")) {
        for (const auto& n : *list) {
            const std::string where = "et råd";
            if (!r.keys(n, {"id", "nivå", "tittel", "styrke", "hjemmel", "lenke"}, where)) continue;
            Advice a;
            a.id = r.str(n, "id", true, where);
            a.level = r.str(n, "nivå", true, where);
            if (!a.level.empty()) r.one_of(*n.get("nivå"), a.level, advice_levels, "nivå");
            a.title = r.str(n, "tittel", true, where);
            std::string s = r.str(n, "styrke", true, where);
            if (auto st = parse_strength(s)) {
                a.strength = *st;
            } else if (!s.empty()) {
                r.one_of(*n.get("styrke"), s, {"skal", "bør", "kan"}, "styrke");
            }
            a.legal = r.list(n, "hjemmel", where);
            a.link = r.str(n, "lenke", false, where);
            a.pack = pack.id;
            a.loc = r.at(n);
            pack.advice.push_back(std::move(a));
        }
    }
    if (auto* list = items("vokabular")) {
        for (const auto& n : *list) {
            if (!r.keys(n, {"tag", "nb", "en"}, "et dekningsord")) continue;
            Tag t;
            t.id = r.str(n, "tag", true, "et dekningsord");
            t.doc = Text{r.str(n, "nb", true, "et dekningsord"), r.str(n, "en", true, "et dekningsord")};
            t.pack = pack.id;
            t.loc = r.at(n);
            pack.tags.push_back(std::move(t));
        }
    }
    if (auto* list = items("dekningsvisninger")) {
        const std::string where = "en dekningsvisning";
        for (const auto& n : *list) {
            if (!r.keys(n, {"id", "tittel", "sitat", "kilde", "gitt", "elementer"}, where)) continue;
            CoverageView v;
            v.id = r.str(n, "id", true, where);
            v.title = r.text(n, "tittel", true, where);
            v.quote = r.str(n, "sitat", false, where);
            v.source = r.str(n, "kilde", false, where);
            v.types = r.list(n, "gitt", where);
            r.values_in(n, "gitt", model::document_type_names());
            v.pack = pack.id;
            v.loc = r.at(n);
            const Node* els = n.get("elementer");
            if (!els || !els->is_seq() || els->items.empty()) {
                r.err(els ? *els : n, "pack-view", "«elementer» skal være en ikke-tom liste",
                      "«elementer» must be a non-empty list");
            } else {
                for (const auto& e : els->items) {
                    if (!r.keys(e, {"id", "tittel", "tagger"}, "et element")) continue;
                    ViewElement el;
                    el.id = r.str(e, "id", true, "et element");
                    el.title = r.text(e, "tittel", true, "et element");
                    el.tags = r.list(e, "tagger", "et element");
                    el.loc = r.at(e);
                    if (el.tags.empty()) r.missing(e, "tagger", "et element");
                    if (std::any_of(v.elements.begin(), v.elements.end(), [&](const ViewElement& x) { return x.id == el.id; }))
                        r.err(e, "pack-duplicate", fmt::format("elementet «{}» finnes før i visningen", el.id),
                              fmt::format("the element «{}» is already in the view", el.id));
                    v.elements.push_back(std::move(el));
                }
            }
            pack.views.push_back(std::move(v));
        }
    }
    if (auto* list = items("regler")) {
        for (const auto& n : *list) {
            static const std::vector<std::string> rule_keys = {
                "id",     "tittel", "råd",     "krav",    "sitat",  "kilde",
                "styrke", "hjemmel", "gjelder", "gitt",   "hver",   "mangler", "sjekk",
                "melding", "tiltak", "oppfylt", "eksempel", "lenke"};
            if (!r.keys(n, rule_keys, "en regel")) continue;
            Rule rule;
            rule.id = r.str(n, "id", true, "en regel");
            std::string where = rule.id.empty() ? "en regel" : fmt::format("regel {}", rule.id);
            bool id_ok = !rule.id.empty() &&
                         std::all_of(rule.id.begin(), rule.id.end(), [](char c) {
                             return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                         });
            if (!rule.id.empty() && !id_ok) {
                r.err(*n.get("id"), "pack-rule-id",
                      fmt::format("regel-id «{}» kan bare ha A–Z, 0–9 og bindestrek", rule.id),
                      fmt::format("rule id «{}» may only use A–Z, 0–9 and hyphens", rule.id));
            }
            rule.title = r.text(n, "tittel", true, where);
            rule.advice = r.str(n, "råd", true, where);
            rule.requirement = r.str(n, "krav", false, where);
            rule.quote = r.str(n, "sitat", true, where);
            rule.source = r.str(n, "kilde", true, where);
            std::string s = r.str(n, "styrke", true, where);
            if (auto st = parse_strength(s)) {
                rule.strength = *st;
            } else if (!s.empty()) {
                r.one_of(*n.get("styrke"), s, {"skal", "bør", "kan"}, "styrke");
            }
            rule.legal = r.list(n, "hjemmel", where);
            if (const Node* g = n.get("gjelder")) {
                if (r.keys(*g, {"nivå", "målgrupper", "helseinstitusjon"}, "«gjelder»")) {
                    rule.applies.levels = r.list(*g, "nivå", "«gjelder»");
                    r.values_in(*g, "nivå", levels);
                    rule.applies.target_groups = r.list(*g, "målgrupper", "«gjelder»");
                    r.values_in(*g, "målgrupper", target_groups);
                    rule.applies.institution = r.boolean(*g, "helseinstitusjon");
                }
            }
            rule.subjects = r.list(n, "gitt", where);
            {
                auto all_types = model::document_type_names();
                all_types.push_back("*");
                r.values_in(n, "gitt", all_types);
            }
            rule.each = r.str(n, "hver", false, where);
            if (!rule.each.empty() && (!r.valid_path(rule.each) || rule.subjects.empty())) {
                r.err(*n.get("hver"), "pack-selector",
                      fmt::format("«hver» er en feltsti til en liste og krever «gitt» («{}»)", rule.each),
                      fmt::format("«hver» is a field path to a list and needs «gitt» («{}»)", rule.each));
            }
            std::string missing = r.str(n, "mangler", false, where);
            if (!missing.empty()) {
                r.one_of(*n.get("mangler"), missing, {"brudd", "ikke_relevant"}, "mangler");
                rule.missing_is_failure = missing != "ikke_relevant";
            }
            if (const Node* c = n.get("sjekk")) {
                rule.check = r.check(*c);
            } else {
                r.missing(n, "sjekk", where);
            }
            rule.message = r.text(n, "melding", true, where);
            rule.remedy = r.text(n, "tiltak", true, where);
            rule.passes = r.text(n, "oppfylt", false, where);
            rule.example = r.str(n, "eksempel", false, where);
            rule.link = r.str(n, "lenke", false, where);
            rule.pack = pack.id;
            rule.loc = r.at(n);
            pack.rules.push_back(std::move(rule));
        }
    }
}

void collect_tags(const Check& c, std::vector<const Check*>& out) {
    if (!c.tag.empty()) out.push_back(&c);
    for (const auto& ch : c.children) collect_tags(ch, out);
}

}  // namespace

Catalogue load_catalogue(const std::vector<PackText>& texts, Diagnostics& errors, const LoadOptions& options) {
    Catalogue cat;
    // Files are parsed independently (in parallel), then merged in load order.
    std::vector<Pack> parsed(texts.size());
    std::vector<Diagnostics> parse_errors(texts.size());
    parallel_for(texts.size(), options.jobs, [&](size_t i) { parse_pack(texts[i], parsed[i], parse_errors[i]); });
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
                errors.push_back({{p.file}, "pack-duplicate",
                                  {fmt::format("regelpakken «{}» har versjon både her og i {}", p.id, same->file),
                                   fmt::format("rule pack «{}» has a version both here and in {}", p.id,
                                               same->file)}});
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
            errors.push_back({{p.file}, "pack-missing-key",
                              {fmt::format("regelpakken «{}» mangler «versjon» og «tittel» under «pakke»", p.id),
                               fmt::format("rule pack «{}» lacks «versjon» and «tittel» under «pakke»", p.id)}});
        }
    }
    std::map<std::string, const Advice*> advice_ids;
    std::map<std::string, const Tag*> tag_ids;
    std::map<std::string, const Rule*> rule_ids;
    auto dup = [&](const Location& here, const Location& first, const std::string& what,
                   const std::string& what_en, const std::string& id) {
        errors.push_back({here, "pack-duplicate",
                          {fmt::format("{} «{}» er definert før, i {}", what, id,
                                       format_location(first)),
                           fmt::format("{} «{}» is already defined, at {}", what_en, id,
                                       format_location(first))}});
    };
    for (const auto& p : cat.packs) {
        for (const auto& a : p.advice) {
            if (auto [it, ok] = advice_ids.emplace(a.id, &a); !ok) {
                dup(a.loc, it->second->loc, "rådet", "advice", a.id);
            } else {
                cat.advice.push_back(&a);
            }
        }
        for (const auto& t : p.tags) {
            if (auto [it, ok] = tag_ids.emplace(t.id, &t); !ok) {
                dup(t.loc, it->second->loc, "dekningsordet", "coverage tag", t.id);
            } else {
                cat.tags.push_back(&t);
            }
        }
        for (const auto& r : p.rules) {
            if (auto [it, ok] = rule_ids.emplace(r.id, &r); !ok) {
                dup(r.loc, it->second->loc, "regel-id", "rule id", r.id);
            } else {
                cat.rules.push_back(&r);
            }
        }
    }
    std::vector<std::string> advice_names, tag_names;
    for (const auto& [k, v] : advice_ids) advice_names.push_back(k);
    for (const auto& [k, v] : tag_ids) tag_names.push_back(k);
    for (const Rule* r : cat.rules) {
        if (!r->advice.empty() && !advice_ids.count(r->advice)) {
            auto s = did_you_mean(r->advice, advice_names);
            errors.push_back({r->loc, "pack-reference",
                              {fmt::format("regel {} viser til et ukjent råd «{}»{}", r->id,
                                           r->advice, s ? fmt::format("; mente du «{}»?", *s) : ""),
                               fmt::format("rule {} refers to an unknown advice «{}»{}", r->id,
                                           r->advice,
                                           s ? fmt::format("; did you mean «{}»?", *s) : "")}});
        }
        if (!r->source.empty() && !cat.source(r->source)) {
            errors.push_back({r->loc, "pack-reference",
                              {fmt::format("regel {} viser til en ukjent kilde «{}»", r->id, r->source),
                               fmt::format("rule {} refers to an unknown source «{}»", r->id,
                                           r->source)}});
        }
        std::vector<const Check*> tagged;
        collect_tags(r->check, tagged);
        for (const Check* c : tagged) {
            if (tag_ids.count(c->tag)) continue;
            auto s = did_you_mean(c->tag, tag_names);
            errors.push_back({c->loc, "pack-reference",
                              {fmt::format("ukjent dekningsord «{}» i regel {}{}", c->tag, r->id,
                                           s ? fmt::format("; mente du «{}»?", *s) : ""),
                               fmt::format("unknown coverage tag «{}» in rule {}{}", c->tag, r->id,
                                           s ? fmt::format("; did you mean «{}»?", *s) : "")}});
        }
    }
    // Guidance is not law: at most bør, and no legal basis of its own.
    for (const auto& p : cat.packs) {
        if (!p.guidance) continue;
        auto check = [&](const Location& loc, Strength st, const std::vector<std::string>& legal,
                         const std::string& what, const std::string& what_en) {
            if (st == Strength::skal)
                errors.push_back({loc, "pack-guidance",
                                  {fmt::format("{} i veiledningspakken «{}» kan ha styrke høyst «bør», ikke «skal»", what, p.id),
                                   fmt::format("{} in the guidance pack «{}» may have strength at most «bør», not «skal»", what_en, p.id)}});
            if (!legal.empty())
                errors.push_back({loc, "pack-guidance",
                                  {fmt::format("{} i veiledningspakken «{}» kan ikke ha «hjemmel»: en veileder er ikke lov", what, p.id),
                                   fmt::format("{} in the guidance pack «{}» may not have «hjemmel»: a guide is not law", what_en, p.id)}});
        };
        for (const auto& a : p.advice) check(a.loc, a.strength, a.legal, "rådet " + a.id, "advice " + a.id);
        for (const auto& r : p.rules) check(r.loc, r.strength, r.legal, "regel " + r.id, "rule " + r.id);
    }
    // Coverage views: unique ids, known tags and sources.
    std::map<std::string, const CoverageView*> view_ids;
    for (const auto& p : cat.packs) {
        for (const auto& v : p.views) {
            if (auto [it, ok] = view_ids.emplace(v.id, &v); !ok) dup(v.loc, it->second->loc, "dekningsvisningen", "coverage view", v.id);
            if (!v.source.empty() && !cat.source(v.source))
                errors.push_back({v.loc, "pack-reference",
                                  {fmt::format("dekningsvisningen {} viser til en ukjent kilde «{}»", v.id, v.source),
                                   fmt::format("coverage view {} refers to an unknown source «{}»", v.id, v.source)}});
            for (const auto& e : v.elements)
                for (const auto& t : e.tags) {
                    if (tag_ids.count(t)) continue;
                    auto s = did_you_mean(t, tag_names);
                    errors.push_back({e.loc, "pack-reference",
                                      {fmt::format("ukjent dekningsord «{}» i dekningsvisningen {}{}", t, v.id,
                                                   s ? fmt::format("; mente du «{}»?", *s) : ""),
                                       fmt::format("unknown coverage tag «{}» in coverage view {}{}", t, v.id,
                                                   s ? fmt::format("; did you mean «{}»?", *s) : "")}});
                }
        }
    }
    cat.vocabulary = tag_names;

    // Profiles: every pack has been validated; now keep the packs that apply.
    std::vector<std::string> known;
    for (const auto& p : cat.packs)
        if (!p.profile.empty() && std::find(known.begin(), known.end(), p.profile) == known.end()) known.push_back(p.profile);
    std::sort(known.begin(), known.end());
    cat.profiles = options.all_profiles ? known : std::vector<std::string>{};
    if (!options.all_profiles) {
        for (const auto& want : options.profiles) {
            if (std::find(known.begin(), known.end(), want) == known.end()) {
                auto s = did_you_mean(want, known);
                errors.push_back({{"--profil"}, "unknown-profile",
                                  {fmt::format("ukjent profil «{}» (kjente: {}){}", want, known.empty() ? "ingen" : fmt::format("{}", fmt::join(known, ", ")),
                                               s ? fmt::format("; mente du «{}»?", *s) : ""),
                                   fmt::format("unknown profile «{}» (known: {}){}", want, known.empty() ? "none" : fmt::format("{}", fmt::join(known, ", ")),
                                               s ? fmt::format("; did you mean «{}»?", *s) : "")}});
            } else if (std::find(cat.profiles.begin(), cat.profiles.end(), want) == cat.profiles.end()) {
                cat.profiles.push_back(want);
            }
        }
    }
    auto applied = [&](const Pack& p) {
        return p.profile.empty() || std::find(cat.profiles.begin(), cat.profiles.end(), p.profile) != cat.profiles.end();
    };
    if (!std::all_of(cat.packs.begin(), cat.packs.end(), applied)) {
        cat.packs.erase(std::remove_if(cat.packs.begin(), cat.packs.end(), [&](const Pack& p) { return !applied(p); }),
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
    sort_diagnostics(errors);
    return cat;
}

Catalogue load_catalogue_with(const std::vector<std::string>& dirs, Diagnostics& errors, const LoadOptions& options) {
    namespace fs = std::filesystem;
    std::vector<PackText> texts = builtin_packs();
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            errors.push_back({{dir}, "no-such-path",
                              {"regelmappen finnes ikke", "the rules directory does not exist"}});
            continue;
        }
        std::vector<std::string> files;
        size_t errors_before = errors.size();
        model::walk_yaml_files(dir, files, errors);
        if (errors.size() != errors_before) continue;  // never run with part of a pack
        std::sort(files.begin(), files.end());
        if (files.empty()) {
            errors.push_back({{dir}, "no-yaml-files",
                              {"regelmappen inneholder ingen .yaml-filer",
                               "the rules directory contains no .yaml files"}});
        }
        for (const auto& f : files) {
            std::error_code sec;
            auto size = fs::file_size(f, sec);
            const size_t limit = yaml::Limits{}.max_file_bytes;
            if (!sec && size > limit) {
                errors.push_back({{f}, "limit-size",
                                  {fmt::format("filen er {} byte, over grensen på {} byte", size, limit),
                                   fmt::format("the file is {} bytes, over the limit of {} bytes", size, limit)}});
                continue;
            }
            std::ifstream in(f, std::ios::binary);
            std::ostringstream ss;
            ss << in.rdbuf();
            if (!in) {
                errors.push_back({{f}, "unreadable-file", {"kan ikke lese filen", "cannot read the file"}});
                continue;
            }
            texts.push_back({f, ss.str()});
        }
    }
    return load_catalogue(texts, errors, options);
}

}  // namespace medvirk::rules
