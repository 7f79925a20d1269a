#include "report/rules.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/terminal.hpp"
#include "engine/audit.hpp"

namespace medvirk::report {

namespace {

// Rule-pack text (a pack under --rules is input like any other) shown on a terminal: controls and
// bidi characters escaped, each value on one line.
std::string v(std::string_view s) { return terminal_safe(s); }

std::string group_name(const std::string& g, Lang lang) {
    if (lang == Lang::nb) return g;
    if (g == "barn") return "children";
    if (g == "unge") return "young people";
    if (g == "voksne") return "adults";
    if (g == "eldre") return "older people";
    return g;
}

std::string applicability(const rules::Rule& r, Lang lang) {
    bool en = lang == Lang::en;
    std::vector<std::string> parts;
    std::vector<std::string> levels, groups;
    for (const auto& l : r.applies.levels) levels.push_back(rules::level_name(l, lang));
    for (const auto& g : r.applies.target_groups) groups.push_back(group_name(g, lang));
    if (!levels.empty())
        parts.push_back(en ? fmt::format("{}", fmt::join(levels, ", "))
                           : fmt::format("nivå {}", fmt::join(levels, ", ")));
    if (!groups.empty())
        parts.push_back(fmt::format("{} {}", en ? "target groups include" : "målgrupper omfatter",
                                    fmt::join(groups, en ? " or " : " eller ")));
    if (r.applies.institution)
        parts.push_back(*r.applies.institution
                            ? (en ? "health institutions" : "helseinstitusjoner")
                            : (en ? "not health institutions" : "ikke helseinstitusjoner"));
    if (parts.empty()) return en ? "every service" : "alle tjenester";
    return fmt::format("{}", fmt::join(parts, "; "));
}

std::string subjects(const rules::Rule& r, Lang lang) {
    bool en = lang == Lang::en;
    if (r.subjects.empty()) return en ? "the service as a whole" : "tjenesten som helhet";
    std::string docs =
        r.subjects.size() == 1 && r.subjects.front() == "*"
            ? std::string(en ? "every routine document" : "hvert rutinedokument")
            : fmt::format("{} {}", en ? "each document of type" : "hvert dokument av typen",
                          fmt::join(r.subjects, ", "));
    if (r.each.empty()) return docs;
    return fmt::format("{} «{}» {} {}", en ? "each item of" : "hvert element i", r.each,
                       en ? "in" : "i", docs);
}

// `hjemmel` as the pack writes it: a text binds every service, {lov, nivå} only some levels.
nlohmann::ordered_json legal_json(const std::vector<rules::LegalBasis>& legal) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& l : legal) {
        if (l.levels.empty())
            out.push_back(l.text);
        else
            out.push_back({{"lov", l.text}, {"nivå", l.levels}});
    }
    return out;
}

}  // namespace

std::string format_rules_list(const rules::Catalogue& cat, Lang lang) {
    std::string out;
    for (const rules::Advice* a : cat.advice) {
        std::vector<const rules::Rule*> rs;
        for (const rules::Rule* r : cat.rules)
            if (r->advice == a->id) rs.push_back(r);
        if (rs.empty()) continue;
        std::string pack = cat.packs.size() > 1 ? fmt::format(" [{}]", a->pack) : std::string{};
        out += fmt::format("{} ({}, {}){}: {}\n", v(a->id), v(rules::level_name(a->level, lang)),
                           rules::strength_word(a->strength, lang), v(pack), v(a->title.get(lang)));
        for (const rules::Rule* r : rs) {
            out += fmt::format("  {:<28} {:<17} {}\n", v(r->id),
                               engine::grade_name(engine::grade_for(r->strength), lang),
                               v(r->title.get(lang)));
        }
    }
    const bool en = lang == Lang::en;
    out += fmt::format("{} {}\n", cat.rules.size(), en ? "rules" : "regler");
    // Where the rules come from: each pack, how it was applied, and its sources.
    out += en ? "Rule packs and sources:\n" : "Regelpakker og kilder:\n";
    for (const auto& p : cat.packs) {
        std::vector<std::string> how;
        if (!p.profile.empty())
            how.push_back(fmt::format("{} {}", en ? "profile" : "profil", v(p.profile)));
        if (p.guidance) how.push_back(en ? "guidance, at most bør" : "veiledning, høyst bør");
        out += fmt::format("  {} {}{}: {}\n", v(p.id), v(p.version),
                           how.empty() ? "" : fmt::format(" ({})", fmt::join(how, "; ")),
                           v(p.title.get(lang)));
        for (const auto& src : p.sources)
            out +=
                fmt::format("    {} {}: {}{}\n", en ? "source" : "kilde", v(src.id), v(src.title),
                            src.publisher.empty() ? "" : fmt::format(" ({})", v(src.publisher)));
    }
    return out;
}

