// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format) for code scanning: GitHub,
// GitLab, Azure DevOps and SARIF viewers. One run:
//
//   tool.driver    medvirk, with one reportingDescriptor per rule of the catalogue (sorted by id).
//                  Each rule relates ("superset": the advice item encompasses the rule) to its
//                  advice item in the taxonomy below. informationUri: medvirk has no project page,
//                  so the rule packs' first source link (the guideline) is where to learn more.
//   taxonomies     one toolComponent per rule pack with advice items (name: the pack id, fullName:
//                  its title); one taxon per advice item (S1 … I6, DOK) with its official title and
//                  link. The driver lists them in supportedTaxonomies. References to a taxonomy
//                  carry its name and guid but no index: the schema defines
//                  toolComponentReference.index as an index into tool.extensions, so the guid (a
//                  stable name-based UUID) is what locates a taxonomy in run.taxonomies.
//   artifacts      every input file, with its SHA-256.
//   results        one per reported result, in report order (service, file, line, column, rule).
//
// Grades: avvik → error, merknad → warning, forbedringspunkt → note, feil → error (all kind
// "fail"). A documented deviation (fravik) is a known, justified choice that neither fails the
// audit nor counts against the score, so it is not a problem to be fixed: it is reported with kind
// "informational" and level "none", and carries an accepted in-source suppression (the deviation
// is recorded in the routine set itself) whose justification is the deviation's own. oppfylt and
// ikke_relevant are never results here (they are in the JSON report).
//
// Paths are URIs relative to %SRCROOT%, the directory medvirk ran in (percent-encoded, so
// «pårørende.yaml» is «p%C3%A5r%C3%B8rende.yaml»); absolute paths become file:// URIs. With
// --baseline every result has a baselineState: "unchanged" when it is in the baseline, else "new".
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/parallel.hpp"
#include "core/sha256.hpp"
#include "report/escape.hpp"
#include "report/formats.hpp"
#include "report/json_splice.hpp"
#include "report/json_text.hpp"
#include "version.hpp"

namespace medvirk::report {

namespace {

using json = nlohmann::ordered_json;
using engine::Grade;

constexpr const char* src_root = "%SRCROOT%";

// RFC 3986: every byte outside the unreserved set and "/" is percent-encoded.
std::string percent_encode(const std::string& path) {
    std::string out;
    for (unsigned char c : path) {
        bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        out += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
    }
    return out;
}

json artifact_location(const std::string& file) {
    if (!file.empty() && file.front() == '/') return {{"uri", "file://" + percent_encode(file)}};
    return {{"uri", percent_encode(file)}, {"uriBaseId", src_root}};
}

// "S1-BRUKERRAD-KOMMUNE" → "S1BrukerradKommune".
std::string pascal_case(const std::string& id) {
    std::string out;
    bool start = true;
    for (char c : id) {
        bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum) {
            start = true;
            continue;
        }
        if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        out += c;
        start = false;
    }
    return out.empty() ? id : out;
}

// Messages are sentences: they end with a full stop (SARIF2001).
std::string sentence(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
    if (!s.empty() && s.back() != '.' && s.back() != '!' && s.back() != '?') s += '.';
    return s;
}

// The guid of a rule pack's taxonomy: a name-based UUID (RFC 9562 version 8, from SHA-256 of the
// pack id), so it is the same in every run and every language.
std::string taxonomy_guid(const std::string& pack_id) {
    std::string h = sha256_hex("medvirk/taxonomy/" + pack_id);
    h[12] = '8';                                                  // version 8
    h[16] = "89ab"[std::stoi(h.substr(16, 1), nullptr, 16) & 3];  // variant 10xx
    return fmt::format("{}-{}-{}-{}-{}", h.substr(0, 8), h.substr(8, 4), h.substr(12, 4),
                       h.substr(16, 4), h.substr(20, 12));
}

const char* level_of(Grade g) {
    switch (g) {
        case Grade::avvik:
        case Grade::feil: return "error";
        case Grade::merknad: return "warning";
        case Grade::forbedringspunkt: return "note";
        default: return "none";
    }
}

const char* level_of(rules::Strength s) { return level_of(engine::grade_for(s)); }

struct Writer {
    const engine::Report& report;
    const FormatOptions& o;
    const rules::Catalogue& cat;

