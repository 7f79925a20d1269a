#include "rules/parse.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "checks/evidence.hpp"
#include "checks/reader.hpp"
#include "model/format.hpp"
#include "yaml/parse.hpp"
#include "yaml/serialize.hpp"

namespace medvirk::rules {

namespace {

using checks::Reader;
using yaml::Node;

const std::vector<std::string> levels = {"kommune", "spesialisthelsetjeneste"};
const std::vector<std::string> target_groups = {"barn", "unge", "voksne", "eldre"};
const std::vector<std::string> advice_levels = {"system", "tjeneste", "individ", "dokument"};

bool lowercase_name(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool rule_id_chars(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// Built-in packs come parsed at build time; anything else (and a tree that does not read back,
// which cannot happen unless the binary is damaged) is parsed here. nullopt after errors.
std::optional<yaml::Document> read_document(const PackText& src, Diagnostics& errors) {
    yaml::ParseResult parsed;
    std::optional<std::vector<yaml::Document>> tree;
    if (!src.tree.empty()) tree = yaml::deserialize(src.tree);
    if (tree) {
        parsed.docs = std::move(*tree);
    } else {
        parsed = yaml::parse(src.text, src.name);
    }
    for (auto& d : parsed.errors) errors.push_back(std::move(d));
    if (!parsed.errors.empty()) return std::nullopt;
    if (parsed.docs.size() != 1) {
        errors.push_back({{src.name},
                          "pack-documents",
                          {"en regelpakke er nøyaktig ett YAML-dokument",
                           "a rule pack is exactly one YAML document"}});
        return std::nullopt;
    }
    return std::move(parsed.docs.front());
}

// `pakke`: a pack may span several files; exactly one of them gives its version, title, profile and
// kind.
void parse_header(Reader& r, const Node& root, Pack& pack) {
    const Node* p = root.get("pakke");
    if (!p) {
        r.missing(root, "pakke", "regelpakken");
        return;
    }
    if (!r.keys(*p, {"id", "versjon", "tittel", "profil", "art"}, "«pakke»")) return;
    pack.id = r.str(*p, "id", true, "«pakke»");
    pack.version = r.str(*p, "versjon", false, "«pakke»");
    pack.title = r.text(*p, "tittel", false, "«pakke»");
    pack.profile = r.str(*p, "profil", false, "«pakke»");
    if (!pack.profile.empty() && (pack.version.empty() || !lowercase_name(pack.profile))) {
        r.err(*p->get("profil"), "pack-profile",
              "«profil» er et navn med a–z, 0–9 og bindestrek, og står i filen som gir pakkens "
              "«versjon»",
              "«profil» is a name of a–z, 0–9 and hyphens, given in the file that gives the pack's "
              "«versjon»");
    }
    std::string kind = r.str(*p, "art", false, "«pakke»");
    if (!kind.empty()) {
        r.one_of(*p->get("art"), kind, {"normerende", "veiledning"}, "art");
        pack.guidance = kind == "veiledning";
        if (pack.version.empty())
            r.err(*p->get("art"), "pack-kind", "«art» står i filen som gir pakkens «versjon»",
                  "«art» is given in the file that gives the pack's «versjon»");
    }
}

// The items of a top-level list, or nullptr (reported when it is not a list).
const std::vector<Node>* items(Reader& r, const Node& root, const char* key) {
    const Node* n = root.get(key);
    if (!n || n->is_null()) return nullptr;
    if (!n->is_seq()) {
        r.err(*n, "pack-type", fmt::format("«{}» skal være en liste", key),
              fmt::format("«{}» must be a list", key));
        return nullptr;
    }
    return &n->items;
}

Strength read_strength(Reader& r, const Node& n, const std::string& where, Strength fallback) {
    std::string s = r.str(n, "styrke", true, where);
    if (auto st = parse_strength(s)) return *st;
    if (!s.empty()) r.one_of(*n.get("styrke"), s, {"skal", "bør", "kan"}, "styrke");
    return fallback;
}

void parse_sources(Reader& r, const std::vector<Node>& list, Pack& pack) {
    for (const auto& n : list) {
        if (!r.keys(n, {"id", "tittel", "utgiver", "lenke"}, "en kilde")) continue;
        pack.sources.push_back(
            {r.str(n, "id", true, "en kilde"), r.str(n, "tittel", true, "en kilde"),
             r.str(n, "utgiver", false, "en kilde"), r.str(n, "lenke", false, "en kilde")});
    }
}

// `hjemmel`: a law for every service, or `{lov: …, nivå: …}` for the levels it binds.
std::vector<LegalBasis> read_legal(Reader& r, const Node& n, const std::string& where) {
    std::vector<LegalBasis> out;
    const Node* v = n.get("hjemmel");
    if (!v || v->is_null()) return out;
    if (v->is_scalar()) return {{v->value, {}}};
    if (!v->is_seq()) {
        r.err(*v, "pack-type", fmt::format("«hjemmel» i {} skal være en liste", where),
              fmt::format("«hjemmel» in {} must be a list", where));
        return out;
    }
    for (const auto& i : v->items) {
        if (i.is_scalar()) {
            out.push_back({i.value, {}});
            continue;
        }
        if (!i.is_map()) {
            r.err(i, "pack-type",
                  "elementene i «hjemmel» skal være tekster eller {lov: …, nivå: …}",
                  "the items of «hjemmel» must be texts or {lov: …, nivå: …}");
            continue;
        }
        if (!r.keys(i, {"lov", "nivå"}, "«hjemmel»")) continue;
        LegalBasis b{r.str(i, "lov", true, "«hjemmel»"), r.list(i, "nivå", "«hjemmel»")};
        r.values_in(i, "nivå", levels);
        if (b.levels.empty()) r.missing(i, "nivå", "«hjemmel»");
        if (!b.text.empty()) out.push_back(std::move(b));
    }
    return out;
}

// An advice title: the official title verbatim (one scalar, the same in both languages), or a
// pack's own group title in both languages.
Text read_title(Reader& r, const Node& n, const std::string& where) {
    const Node* v = n.get("tittel");
    if (v && v->is_scalar()) return {v->value, v->value};
    return r.text(n, "tittel", true, where);
}

void parse_advice(Reader& r, const std::vector<Node>& list, Pack& pack) {
    for (const auto& n : list) {
        const std::string where = "et råd";
        if (!r.keys(n, {"id", "nivå", "tittel", "styrke", "hjemmel", "lenke"}, where)) continue;
        Advice a;
        a.id = r.str(n, "id", true, where);
        a.level = r.str(n, "nivå", true, where);
        if (!a.level.empty()) r.one_of(*n.get("nivå"), a.level, advice_levels, "nivå");
        a.title = read_title(r, n, where);
        a.strength = read_strength(r, n, where, a.strength);
        a.legal = read_legal(r, n, where);
        a.link = r.str(n, "lenke", false, where);
        a.pack = pack.id;
        a.loc = r.at(n);
        pack.advice.push_back(std::move(a));
    }
}

void parse_tags(Reader& r, const std::vector<Node>& list, Pack& pack) {
    for (const auto& n : list) {
        if (!r.keys(n, {"tag", "nb", "en", "tegn", "delt"}, "et dekningsord")) continue;
        Tag t;
        t.id = r.str(n, "tag", true, "et dekningsord");
        t.doc =
            Text{r.str(n, "nb", true, "et dekningsord"), r.str(n, "en", true, "et dekningsord")};
        t.indicators = r.list(n, "tegn", "et dekningsord");
        t.shared = r.text(n, "delt", false, "et dekningsord");
        if (const Node* tn = n.get("tegn"); tn && tn->is_seq()) {
            for (size_t i = 0; i < tn->items.size() && i < t.indicators.size(); ++i) {
                const std::string& term = t.indicators[i];
                if (term.size() < 3 || checks::fold(term) != term)
                    r.err(tn->items[i], "pack-indicator",
                          fmt::format("tegnet «{}» skal være minst tre tegn, med små bokstaver og "
                                      "uten doble mellomrom",
                                      term),
                          fmt::format("the indicator «{}» must be at least three characters, in "
                                      "lowercase and without double spaces",
                                      term));
            }
        }
        t.pack = pack.id;
        t.loc = r.at(n);
        pack.tags.push_back(std::move(t));
    }
}

void parse_elements(Reader& r, const Node& n, CoverageView& v) {
    const Node* els = n.get("elementer");
    if (!els || !els->is_seq() || els->items.empty()) {
        r.err(els ? *els : n, "pack-view", "«elementer» skal være en ikke-tom liste",
              "«elementer» must be a non-empty list");
        return;
    }
    for (const auto& e : els->items) {
        if (!r.keys(e, {"id", "tittel", "tagger"}, "et element")) continue;
        ViewElement el;
        el.id = r.str(e, "id", true, "et element");
        el.title = r.text(e, "tittel", true, "et element");
        el.tags = r.list(e, "tagger", "et element");
        el.loc = r.at(e);
        if (el.tags.empty()) r.missing(e, "tagger", "et element");
        if (std::any_of(v.elements.begin(), v.elements.end(),
                        [&](const ViewElement& x) { return x.id == el.id; }))
            r.err(e, "pack-duplicate", fmt::format("elementet «{}» finnes før i visningen", el.id),
                  fmt::format("the element «{}» is already in the view", el.id));
        v.elements.push_back(std::move(el));
    }
}

void parse_views(Reader& r, const std::vector<Node>& list, Pack& pack) {
    const std::string where = "en dekningsvisning";
    for (const auto& n : list) {
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
        parse_elements(r, n, v);
        pack.views.push_back(std::move(v));
    }
}

// `gjelder`, `gitt`, `hver`, `mangler`: when and on what a rule runs.
void parse_scope(Reader& r, const Node& n, const std::string& where, Rule& rule) {
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
    auto all_types = model::document_type_names();
    all_types.push_back("*");
    r.values_in(n, "gitt", all_types);
    rule.each = r.str(n, "hver", false, where);
    if (!rule.each.empty() && (!checks::valid_path(rule.each) || rule.subjects.empty())) {
        r.err(*n.get("hver"), "pack-selector",
              fmt::format("«hver» er en feltsti til en liste og krever «gitt» («{}»)", rule.each),
              fmt::format("«hver» is a field path to a list and needs «gitt» («{}»)", rule.each));
    }
    std::string missing = r.str(n, "mangler", false, where);
    if (!missing.empty()) {
        r.one_of(*n.get("mangler"), missing, {"brudd", "ikke_relevant"}, "mangler");
        rule.missing_is_failure = missing != "ikke_relevant";
    }
}

void parse_rule(Reader& r, const Node& n, Pack& pack) {
    static const std::vector<std::string> rule_keys = {
        "id",      "tittel",  "råd",     "krav",    "sitat",    "kilde",   "styrke",
        "hjemmel", "opphav",  "gjelder", "gitt",    "hver",     "mangler", "hvis",
        "sjekk",   "melding", "tiltak",  "oppfylt", "eksempel", "lenke"};
    if (!r.keys(n, rule_keys, "en regel")) return;
    Rule rule;
    rule.id = r.str(n, "id", true, "en regel");
    std::string where = rule.id.empty() ? "en regel" : fmt::format("regel {}", rule.id);
    if (!rule.id.empty() && !rule_id_chars(rule.id)) {
        r.err(*n.get("id"), "pack-rule-id",
              fmt::format("regel-id «{}» kan bare ha A–Z, 0–9 og bindestrek", rule.id),
              fmt::format("rule id «{}» may only use A–Z, 0–9 and hyphens", rule.id));
    }
    rule.title = r.text(n, "tittel", true, where);
    rule.advice = r.str(n, "råd", true, where);
    rule.requirement = r.str(n, "krav", false, where);
    rule.quote = r.str(n, "sitat", true, where);
    rule.source = r.str(n, "kilde", true, where);
    rule.strength = read_strength(r, n, where, rule.strength);
    rule.legal = read_legal(r, n, where);
    if (std::string o = r.str(n, "opphav", false, where); !o.empty()) {
        if (auto origin = parse_origin(o))
            rule.origin = *origin;
        else
            r.one_of(*n.get("opphav"), o, {"råd", "lov", "policy"}, "opphav");
    }
    parse_scope(r, n, where, rule);
    if (const Node* c = n.get("hvis")) rule.condition = checks::parse_check(r, *c);
    if (const Node* c = n.get("sjekk")) {
        rule.check = checks::parse_check(r, *c);
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

}  // namespace

void parse_pack(const PackText& src, Pack& pack, Diagnostics& errors) {
    auto doc = read_document(src, errors);
    if (!doc) return;
    pack.file = src.name;
    Reader r{src.name, errors};
    const Node& root = doc->root;
    if (!r.keys(root, {"pakke", "kilder", "råd", "vokabular", "dekningsvisninger", "regler"},
                "regelpakken"))
        return;
    parse_header(r, root, pack);
    if (auto* list = items(r, root, "kilder")) parse_sources(r, *list, pack);
    if (auto* list = items(r, root, "råd")) parse_advice(r, *list, pack);
    if (auto* list = items(r, root, "vokabular")) parse_tags(r, *list, pack);
    if (auto* list = items(r, root, "dekningsvisninger")) parse_views(r, *list, pack);
    if (auto* list = items(r, root, "regler"))
        for (const auto& n : *list) parse_rule(r, n, pack);
}

}  // namespace medvirk::rules