std::string format_rules_json(const rules::Catalogue& cat) {
    nlohmann::ordered_json root;
    root["pakker"] = nlohmann::ordered_json::array();
    for (const auto& p : cat.packs) {
        nlohmann::ordered_json sources = nlohmann::ordered_json::array();
        for (const auto& src : p.sources)
            sources.push_back({{"id", src.id},
                               {"tittel", src.title},
                               {"utgiver", src.publisher},
                               {"lenke", src.link}});
        root["pakker"].push_back({{"id", p.id},
                                  {"versjon", p.version},
                                  {"tittel", {{"nb", p.title.nb}, {"en", p.title.en}}},
                                  {"profil", p.profile.empty() ? nlohmann::ordered_json(nullptr)
                                                               : nlohmann::ordered_json(p.profile)},
                                  {"art", p.guidance ? "veiledning" : "normerende"},
                                  {"kilder", sources}});
    }
    root["råd"] = nlohmann::ordered_json::array();
    for (const rules::Advice* a : cat.advice)
        root["råd"].push_back({{"id", a->id},
                               {"nivå", a->level},
                               {"tittel", a->title.nb},
                               {"styrke", rules::strength_name(a->strength)},
                               {"hjemmel", legal_json(a->legal)},
                               {"lenke", a->link},
                               {"pakke", a->pack}});
    root["dekningsvisninger"] = nlohmann::ordered_json::array();
    for (const rules::CoverageView* v : cat.views) {
        nlohmann::ordered_json elements = nlohmann::ordered_json::array();
        for (const auto& e : v->elements)
            elements.push_back({{"id", e.id},
                                {"tittel", {{"nb", e.title.nb}, {"en", e.title.en}}},
                                {"tagger", e.tags}});
        root["dekningsvisninger"].push_back({{"id", v->id},
                                             {"pakke", v->pack},
                                             {"tittel", {{"nb", v->title.nb}, {"en", v->title.en}}},
                                             {"sitat", v->quote},
                                             {"kilde", v->source},
                                             {"gitt", v->types},
                                             {"elementer", elements}});
    }
    root["regler"] = nlohmann::ordered_json::array();
    for (const rules::Rule* r : cat.rules) {
        nlohmann::ordered_json j;
        j["id"] = r->id;
        j["pakke"] = r->pack;
        j["tittel"] = {{"nb", r->title.nb}, {"en", r->title.en}};
        j["råd"] = r->advice;
        j["krav"] = r->requirement;
        j["styrke"] = rules::strength_name(r->strength);
        j["grad"] = engine::grade_key(engine::grade_for(r->strength));
        j["sitat"] = r->quote;
        j["kilde"] = r->source;
        j["hjemmel"] = legal_json(r->legal);
        if (r->origin != rules::Origin::rad) j["opphav"] = rules::origin_name(r->origin);
        nlohmann::ordered_json g = nlohmann::ordered_json::object();
        if (!r->applies.levels.empty()) g["nivå"] = r->applies.levels;
        if (!r->applies.target_groups.empty()) g["målgrupper"] = r->applies.target_groups;
        if (r->applies.institution) g["helseinstitusjon"] = *r->applies.institution;
        j["gjelder"] = g;
        j["gitt"] = r->subjects;
        if (!r->each.empty()) j["hver"] = r->each;
        if (r->condition) j["hvis"] = r->condition->to_json();
        j["sjekk"] = r->check->to_json();
        std::vector<std::string> tags;
        std::vector<const checks::Check*> all;
        checks::walk(*r->check, all);
        for (const checks::Check* c : all)
            if (std::string tag = c->coverage_tag(); !tag.empty()) tags.push_back(tag);
        j["dekningsord"] = tags;
        j["melding"] = {{"nb", r->message.nb}, {"en", r->message.en}};
        j["tiltak"] = {{"nb", r->remedy.nb}, {"en", r->remedy.en}};
        j["lenke"] = r->link;
        root["regler"].push_back(std::move(j));
    }
    return root.dump(2) + "\n";
}