    std::vector<const rules::Rule*> sorted_rules;  // by id
    std::map<const rules::Rule*, size_t> rule_index;
    struct TaxonRef {
        size_t index = 0;  // in the taxonomy's taxa
        std::string taxonomy_name, taxonomy_guid;
    };
    std::map<std::string, TaxonRef> taxa;  // advice id → its place in run.taxonomies
    std::unordered_map<std::string, size_t> artifact_index;  // file → index in run.artifacts

    bool en() const { return o.lang == Lang::en; }
    const char* t(const char* nb, const char* en_text) const { return en() ? en_text : nb; }
    json text(const std::string& s) const { return {{"text", s}}; }

    Writer(const engine::Report& r, const FormatOptions& opts)
        : report(r), o(opts), cat(*r.catalogue) {
        sorted_rules = cat.rules;
        std::sort(sorted_rules.begin(), sorted_rules.end(),
                  [](const rules::Rule* a, const rules::Rule* b) { return a->id < b->id; });
        for (size_t i = 0; i < sorted_rules.size(); ++i) rule_index[sorted_rules[i]] = i;
        for (const auto& p : cat.packs)
            for (size_t i = 0; i < p.advice.size(); ++i)
                taxa.emplace(p.advice[i].id, TaxonRef{i, p.id, taxonomy_guid(p.id)});
        for (size_t i = 0; i < report.inputs.size(); ++i)
            artifact_index.emplace(report.inputs[i].file, i);
    }

    std::string passes(const rules::Rule& r) const {
        return r.passes.empty() ? r.check->describe().get(o.lang) : r.passes.get(o.lang);
    }

    // The first source link of the rule packs (the national pack's: the guideline).
    std::string source_link() const {
        for (const auto& p : cat.packs)
            for (const auto& src : p.sources)
                if (!src.link.empty()) return src.link;
        return "";
    }

    std::string help_uri(const rules::Rule& r) const {
        if (!r.link.empty()) return r.link;
        const rules::Advice* a = cat.find_advice(r.advice);
        return a ? a->link : "";
    }

    std::string legal(const std::vector<rules::LegalBasis>& l) const {
        auto all = rules::legal_annotated(l, o.lang);
        return all.empty() ? std::string(t("ingen", "none"))
                           : fmt::format("{}", fmt::join(all, "; "));
    }

    json help(const rules::Rule& r) const {
        const rules::Advice* a = cat.find_advice(r.advice);
        const rules::Source* src = cat.source(r.source);
        std::string advice = a ? fmt::format("{} «{}»", a->id, a->title.get(o.lang)) : r.advice;
        std::string req = r.requirement.empty()
                              ? ""
                              : fmt::format(", {} {}", t("krav", "requirement"), r.requirement);
        std::string strength =
            fmt::format("{} → {}", rules::source_label(r, cat).get(o.lang),
                        engine::grade_name(engine::grade_for(r.strength), o.lang));
        std::string txt;
        txt += fmt::format("{}: {}\n", t("Tiltak", "Remedy"), r.remedy.get(o.lang));
        txt += fmt::format("{}: {}\n", t("Oppfylt når", "Passes when"), passes(r));
        txt += fmt::format("{}: {}{}\n", t("Råd", "Advice"), advice, req);
        txt += fmt::format("{}: {}\n", t("Styrke", "Strength"), strength);
        txt += fmt::format("{}: «{}»{}\n", t("Sitat", "Quote"), r.quote,
                           src ? fmt::format(" ({})", src->title) : "");
        txt += fmt::format("{}: {}", rules::legal_label(r.strength, o.lang), legal(r.legal));

        std::string md;
        md += fmt::format("**{}:** {}\n\n", t("Tiltak", "Remedy"),
                          escape::markdown_text(r.remedy.get(o.lang)));
        md += fmt::format("**{}:** {}\n\n", t("Oppfylt når", "Passes when"),
                          escape::markdown_text(passes(r)));
        if (a && !a->link.empty())
            md += fmt::format("**{}:** [{}]({}) «{}»{}\n\n", t("Råd", "Advice"), a->id, a->link,
                              escape::markdown_text(a->title.get(o.lang)),
                              escape::markdown_text(req));
        else
            md += fmt::format("**{}:** {}{}\n\n", t("Råd", "Advice"), escape::markdown_text(advice),
                              escape::markdown_text(req));
        md +=
            fmt::format("**{}:** {}\n\n", t("Styrke", "Strength"), escape::markdown_text(strength));
        md += fmt::format("**{}:**\n\n> {}\n", t("Sitat", "Quote"), escape::markdown_text(r.quote));
        if (src) md += fmt::format(">\n> — {}\n", escape::markdown_text(src->title));
        md += fmt::format("\n**{}:** {}\n", rules::legal_label(r.strength, o.lang),
                          escape::markdown_text(legal(r.legal)));
        return {{"text", txt}, {"markdown", md}};
    }

    json rule(const rules::Rule& r) const {
        const rules::Advice* a = cat.find_advice(r.advice);
        json j;
        j["id"] = r.id;
        j["name"] = pascal_case(r.id);
        j["shortDescription"] = text(sentence(r.title.get(o.lang)));
        j["fullDescription"] =
            text(sentence(fmt::format("{}: {}", t("Oppfylt når", "Passes when"), passes(r))));
        j["defaultConfiguration"] = {{"level", level_of(r.strength)}};
        std::string uri = help_uri(r);
        if (!uri.empty()) j["helpUri"] = uri;
        j["help"] = help(r);
        if (auto it = taxa.find(r.advice); it != taxa.end()) {
            j["relationships"] = json::array(
                {{{"target",
                   {{"id", r.advice},
                    {"index", it->second.index},
                    {"toolComponent",
                     {{"name", it->second.taxonomy_name}, {"guid", it->second.taxonomy_guid}}}}},
                  {"kinds", {"superset"}}}});
        }
        json props;
        props["råd"] = r.advice;
        if (!r.requirement.empty()) props["krav"] = r.requirement;
        props["styrke"] = rules::strength_name(r.strength);
        props["sitat"] = r.quote;
        props["kilde"] = r.source;
        props["hjemmel"] = rules::legal_annotated(r.legal, Lang::nb);
        if (r.origin != rules::Origin::rad) props["opphav"] = rules::origin_name(r.origin);
        props["pakke"] = r.pack;
        json tags = json::array({r.advice});
        if (a && !a->level.empty()) tags.push_back(a->level);
        tags.push_back(rules::strength_name(r.strength));
        props["tags"] = tags;
        j["properties"] = props;
        return j;
    }

    json taxonomy(const rules::Pack& p) const {
        json j;
        j["name"] = p.id;
        j["guid"] = taxonomy_guid(p.id);
        j["fullName"] = p.title.get(o.lang);
        if (!p.version.empty()) j["version"] = p.version;
        if (!p.sources.empty()) {
            if (!p.sources.front().publisher.empty())
                j["organization"] = p.sources.front().publisher;
            if (!p.sources.front().link.empty()) j["informationUri"] = p.sources.front().link;
        }
        j["language"] = "nb";  // the advice titles are the guideline's own words
        j["shortDescription"] = text(sentence(p.title.get(o.lang)));
        j["taxa"] = json::array();
        for (const auto& a : p.advice) {
            json ja;
            ja["id"] = a.id;
            ja["name"] = a.id;
            ja["shortDescription"] = text(sentence(a.title.get(o.lang)));
            if (!a.link.empty()) ja["helpUri"] = a.link;
            ja["properties"] = {{"nivå", a.level},
                                {"styrke", rules::strength_name(a.strength)},
                                {"hjemmel", rules::legal_annotated(a.legal, Lang::nb)},
                                {"tags", json::array({a.level, rules::strength_name(a.strength)})}};
            j["taxa"].push_back(std::move(ja));
        }
        j["properties"] = {{"sha256", p.sha256}};
        return j;
    }