std::string format_rule_show(const rules::Rule& r, const rules::Catalogue& cat, Lang lang) {
    bool en = lang == Lang::en;
    auto t = [&](const char* nb, const char* e) { return en ? e : nb; };
    std::string out;
    out += fmt::format("{}: {}\n\n", v(r.id), v(r.title.get(lang)));
    if (const rules::Advice* a = cat.find_advice(r.advice)) {
        out += fmt::format("{}: {} ({}, {}{})\n  «{}»\n", t("Råd", "Advice"), v(a->id),
                           v(rules::level_name(a->level, lang)),
                           rules::strength_word(a->strength, lang),
                           r.requirement.empty()
                               ? ""
                               : fmt::format(", {} {}", t("krav", "requirement"), v(r.requirement)),
                           v(a->title.get(lang)));
        if (!a->link.empty()) out += fmt::format("  {}\n", v(a->link));
    }
    out += fmt::format("{}: {} → {}\n", t("Styrke", "Strength"),
                       rules::strength_word(r.strength, lang),
                       engine::grade_name(engine::grade_for(r.strength), lang));
    if (Text o = rules::origin_text(r.origin); !o.empty())
        out += fmt::format("{}: {}\n", t("Opphav", "Origin"), o.get(lang));
    if (const rules::Source* s = cat.source(r.source))
        out += fmt::format("{}: {}{}\n", t("Kilde", "Source"), v(s->title),
                           s->publisher.empty() ? "" : fmt::format(" ({})", v(s->publisher)));
    out += fmt::format("{}:\n  «{}»\n", t("Sitat", "Quote"), v(r.quote));
    std::string label = rules::legal_label(r.strength, lang);
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    auto legal = rules::legal_annotated(r.legal, lang);
    out += fmt::format("{}: {}\n", label,
                       legal.empty() ? std::string(t("ingen", "none"))
                                     : v(fmt::format("{}", fmt::join(legal, "; "))));
    out += fmt::format("{}: {}\n", t("Gjelder", "Applies to"), v(applicability(r, lang)));
    out += fmt::format("{}: {}\n", t("Sjekker", "Checks"), v(subjects(r, lang)));
    if (r.condition)
        out += fmt::format("{}: {}\n", t("Gjelder når", "Applies when"),
                           v(r.condition->describe().get(lang)));
    out += fmt::format("{}: {}\n", t("Oppfylt når", "Passes when"),
                       v(r.passes.empty() ? r.check->describe().get(lang) : r.passes.get(lang)));
    if (!r.subjects.empty())
        out += fmt::format("{}: {}\n", t("Uten slike dokumenter", "Without such documents"),
                           r.missing_is_failure
                               ? engine::grade_name(engine::grade_for(r.strength), lang)
                               : engine::grade_name(engine::Grade::ikke_relevant, lang));
    out += fmt::format("{}: {}\n", t("Melding", "Message"), v(r.message.get(lang)));
    out += fmt::format("{}: {}\n", t("Tiltak", "Remedy"), v(r.remedy.get(lang)));
    if (!r.example.empty()) {
        out += fmt::format("{}:\n", t("Eksempel som oppfyller regelen", "Example that passes"));
        std::string ex = r.example;
        size_t start = 0;
        while (start < ex.size()) {
            size_t nl = ex.find('\n', start);
            std::string line =
                ex.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
            out += fmt::format("  {}\n", v(line));  // the example's own lines stay lines
            if (nl == std::string::npos) break;
            start = nl + 1;
        }
    }
    if (!r.link.empty()) out += fmt::format("{}: {}\n", t("Lenke", "Link"), v(r.link));
    out += fmt::format("{}: {} ({})\n", t("Regelpakke", "Rule pack"), v(r.pack),
                       v(format_location(r.loc)));
    return out;
}

std::string format_tags(const rules::Catalogue& cat, Lang lang) {
    std::string out;
    for (const rules::Tag* tg : cat.tags)
        out += fmt::format("{:<40} {}\n", v(tg->id), v(tg->doc.get(lang)));
    return out;
}

}  // namespace medvirk::report