    // One result as dump(2) writes it at its depth in the log (8 spaces), written directly rather
    // than through a JSON tree: a large audit has hundreds of thousands.
    std::string result_text(const engine::Finding& f, const engine::ServiceInfo& service) const {
        const rules::Rule& r = *f.rule;
        bool deviation = f.grade == Grade::fravik;
        bool reserved = f.grade == Grade::forbehold;  // met, for a person to review
        JsonText j("        ");
        j.begin_object();
        j.key("ruleId").value(r.id);
        j.key("ruleIndex").value(rule_index.at(&r));
        if (deviation) j.key("kind").value("informational");
        if (reserved) j.key("kind").value("review");
        j.key("level").value(level_of(f.grade));
        std::string msg = sentence(engine::headline_of(f).get(o.lang));
        if (!f.detail.empty())
            msg += fmt::format(" {}: {}",
                               deviation  ? t("Begrunnelse", "Justification")
                               : reserved ? t("Bevis med forbehold", "Evidence with reservation")
                                          : t("Funn", "Found"),
                               sentence(f.detail.get(o.lang)));
        j.key("message").begin_object().key("text").value(msg).end_object();
        if (!f.loc.file.empty()) {
            j.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
            j.key("artifactLocation").begin_object();
            if (f.loc.file.front() == '/') {
                j.key("uri").value("file://" + percent_encode(f.loc.file));
            } else {
                j.key("uri").value(percent_encode(f.loc.file));
                j.key("uriBaseId").value(src_root);
            }
            if (auto it = artifact_index.find(f.loc.file); it != artifact_index.end())
                j.key("index").value(it->second);
            j.end_object();
            if (f.loc.line > 0) {
                j.key("region").begin_object().key("startLine").value(f.loc.line);
                if (f.loc.col > 0) j.key("startColumn").value(f.loc.col);
                j.end_object();
            }
            j.end_object().end_object().end_array();
        }
        j.key("partialFingerprints")
            .begin_object()
            .key("medvirk/v1")
            .value(f.fingerprint)
            .end_object();
        if (report.baseline) j.key("baselineState").value(f.baselined ? "unchanged" : "new");
        if (deviation) {
            j.key("suppressions").begin_array().begin_object();
            j.key("kind")
                .value("inSource")
                .key("status")
                .value("accepted")
                .key("justification")
                .value(f.detail.get(o.lang));
            j.end_object().end_array();
        }
        j.key("properties").begin_object();
        j.key("grad").value(engine::grade_key(f.grade));
        j.key("tjeneste").value(f.service);
        j.key("dokument").value(f.document);
        j.key("sti").value(f.path);
        j.key("råd").value(r.advice);
        j.key("styrke").value(rules::strength_name(r.strength));
        j.key("sitat").value(r.quote);
        j.key("hjemmel").strings(engine::legal_of(f, service));
        j.end_object();
        j.end_object();
        return "        " + std::move(j.text());
    }

    // The log as dump(2) writes it, in three parts around the places of the artifacts and the
    // results arrays.
    std::vector<std::string> frame() const {
        json driver;
        driver["name"] = "medvirk";
        driver["version"] = MEDVIRK_VERSION;
        driver["semanticVersion"] = MEDVIRK_VERSION;
        if (std::string uri = source_link(); !uri.empty()) driver["informationUri"] = uri;
        driver["language"] = en() ? "en" : "nb";
        driver["rules"] = json::array();
        for (const rules::Rule* r : sorted_rules) driver["rules"].push_back(rule(*r));

        json taxonomies = json::array();
        json supported = json::array();
        for (const auto& p : cat.packs) {
            if (p.advice.empty()) continue;
            supported.push_back({{"name", p.id}, {"guid", taxonomy_guid(p.id)}});
            taxonomies.push_back(taxonomy(p));
        }
        if (!supported.empty()) driver["supportedTaxonomies"] = supported;

        json run;
        run["tool"] = {{"driver", driver}};
        run["originalUriBaseIds"] = {{src_root,
                                      {{"description", text(t("Mappen medvirk ble kjørt fra.",
                                                              "The directory medvirk ran in."))}}}};
        // The artifacts (one per input file) and the results are written one by one where these
        // markers stand; the text is what dumping them in place would give.
        run["artifacts"] = json_splice::marker("artifacts");
        run["results"] = json_splice::marker("results");
        if (!taxonomies.empty()) run["taxonomies"] = taxonomies;
        run["columnKind"] = "unicodeCodePoints";
        json props;
        props["revisjonsdato"] = report.as_of.str();
        props["regelpakker"] = json::array();
        for (const auto& p : cat.packs)
            props["regelpakker"].push_back(
                {{"id", p.id}, {"versjon", p.version}, {"sha256", p.sha256}});
        if (report.baseline)
            props["grunnlinje"] = {{"fil", report.baseline->file},
                                   {"kjente", report.baseline->baselined},
                                   {"rettet", report.baseline->fixed}};
        run["properties"] = props;

        json root;
        root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
        root["version"] = "2.1.0";
        root["runs"] = json::array({run});
        return json_splice::cut(root.dump(2) + "\n", {"artifacts", "results"});
    }

    // One input file's artifact as dump(2) writes it at its depth in the log.
    std::string artifact_text(const engine::InputFile& in) const {
        json artifact = {{"location", artifact_location(in.file)},
                         {"roles", {"analysisTarget"}},
                         {"hashes", {{"sha-256", in.sha256}}}};
        return json_splice::dump_at(artifact, 8);
    }

    // One service's results as dump(2) writes them at their depth in the log (items indented 8
    // spaces), without the brackets; empty when it has none.
    std::string results_text(const engine::ServiceReport& s) const {
        std::string c;
        for (const auto& f : s.results) {
            if (!engine::is_reported(f.grade)) continue;
            if (!c.empty()) c += ",\n";
            c += result_text(f, s.service);
        }
        return c;
    }
};

// One section: each service's results.
class SarifRenderer : public Renderer {
  public:
    SarifRenderer(const engine::Report& r, const FormatOptions& o)
        : o_(o), writer_(r, o_), report_(r) {}

    std::vector<Piece> service(const engine::ServiceReport& s) const override {
        return {{writer_.results_text(s), {}}};
    }

    void frame(const Pieces& pieces, Sink& out) const override {
        auto parts = writer_.frame();
        out.write(parts[0]);
        // The artifacts in blocks, each block rendered on its own (in parallel), written in order.
        const auto& inputs = report_.inputs;
        const size_t block = 512;
        std::vector<std::string> blocks((inputs.size() + block - 1) / block);
        parallel_for(blocks.size(), o_.jobs, [&](size_t b) {
            for (size_t i = b * block; i < std::min(inputs.size(), (b + 1) * block); ++i) {
                blocks[b] += i ? ",\n" : "[\n";
                blocks[b] += writer_.artifact_text(inputs[i]);
            }
        });
        for (const auto& b : blocks) out.write(b);
        out.write(inputs.empty() ? "[]" : "\n      ]");
        out.write(parts[1]);
        bool any = false;
        for (size_t i = 0; i < report_.services.size(); ++i) {
            if (pieces.size(0, i) == 0) continue;
            out.write(any ? ",\n" : "[\n");
            pieces.write(0, i, out);
            any = true;
        }
        out.write(any ? "\n      ]" : "[]");
        out.write(parts[2]);
    }

  private:
    FormatOptions o_;
    Writer writer_;
    const engine::Report& report_;
};

}  // namespace

std::unique_ptr<Renderer> make_sarif(const engine::Report& report, const FormatOptions& options) {
    return std::make_unique<SarifRenderer>(report, options);
}

}  // namespace medvirk::report
