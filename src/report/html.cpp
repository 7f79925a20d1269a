// The audit report as one self-contained HTML file: inline CSS and SVG, no script, no external
// resources. Rendered from the JSON report document, never from the engine, so that a saved JSON
// report renders identically later (`medvirk report`). Every string from the report is escaped.
#include "report/html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "report/formats.hpp"

namespace medvirk::report {

using json = nlohmann::json;

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
                    c == 0x7f)
                    break;
                out += c;
        }
    }
    return out;
}

std::string safe_href(std::string_view url) {
    if (url.substr(0, 8) != "https://" || url.size() <= 8) return {};
    for (char c : url)
        if (static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '\'' || c == '<' ||
            c == '>' || c == '\\' || c == '`' || c == 0x7f)
            return {};
    return std::string(url);
}

namespace {

// --- tolerant access to the report document ----------------------------------------------------

const json& field(const json& j, const char* key) {
    static const json null;
    if (!j.is_object()) return null;
    auto it = j.find(key);
    return it == j.end() ? null : *it;
}

std::string str(const json& j, const char* key) {
    const json& v = field(j, key);
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return {};
}

long long num(const json& j, const char* key) {
    const json& v = field(j, key);
    return v.is_number_integer() ? v.get<long long>() : 0;
}

bool flag(const json& j, const char* key) {
    const json& v = field(j, key);
    return v.is_boolean() && v.get<bool>();
}

const json& list(const json& j, const char* key) {
    static const json empty = json::array();
    const json& v = field(j, key);
    return v.is_array() ? v : empty;
}

std::vector<std::string> strings(const json& j, const char* key) {
    std::vector<std::string> out;
    for (const auto& v : list(j, key))
        if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

// A {nb, en} text in the wanted language, falling back to Norwegian.
std::string text(const json& j, const char* key, Lang lang) {
    const json& t = field(j, key);
    if (t.is_string()) return t.get<std::string>();
    std::string en = str(t, "en");
    return lang == Lang::en && !en.empty() ? en : str(t, "nb");
}

std::string e(std::string_view s) { return html_escape(s); }

std::string location(const json& j) {
    std::string loc = str(j, "fil");
    if (num(j, "linje") > 0) loc += ":" + std::to_string(num(j, "linje"));
    if (num(j, "kolonne") > 0) loc += ":" + std::to_string(num(j, "kolonne"));
    return loc;
}

std::string folder_of(const std::string& file) {
    auto slash = file.rfind('/');
    return slash == std::string::npos ? "." : file.substr(0, slash);
}

// --- labels --------------------------------------------------------------------------------------

struct Label {
    const char* key;
    const char* symbol;
    const char* nb;
    const char* en;
};

// Fixed keys only ever reach class names; an unknown key from the document becomes "ukjent".
const Label statuses[] = {
    {"oppfylt", "✔", "oppfylt", "met"},
    {"delvis_oppfylt", "◐", "delvis oppfylt", "partly met"},
    {"ikke_oppfylt", "✘", "ikke oppfylt", "not met"},
    {"ikke_relevant", "–", "ikke relevant", "not applicable"},
};

const Label grades[] = {
    {"avvik", "✘", "avvik", "nonconformity"},
    {"merknad", "!", "merknad", "remark"},
    {"forbedringspunkt", "➜", "forbedringspunkt", "suggestion"},
    {"fravik", "≠", "fravik", "documented deviation"},
    {"forbehold", "◔", "forbehold", "reservation"},
    {"oppfylt", "✔", "oppfylt", "pass"},
    {"ikke_relevant", "–", "ikke relevant", "not applicable"},
    {"feil", "⚠", "feil", "error"},
};

const Label levels[] = {
    {"system", "", "systemnivå", "system level"},
    {"tjeneste", "", "tjenestenivå", "service level"},
    {"individ", "", "individnivå", "individual level"},
    {"dokument", "", "dokumentstyring", "document control"},
};

template <size_t N>
const Label* find_label(const Label (&table)[N], const std::string& key) {
    for (const auto& l : table)
        if (key == l.key) return &l;
    return nullptr;
}

const char* css = R"(
:root { --tekst: #1a1a1a; --svak: #555; --linje: #c8c8c8; --flate: #f4f4f2;
  --ok: #17692f; --delvis: #8a4b00; --ikke: #a3221b; --irr: #5c5c5c; --fravik: #3b4f9a; --merknad: #8a4b00; --fp: #255d7a; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 100%;
  line-height: 1.5; color: var(--tekst); background: #fff; }
body { margin: 0 auto; padding: 1.5rem 1rem 3rem; max-width: 72rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; padding-top: .75rem; border-top: .25rem solid var(--tekst); }
h3 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
p, li, dd { overflow-wrap: anywhere; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; overflow-wrap: anywhere; }
a { color: #0b4f8a; }
.ingress { color: var(--svak); max-width: 48rem; }
dl.meta { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .25rem 1rem; margin: 1rem 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.hash { color: var(--svak); font-size: .85em; }
details { margin: .5rem 0; }
summary { cursor: pointer; font-weight: 600; }
.rull { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--linje); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: var(--flate); }
td.tall { text-align: right; white-space: nowrap; }
ul.antall { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 1rem; }
ul.antall li { border: 1px solid var(--linje); border-left-width: .4rem; padding: .35rem .75rem; min-width: 8rem; }
ul.antall .n { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.1; }
.merke { display: inline-block; padding: 0 .4rem; border: 1px solid currentColor; border-radius: .25rem; font-weight: 600; white-space: nowrap; }
.s-oppfylt, .g-oppfylt { color: var(--ok); border-color: var(--ok); }
.s-delvis_oppfylt { color: var(--delvis); border-color: var(--delvis); }
.s-ikke_oppfylt, .g-avvik, .g-feil { color: var(--ikke); border-color: var(--ikke); }
.s-ikke_relevant, .g-ikke_relevant, .s-ukjent, .g-ukjent { color: var(--irr); border-color: var(--irr); }
.g-merknad { color: var(--merknad); border-color: var(--merknad); }
.g-forbedringspunkt { color: var(--fp); border-color: var(--fp); }
.g-fravik { color: var(--fravik); border-color: var(--fravik); }
.g-forbehold { color: var(--merknad); border-color: var(--merknad); }
.forklaring { color: var(--svak); font-size: .9em; max-width: 48rem; }
ul.antall li .etikett { color: var(--tekst); }
svg.diagram { width: 100%; max-width: 48rem; height: auto; display: block; margin: .5rem 0 1rem; }
svg.diagram text { font-family: inherit; font-size: 13px; fill: #1a1a1a; }
ol.funn, ol.forbehold { list-style: none; padding: 0; margin: .5rem 0; }
ol.funn > li, ol.forbehold > li { border: 1px solid var(--linje); border-left: .4rem solid currentColor; padding: .5rem .9rem; margin: 0 0 .75rem; }
ol.funn > li > *, ol.forbehold > li > * { color: var(--tekst); }
ol.funn p, ol.forbehold p { margin: .3rem 0; }
blockquote { margin: .4rem 0; padding: .2rem .9rem; border-left: .2rem solid var(--linje); font-style: italic; background: var(--flate); }
.sted, .kilde { color: var(--svak); font-size: .9em; }
.utlopt { font-weight: 700; color: var(--ikke); }
section.rad { margin-top: 2rem; }
.ingen { color: var(--svak); font-style: italic; }
footer { margin-top: 3rem; color: var(--svak); font-size: .9em; border-top: 1px solid var(--linje); padding-top: .5rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section.rad, section.dekning, section.fravik, section.visning { break-before: page; page-break-before: always; }
  h2 { break-before: page; page-break-before: always; }
  section.tjeneste:first-of-type > h2 { break-before: auto; page-break-before: auto; }
  ol.funn > li, ol.forbehold > li, tr { break-inside: avoid; page-break-inside: avoid; }
  details::details-content { display: contents; content-visibility: visible; }
  summary { list-style: none; }
  a { color: inherit; }
  .rull { overflow: visible; }
}
)";

class Writer {
  public:
    Writer(const json& report, Lang lang) : r_(report), lang_(lang) {}

    // The document up to the services: head, header and the start of <main>. Reads the report's
    // head and, of each service, only id, navn and fil.
    std::string begin() {
        std::vector<std::string> names;
        for (const auto& s : list(r_, "tjenester"))
            names.push_back(str(s, "navn").empty() ? str(s, "id") : str(s, "navn"));
        std::string date = str(r_, "revisjonsdato");
        out_ +=
            fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
                        en() ? "en" : "nb");
        out_ +=
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
            "'unsafe-inline'; img-src data:\">\n";
        out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        out_ += fmt::format("<meta name=\"generator\" content=\"medvirk {}\">\n",
                            e(str(field(r_, "verktøy"), "versjon")));
        out_ += fmt::format("<title>{}: {} ({})</title>\n",
                            t("Medvirkningsrevisjon", "Participation audit"),
                            e(fmt::format("{}", fmt::join(names, ", "))), e(date));
        out_ += "<style>" + std::string(css) + "</style>\n</head>\n<body>\n";
        header();
        out_ += "<main>\n";
        return take();
    }

    // One service's section; `id` is its element id (t1, t2, … in report order).
    std::string service_html(const json& s, const std::string& id) {
        service(s, id);
        return take();
    }

    std::string end() {
        std::string date = str(r_, "revisjonsdato");
        out_ += "</main>\n";
        out_ += fmt::format(
            "<footer><p>{} medvirk {} {} {}. {}</p></footer>\n", t("Laget med", "Made with"),
            e(str(field(r_, "verktøy"), "versjon")), t("per", "as of"), e(date),
            t("Rapporten er generert fra JSON-rapporten og kan lages på nytt med «medvirk report».",
              "The report is generated from the JSON report and can be re-created with «medvirk "
              "report»."));
        out_ += "</body>\n</html>\n";
        return take();
    }

    std::string render() {
        std::string out = begin();
        size_t i = 0;
        for (const auto& s : list(r_, "tjenester")) out += service_html(s, fmt::format("t{}", ++i));
        out += end();
        return out;
    }

  private:
    const json& r_;
    Lang lang_;
    std::string out_;

    std::string take() {
        std::string out = std::move(out_);
        out_.clear();
        return out;
    }

    bool en() const { return lang_ == Lang::en; }
    const char* t(const char* nb, const char* en_text) const { return en() ? en_text : nb; }
    std::string tx(const json& j, const char* key) const { return text(j, key, lang_); }

    std::string status_badge(const std::string& key) const {
        const Label* l = find_label(statuses, key);
        if (!l) return fmt::format("<span class=\"merke s-ukjent\">? {}</span>", e(key));
        return fmt::format(
            "<span class=\"merke s-{}\"><span aria-hidden=\"true\">{}</span> {}</span>", l->key,
            l->symbol, en() ? l->en : l->nb);
    }

    std::string grade_badge(const std::string& key) const {
        const Label* l = find_label(grades, key);
        if (!l) return fmt::format("<span class=\"merke g-ukjent\">? {}</span>", e(key));
        return fmt::format(
            "<span class=\"merke g-{}\"><span aria-hidden=\"true\">{}</span> {}</span>", l->key,
            l->symbol, en() ? l->en : l->nb);
    }

    std::string grade_class(const std::string& key) const {
        const Label* l = find_label(grades, key);
        return l ? std::string("g-") + l->key : "g-ukjent";
    }

    std::string level_name(const std::string& key) const {
        const Label* l = find_label(levels, key);
        return l ? (en() ? l->en : l->nb) : e(key);
    }

    std::string strength_word(const std::string& key) const {
        if (auto s = rules::parse_strength(key)) return rules::strength_word(*s, lang_);
        return key;
    }

    // "Råd I1 (bør) · regel skal", and the rule's origin when it is not the guideline.
    std::string source_label(const json& f) const {
        std::string advice = fmt::format("{} {}", t("Råd", "Advice"), str(f, "råd"));
        if (!str(f, "råd_styrke").empty())
            advice += fmt::format(" ({})", strength_word(str(f, "råd_styrke")));
        std::string out =
            fmt::format("{} · {} {}", advice, t("regel", "rule"), strength_word(str(f, "styrke")));
        if (auto o = rules::parse_origin(str(f, "opphav")))
            if (Text text = rules::origin_text(*o); !text.empty()) out += " · " + text.get(lang_);
        return out;
    }

    std::string percent(const json& score) const {
        const json& p = field(score, "prosent");
        return p.is_number_integer() ? fmt::format("{} %", p.get<long long>()) : "–";
    }

    // Points earned of points possible: the figure the percentage is made from.
    std::string met_of(const json& score) const {
        return fmt::format("{} {} {} {}", num(score, "poeng"), t("av", "of"),
                           num(score, "mulige_poeng"), t("poeng", "points"));
    }

    void header() {
        out_ += "<header>\n";
        out_ += fmt::format("<h1>{}</h1>\n", t("Revisjon av bruker- og pårørendemedvirkning",
                                               "Audit of user and next-of-kin participation"));
        out_ += fmt::format("<p class=\"ingress\">{}</p>\n",
                            t("Tjenestens skriftlige rutiner er revidert mot Helsedirektoratets "
                              "nasjonale faglige råd for bruker- og "
                              "pårørendemedvirkning i rus- og psykisk helsefeltet. Avvik gjelder "
                              "det rådene sier <em>skal</em> gjøres, "
                              "merknader det som <em>bør</em> gjøres og forbedringspunkter det som "
                              "<em>kan</em> gjøres.",
                              "The service's written routines have been audited against the "
                              "Norwegian Directorate of Health's national "
                              "advice on user and next-of-kin participation in mental health and "
                              "substance-use services. Nonconformities "
                              "concern what the advice says <em>shall</em> be done, remarks what "
                              "<em>should</em> be done and suggestions "
                              "what <em>may</em> be done."));
        // Packs beyond the national advice (a profile such as recovery, or a local pack) are named
        // too.
        std::vector<std::string> more;
        bool guidance = false;
        for (const auto& p : list(r_, "regelpakker")) {
            if (str(p, "id") == "nasjonal") continue;
            const json& title = field(p, "tittel");
            more.push_back(e(str(title, en() ? "en" : "nb")));
            guidance = guidance || str(p, "art") == "veiledning";
        }
        if (!more.empty()) {
            out_ += fmt::format(
                "<p class=\"ingress\">{} {}. {}</p>\n",
                t("I tillegg er rutinene revidert mot",
                  "The routines have also been audited against"),
                fmt::format("{}", fmt::join(more, "; ")),
                guidance
                    ? t("En veileder er ikke lov: reglene fra en veileder gir høyst merknader.",
                        "A guide is not law: rules from a guide give remarks at most.")
                    : "");
        }
        out_ += "<dl class=\"meta\">\n";
        out_ += fmt::format("<dt>{}</dt>\n", t("Tjeneste", "Service"));
        std::set<std::string> folders;
        size_t i = 0;
        for (const auto& s : list(r_, "tjenester")) {
            out_ += fmt::format("<dd><a href=\"#t{}\">{}</a> (<code>{}</code>)</dd>\n", ++i,
                                e(str(s, "navn")), e(str(s, "id")));
            folders.insert(folder_of(str(s, "fil")));
        }
        if (i == 0) out_ += fmt::format("<dd>{}</dd>\n", t("ingen", "none"));
        out_ += fmt::format("<dt>{}</dt>\n", t("Rutinesett", "Routine set"));
        for (const auto& f : folders) out_ += fmt::format("<dd><code>{}</code></dd>\n", e(f));
        out_ += fmt::format("<dt>{}</dt>\n<dd>{}</dd>\n", t("Revisjonsdato", "Audit date"),
                            e(str(r_, "revisjonsdato")));
        const json& tool = field(r_, "verktøy");
        out_ += fmt::format("<dt>{}</dt>\n<dd>{} {}</dd>\n", t("Verktøy", "Tool"),
                            e(str(tool, "navn")), e(str(tool, "versjon")));
        out_ += fmt::format("<dt>{}</dt>\n", t("Regelpakke", "Rule pack"));
        for (const auto& p : list(r_, "regelpakker"))
            out_ += fmt::format(
                "<dd>{} {} – {}<br><span class=\"hash\">SHA-256 <code>{}</code></span></dd>\n",
                e(str(p, "id")), e(str(p, "versjon")), e(tx(p, "tittel")), e(str(p, "sha256")));
        const json& base = field(r_, "grunnlinje");
        if (base.is_object())
            out_ += fmt::format(
                "<dt>{}</dt>\n<dd><code>{}</code>: {}</dd>\n", t("Grunnlinje", "Baseline"),
                e(str(base, "fil")),
                fmt::format(fmt::runtime(t("{} kjente funn er markert, {} er rettet siden",
                                           "{} known finding(s) are marked, {} fixed since")),
                            num(base, "kjente"), num(base, "rettet")));
        out_ += "</dl>\n";
        const json& inputs = list(r_, "inndata");
        out_ += fmt::format(
            "<details class=\"inndata\">\n<summary>{} ({})</summary>\n<div "
            "class=\"rull\"><table>\n<caption>{}</caption>\n",
            t("Filer som ble lest, med SHA-256", "Files read, with SHA-256"), inputs.size(),
            t("Inndata", "Inputs"));
        out_ += fmt::format(
            "<thead><tr><th scope=\"col\">{}</th><th "
            "scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n",
            t("Fil", "File"));
        for (const auto& in : inputs)
            out_ += fmt::format(
                "<tr><td><code>{}</code></td><td><code class=\"hash\">{}</code></td></tr>\n",
                e(str(in, "fil")), e(str(in, "sha256")));
        out_ += "</tbody>\n</table></div>\n</details>\n</header>\n";
    }

    void counts(const json& s, const std::string& id) {
        const json& c = field(s, "antall");
        out_ += fmt::format("<ul class=\"antall\" aria-label=\"{}\">\n",
                            t("Antall resultater per grad", "Results per grade"));
        for (const auto& g : grades) {
            long long n = num(c, g.key);
            if ((std::string(g.key) == "feil" || std::string(g.key) == "forbehold") && n == 0)
                continue;
            out_ += fmt::format(
                "<li class=\"g-{0}\"><span class=\"n\" id=\"{3}-antall-{0}\" "
                "data-antall=\"{0}\">{1}</span> "
                "<span class=\"etikett\"><span aria-hidden=\"true\">{4}</span> {2}</span></li>\n",
                g.key, n, en() ? g.en : g.nb, id, g.symbol);
        }
        out_ += "</ul>\n";
    }

    void chart(const json& s, const std::string& id) {
        const json& advice = list(s, "råd");
        if (advice.empty()) return;
        const int row = 26, top = 6, label_w = 60, bar_w = 380;
        int height = top * 2 + row * static_cast<int>(advice.size());
        out_ += fmt::format(
            "<svg class=\"diagram\" viewBox=\"0 0 640 {0}\" role=\"img\" "
            "aria-labelledby=\"{1}-diagram-tittel\" "
            "xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"{1}-diagram-tittel\">{2}</title>\n",
            height, id,
            t("Oppfyllingsgrad per råd i prosent",
              "Degree of fulfilment per advice item, in per cent"));
        int y = top;
        for (const auto& a : advice) {
            std::string key = str(a, "status");
            const Label* l = find_label(statuses, key);
            const json& p = field(a, "prosent");
            long long pct =
                p.is_number_integer() ? std::clamp<long long>(p.get<long long>(), 0, 100) : 0;
            const char* color = !l                        ? "#5c5c5c"
                                : key == "oppfylt"        ? "#17692f"
                                : key == "delvis_oppfylt" ? "#b86200"
                                : key == "ikke_oppfylt"   ? "#a3221b"
                                                          : "#8c8c8c";
            out_ += fmt::format("<text x=\"0\" y=\"{}\">{}</text>\n", y + 17, e(str(a, "id")));
            out_ += fmt::format(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" fill=\"#ecebe7\"/>\n", label_w,
                y + 3, bar_w);
            if (pct > 0)
                out_ += fmt::format(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" fill=\"{}\"/>\n", label_w,
                    y + 3, bar_w * pct / 100, color);
            std::string label = l ? (en() ? l->en : l->nb) : e(key);
            out_ += fmt::format("<text x=\"{}\" y=\"{}\">{} {}{}</text>\n", label_w + bar_w + 10,
                                y + 17, l ? l->symbol : "?",
                                p.is_number_integer() ? fmt::format("{} % ", pct) : "", label);
            y += row;
        }
        out_ += "</svg>\n";
    }

    void overview(const json& s, const std::string& id) {
        out_ += fmt::format("<h3 id=\"{}-oversikt\">{}</h3>\n", id, t("Oversikt", "Overview"));
        const json& total = field(s, "totalt");
        out_ += fmt::format(
            "<p>{}: <span id=\"{}-status\" data-status=\"{}\">{}</span> – {} ({}).</p>\n",
            t("Samlet status", "Overall status"), id, e(str(total, "status")),
            status_badge(str(total, "status")), met_of(total), percent(total));
        out_ += fmt::format(
            "<p class=\"forklaring\">{}</p>\n",
            t("Poeng: hver relevant regel teller én gang per tjeneste, skal 3, bør 2, kan 1; "
              "oppfylt, forbehold og fravik gir poeng. Status: oppfylt når alle relevante skal- og "
              "bør-regler er det.",
              "Points: each applicable rule counts once per service, skal 3, bør 2, kan 1; pass, "
              "reservation and documented deviation score. Status: met when every applicable skal "
              "and bør rule is."));
        counts(s, id);
        chart(s, id);
        out_ += fmt::format("<div class=\"rull\"><table class=\"nivaer\">\n<caption>{}</caption>\n",
                            t("Status per nivå", "Status per level"));
        out_ += fmt::format(
            "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">Status</th><th "
            "scope=\"col\">{}</th>"
            "<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t("Nivå", "Level"), t("Krav oppfylt", "Requirements met"), t("Poeng", "Score"));
        for (const auto& l : list(s, "nivåer"))
            out_ += fmt::format(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td class=\"tall\">{}</td><td "
                "class=\"tall\">{}</td></tr>\n",
                level_name(str(l, "nivå")), status_badge(str(l, "status")), met_of(l), percent(l));
        out_ += fmt::format(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td class=\"tall\">{}</td><td "
            "class=\"tall\">{}</td></tr>\n",
            t("Totalt", "Total"), status_badge(str(total, "status")), met_of(total),
            percent(total));
        out_ += "</tbody>\n</table></div>\n";
        out_ +=
            fmt::format("<div class=\"rull\"><table class=\"rad-status\">\n<caption>{}</caption>\n",
                        t("Status per råd", "Status per advice item"));
        out_ += fmt::format(
            "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th "
            "scope=\"col\">Status</th>"
            "<th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t("Råd", "Advice"), t("Tittel", "Title"), t("Krav oppfylt", "Requirements met"),
            t("Poeng", "Score"));
        size_t i = 0;
        for (const auto& a : list(s, "råd")) {
            ++i;
            out_ += fmt::format(
                "<tr data-rad=\"{0}\" data-status=\"{1}\"><th scope=\"row\"><a "
                "href=\"#{2}-r{3}\">{0}</a></th><td>{4}</td>"
                "<td>{5}</td><td class=\"tall\">{6}</td><td class=\"tall\">{7}</td></tr>\n",
                e(str(a, "id")), e(str(a, "status")), id, i, e(str(a, "tittel")),
                status_badge(str(a, "status")), met_of(a), percent(a));
        }
        out_ += "</tbody>\n</table></div>\n";
    }

    void finding(const json& f) {
        std::string grade = str(f, "grad");
        out_ += fmt::format("<li class=\"{}\" data-grad=\"{}\" data-regel=\"{}\">\n",
                            grade_class(grade), e(grade), e(str(f, "regel")));
        out_ += fmt::format("<p>{} <strong>{}</strong>: {}{}</p>\n", grade_badge(grade),
                            e(str(f, "regel")), e(tx(f, "melding")),
                            flag(f, "i_grunnlinje")
                                ? fmt::format(" <em>({})</em>",
                                              t("kjent fra grunnlinjen", "known from the baseline"))
                                : "");
        out_ += fmt::format("<p class=\"sted\">{}: <code>{}</code> ({} <code>{}</code>)</p>\n",
                            t("Sted", "Location"), e(location(f)), t("dokument", "document"),
                            e(str(f, "dokument")));
        out_ += fmt::format("<p>{}: {}</p>\n",
                            grade == "fravik" ? t("Begrunnelse", "Justification")
                            : grade == "forbehold"
                                ? t("Bevis med forbehold", "Evidence with reservation")
                                : t("Funnet", "Found"),
                            e(tx(f, "detalj")));
        if (grade == "forbehold") {
            out_ += "</li>\n";
            return;
        }
        if (!str(f, "sitat").empty()) {
            out_ += fmt::format("<blockquote><p>{}</p></blockquote>\n", e(str(f, "sitat")));
            out_ += fmt::format("<p class=\"kilde\">{}{}</p>\n", e(source_label(f)),
                                str(f, "kilde").empty() ? "" : ", " + e(str(f, "kilde")));
        }
        auto legal = strings(f, "hjemmel");
        if (!legal.empty()) {
            std::vector<std::string> escaped;
            for (const auto& l : legal) escaped.push_back(e(l));
            std::string label = str(f, "styrke") == "skal"
                                    ? t("Hjemmel", "Legal basis")
                                    : t("Rettslig bakgrunn", "Legal background");
            out_ += fmt::format("<p>{}: {}</p>\n", label, fmt::join(escaped, "; "));
        }
        if (grade != "fravik")
            out_ += fmt::format("<p><strong>{}:</strong> {}</p>\n", t("Tiltak", "Remedy"),
                                e(tx(f, "tiltak")));
        out_ += "</li>\n";
    }

    void advice_section(const json& a, const std::vector<const json*>& results,
                        const std::string& id, size_t index) {
        std::string advice_id = str(a, "id");
        std::string sid = fmt::format("{}-r{}", id, index);
        out_ += fmt::format(
            "<section class=\"rad\" id=\"{0}\" aria-labelledby=\"{0}-h\" data-rad=\"{1}\">\n", sid,
            e(advice_id));
        std::string title = str(a, "tittel");
        if (en() && !str(a, "tittel_en").empty()) title = str(a, "tittel_en");
        out_ += fmt::format("<h3 id=\"{}-h\">{} {}: {}</h3>\n", sid, t("Råd", "Advice"),
                            e(advice_id), e(title));
        std::string meta = fmt::format("{} – {} ({}) · {} · {} {}", status_badge(str(a, "status")),
                                       met_of(a), percent(a), level_name(str(a, "nivå")),
                                       t("styrke", "strength"), e(strength_word(str(a, "styrke"))));
        auto legal = strings(a, "hjemmel");
        if (!legal.empty()) {
            std::vector<std::string> escaped;
            for (const auto& l : legal) escaped.push_back(e(l));
            meta += fmt::format(" · {}: {}", t("rettslig bakgrunn", "legal background"),
                                fmt::join(escaped, "; "));
        }
        std::string href = safe_href(str(a, "lenke"));
        if (!href.empty())
            meta += fmt::format(" · <a href=\"{}\" rel=\"noreferrer\">{}</a>", e(href),
                                t("rådet i sin helhet", "the advice in full"));
        out_ += fmt::format("<p>{}</p>\n", meta);

        std::vector<const json*> findings, reserved, passed, irrelevant;
        for (const json* f : results) {
            std::string g = str(*f, "grad");
            if (g == "oppfylt")
                passed.push_back(f);
            else if (g == "forbehold")
                reserved.push_back(f);
            else if (g == "ikke_relevant")
                irrelevant.push_back(f);
            else
                findings.push_back(f);
        }
        // Graded: avvik and feil first, then merknad, forbedringspunkt and fravik; by location
        // within a grade.
        auto rank = [](const std::string& g) {
            return g == "avvik" || g == "feil" ? 0
                   : g == "merknad"            ? 1
                   : g == "forbedringspunkt"   ? 2
                                               : 3;
        };
        std::stable_sort(findings.begin(), findings.end(), [&](const json* x, const json* y) {
            return rank(str(*x, "grad")) < rank(str(*y, "grad"));
        });
        if (findings.empty()) {
            out_ += fmt::format("<p class=\"ingen\">{}</p>\n", t("Ingen funn.", "No findings."));
        } else {
            out_ += fmt::format("<p><strong>{} ({})</strong></p>\n<ol class=\"funn\">\n",
                                t("Funn", "Findings"), findings.size());
            for (const auto* f : findings) finding(*f);
            out_ += "</ol>\n";
        }
        if (!reserved.empty()) {
            out_ += fmt::format("<p><strong>{} ({})</strong>: {}</p>\n<ol class=\"forbehold\">\n",
                                t("Oppfylt med forbehold", "Met with a reservation"),
                                reserved.size(), t("kontroller beviset", "check the evidence"));
            for (const auto* f : reserved) finding(*f);
            out_ += "</ol>\n";
        }
        if (!passed.empty()) {
            out_ += fmt::format("<details class=\"bevis\">\n<summary>{} ({}): {}</summary>\n<ul>\n",
                                t("Oppfylt", "Passed"), passed.size(),
                                t("bevis i rutinene", "evidence in the routines"));
            for (const auto* f : passed)
                out_ += fmt::format(
                    "<li><strong>{}</strong> {}: {} <span "
                    "class=\"sted\">(<code>{}</code>)</span></li>\n",
                    e(str(*f, "regel")), e(tx(*f, "tittel")), e(tx(*f, "detalj")), e(location(*f)));
            out_ += "</ul>\n</details>\n";
        }
        if (!irrelevant.empty()) {
            out_ +=
                fmt::format("<details class=\"irrelevant\">\n<summary>{} ({})</summary>\n<ul>\n",
                            t("Ikke relevant", "Not applicable"), irrelevant.size());
            for (const auto* f : irrelevant)
                out_ += fmt::format("<li><strong>{}</strong> {}: {}</li>\n", e(str(*f, "regel")),
                                    e(tx(*f, "tittel")), e(tx(*f, "detalj")));
            out_ += "</ul>\n</details>\n";
        }
        out_ += "</section>\n";
    }

    void coverage(const json& s, const std::string& id) {
        out_ += fmt::format(
            "<section class=\"dekning\" id=\"{0}-dekning\" aria-labelledby=\"{0}-dekning-h\">\n",
            id);
        out_ += fmt::format("<h3 id=\"{}-dekning-h\">{}</h3>\n", id,
                            t("Dekningsmatrise", "Coverage matrix"));
        const json& rows = list(s, "dekning");
        // Columns: the routine documents that carry at least one of the tags, in document order.
        std::set<std::string> used;
        for (const auto& row : rows)
            for (const auto& st : list(row, "steg")) used.insert(str(st, "dokument"));
        std::vector<const json*> columns;
        std::vector<std::string> without;
        for (const auto& d : list(s, "dokumenter")) {
            if (used.count(str(d, "id")))
                columns.push_back(&d);
            else
                without.push_back(str(d, "id"));
        }
        out_ += fmt::format("<p>{}</p>\n",
                            t("Radene er kravene reglene sjekker med dekningsord («dekker:» i et "
                              "steg), kolonnene rutinedokumentene. "
                              "En celle viser steget som dekker kravet og linjen det står på; "
                              "<span aria-hidden=\"true\">✔</span> "
                              "betyr at dokumentet er godkjent og gjeldende, <span "
                              "aria-hidden=\"true\">○</span> (ikke gjeldende) at "
                              "steget ikke teller.",
                              "Rows are the requirements the rules check by coverage tag "
                              "(«dekker:» in a step), columns the routine "
                              "documents. A cell shows the step covering the requirement and its "
                              "line; <span aria-hidden=\"true\">✔</span> "
                              "means the document is approved and current, <span "
                              "aria-hidden=\"true\">○</span> (not current) that the "
                              "step does not count."));
        if (rows.empty()) {
            out_ += fmt::format(
                "<p class=\"ingen\">{}</p>\n</section>\n",
                t("Ingen regler sjekker dekningsord.", "No rule checks coverage tags."));
            return;
        }
        out_ += fmt::format(
            "<div class=\"rull\"><table class=\"matrise\">\n<caption>{}</caption>\n<thead><tr><th "
            "scope=\"col\">{}</th>"
            "<th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
            t("Krav × rutinedokumenter", "Requirements × routine documents"),
            t("Krav (dekningsord)", "Requirement (tag)"), t("Regler", "Rules"),
            t("Dekket", "Covered"));
        for (const auto* d : columns) {
            std::string title = str(*d, "tittel");
            out_ += fmt::format("<th scope=\"col\">{}{}<code>{}</code></th>", e(title),
                                title.empty() ? "" : "<br>", e(str(*d, "id")));
        }
        out_ += "</tr></thead>\n<tbody>\n";
        for (const auto& row : rows) {
            const json& steps = list(row, "steg");
            bool current = std::any_of(steps.begin(), steps.end(),
                                       [](const json& st) { return flag(st, "gjeldende"); });
            std::vector<std::string> rule_ids;
            for (const auto& r : strings(row, "regler")) rule_ids.push_back(e(r));
            std::string state =
                current ? fmt::format(
                              "<span class=\"merke s-oppfylt\"><span aria-hidden=\"true\">✔</span> "
                              "{}</span>",
                              t("dekket", "covered"))
                : !steps.empty()
                    ? fmt::format(
                          "<span class=\"merke s-delvis_oppfylt\"><span "
                          "aria-hidden=\"true\">◐</span> {}</span>",
                          t("bare i rutine som ikke gjelder", "only in a routine not in force"))
                    : fmt::format(
                          "<span class=\"merke s-ikke_oppfylt\"><span "
                          "aria-hidden=\"true\">✘</span> {}</span>",
                          t("ikke dekket", "not covered"));
            out_ += fmt::format(
                "<tr data-tag=\"{}\"><th scope=\"row\"><code>{}</code></th><td>{}</td><td>{}</td>",
                e(str(row, "tag")), e(str(row, "tag")), fmt::join(rule_ids, ", "), state);
            // The row's steps by document, in step order: one pass, not one per column.
            static const std::vector<const json*> none;
            std::unordered_map<std::string, std::vector<const json*>> by_document;
            for (const auto& st : steps) by_document[str(st, "dokument")].push_back(&st);
            for (const auto* d : columns) {
                std::string cell;
                auto found = by_document.find(str(*d, "id"));
                const std::vector<const json*>& here =
                    found == by_document.end() ? none : found->second;
                for (const json* st : here) {
                    bool ok = flag(*st, "gjeldende");
                    cell += fmt::format(
                        "<p><span aria-hidden=\"true\">{}</span> «{}» <span class=\"sted\">({} "
                        "{}{})</span></p>",
                        ok ? "✔" : "○", e(str(*st, "steg")), t("linje", "line"), num(*st, "linje"),
                        ok ? "" : fmt::format(", {}", t("ikke gjeldende", "not current")));
                }
                out_ += "<td>" + cell + "</td>";
            }
            out_ += "</tr>\n";
        }
        out_ += "</tbody>\n</table></div>\n";
        if (!without.empty()) {
            std::vector<std::string> escaped;
            for (const auto& w : without) escaped.push_back("<code>" + e(w) + "</code>");
            out_ += fmt::format(
                "<p>{}: {}</p>\n",
                t("Dokumenter uten steg med dekningsord", "Documents without tagged steps"),
                fmt::join(escaped, ", "));
        }
        out_ += "</section>\n";
    }

    void deviations(const json& s, const std::string& id) {
        out_ += fmt::format(
            "<section class=\"fravik\" id=\"{0}-fravik\" aria-labelledby=\"{0}-fravik-h\">\n", id);
        out_ += fmt::format(
            "<h3 id=\"{}-fravik-h\">{}</h3>\n", id,
            t("Register over dokumenterte fravik", "Register of documented deviations"));
        const json& entries = list(s, "fravik");
        if (entries.empty()) {
            out_ += fmt::format("<p class=\"ingen\">{}</p>\n</section>\n",
                                t("Ingen fravik er dokumentert.", "No deviations are documented."));
            return;
        }
        out_ += fmt::format(
            "<div class=\"rull\"><table class=\"fravik\">\n<caption>{}</caption>\n<thead><tr><th "
            "scope=\"col\">{}</th><th scope=\"col\">{}</th>"
            "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th "
            "scope=\"col\">{}</th><th scope=\"col\">Status</th>"
            "<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t("Fravik fra bør- og kan-anbefalinger", "Deviations from bør and kan recommendations"),
            t("Regel", "Rule"), t("Gjelder", "Applies to"), t("Begrunnelse", "Justification"),
            t("Besluttet av", "Decided by"), t("Besluttet", "Decided"),
            t("Gyldig til", "Valid until"), t("Sted", "Location"));
        for (const auto& d : entries) {
            std::string state;
            if (flag(d, "utløpt"))
                state = fmt::format(
                    "<span class=\"merke utlopt\"><span aria-hidden=\"true\">⌛</span> {}</span>",
                    t("UTLØPT", "EXPIRED"));
            else if (flag(d, "gyldig"))
                state = fmt::format(
                    "<span class=\"merke s-oppfylt\"><span aria-hidden=\"true\">✔</span> {}</span>",
                    t("gyldig", "valid"));
            else
                state = fmt::format(
                    "<span class=\"merke s-ikke_oppfylt\"><span aria-hidden=\"true\">✘</span> "
                    "{}</span>",
                    t("ugyldig (mangler begrunnelse, beslutning eller kjent regel)",
                      "invalid (lacks justification, decision or a known rule)"));
            std::string doc = str(d, "dokument");
            out_ += fmt::format(
                "<tr data-regel=\"{}\" data-utlopt=\"{}\"><th "
                "scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                "<td>{}</td><td>{}</td><td><code>{}</code></td></tr>\n",
                e(str(d, "regel")), flag(d, "utløpt") ? "ja" : "nei", e(str(d, "regel")),
                doc.empty() ? t("hele tjenesten", "the whole service")
                            : "<code>" + e(doc) + "</code>",
                e(str(d, "begrunnelse")), e(str(d, "besluttet_av")), e(str(d, "besluttet")),
                e(str(d, "gyldig_til")), state, e(location(d)));
        }
        out_ += "</tbody>\n</table></div>\n</section>\n";
    }

    // Coverage views (e.g. CHIME): elements of a framework and the steps covering each.
    void views(const json& s, const std::string& id) {
        size_t i = 0;
        for (const auto& v : list(s, "dekningsvisninger")) {
            std::string vid = fmt::format("{}-v{}", id, ++i);
            out_ += fmt::format(
                "<section class=\"visning\" id=\"{0}\" aria-labelledby=\"{0}-h\">\n", vid);
            std::string pack = str(v, "pakke");
            out_ += fmt::format("<h3 id=\"{}-h\">{}: {}</h3>\n", vid,
                                t("Dekningsvisning", "Coverage view"), e(tx(v, "tittel")));
            out_ += fmt::format(
                "<p class=\"sted\"><code>{}</code>{}</p>\n", e(str(v, "id")),
                pack.empty() ? "" : fmt::format(", {} {}", t("regelpakke", "rule pack"), e(pack)));
            out_ += fmt::format(
                "<div class=\"rull\"><table "
                "class=\"visning\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>"
                "<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
                e(tx(v, "tittel")), t("Element", "Element"), t("Dekket av", "Covered by"));
            for (const auto& el : list(v, "elementer")) {
                const json& by = list(el, "dekket_av");
                std::string cell;
                if (by.empty()) {
                    cell = fmt::format(
                        "<span class=\"merke s-ikke_oppfylt\"><span aria-hidden=\"true\">✘</span> "
                        "{}</span>",
                        t("ikke dekket", "not covered"));
                } else {
                    cell = "<ul>";
                    for (const auto& st : by)
                        cell += fmt::format(
                            "<li><code>{}</code>: «{}» <span "
                            "class=\"sted\">(<code>{}</code>)</span></li>",
                            e(str(st, "dokument")), e(str(st, "steg")), e(location(st)));
                    cell += "</ul>";
                }
                out_ += fmt::format(
                    "<tr data-element=\"{}\"><th scope=\"row\">{} <span "
                    "class=\"sted\">(<code>{}</code>)</span></th><td>{}</td></tr>\n",
                    e(str(el, "id")), e(tx(el, "tittel")), e(str(el, "id")), cell);
            }
            out_ += "</tbody>\n</table></div>\n</section>\n";
        }
    }

    void service(const json& s, const std::string& id) {
        out_ +=
            fmt::format("<section class=\"tjeneste\" id=\"{0}\" aria-labelledby=\"{0}-h\">\n", id);
        out_ += fmt::format(
            "<h2 id=\"{}-h\">{}: {} <span class=\"sted\">(<code>{}</code>)</span></h2>\n", id,
            t("Tjeneste", "Service"), e(str(s, "navn")), e(str(s, "id")));
        out_ += fmt::format("<p class=\"sted\">{}: <code>{}</code></p>\n",
                            t("Tjenestebeskrivelse", "Service description"), e(location(s)));
        overview(s, id);
        // The results of each advice item, in report order, gathered in one pass.
        std::unordered_map<std::string, std::vector<const json*>> by_advice;
        for (const auto& f : list(s, "resultater")) by_advice[str(f, "råd")].push_back(&f);
        static const std::vector<const json*> none;
        size_t i = 0;
        for (const auto& a : list(s, "råd")) {
            auto it = by_advice.find(str(a, "id"));
            advice_section(a, it == by_advice.end() ? none : it->second, id, ++i);
        }
        coverage(s, id);
        views(s, id);
        deviations(s, id);
        out_ += "</section>\n";
    }
};

}  // namespace

std::string render_html(const json& report, Lang lang) { return Writer(report, lang).render(); }
std::string render_html_begin(const json& head, Lang lang) { return Writer(head, lang).begin(); }
std::string render_html_service(const json& service, size_t index, Lang lang) {
    static const json no_head;
    return Writer(no_head, lang).service_html(service, fmt::format("t{}", index + 1));
}
std::string render_html_end(const json& head, Lang lang) { return Writer(head, lang).end(); }

namespace {

// The id that stands for a service's element id in its piece: the service's place in the report is
// known only to the frame. html_escape drops control characters, so text from the report can never
// produce this byte.
constexpr char id_mark = '\x01';

// Writes a piece with every id_mark replaced by the service's id.
class IdSink : public Sink {
  public:
    IdSink(Sink& out, std::string id) : out_(out), id_(std::move(id)) {}
    void write(std::string_view text) override {
        for (size_t at; (at = text.find(id_mark)) != std::string_view::npos;
             text.remove_prefix(at + 1)) {
            out_.write(text.substr(0, at));
            out_.write(id_);
        }
        out_.write(text);
    }

  private:
    Sink& out_;
    std::string id_;
};

// Each service's section, rendered from its JSON object as soon as it is audited, one piece per
// service; the frame writes the head (from the report's head and the services' summaries) and the
// pieces. So the HTML format, like the others, never holds more than one service's JSON at a time
// (docs/performance.md).
class HtmlRenderer : public Renderer {
  public:
    HtmlRenderer(const engine::Report& r, const FormatOptions& o)
        : report_(r), json_(make_json(r, o)), lang_(o.lang) {}

    std::vector<Piece> service(const engine::ServiceReport& s) const override {
        static const json no_head;
        json object = json::parse(json_->service(s).at(0).text);
        return {{Writer(no_head, lang_).service_html(object, std::string(1, id_mark)), {}}};
    }

    void frame(const Pieces& pieces, Sink& out) const override {
        // The JSON report's head with each service as its summary: what the HTML head shows of it.
        class Summaries : public Pieces {
          public:
            explicit Summaries(const engine::Report& r) : r_(r) {}
            void write(size_t, size_t i, Sink& sink) const override {
                const auto& info = r_.services[i].service;
                sink.write(json{{"id", info.id}, {"navn", info.name}, {"fil", info.file}}.dump());
            }
            size_t size(size_t, size_t) const override { return 0; }
            const std::array<size_t, 3>& tally(size_t, size_t) const override { return none_; }

          private:
            const engine::Report& r_;
            std::array<size_t, 3> none_{};
        };
        StringSink head_text;
        json_->frame(Summaries(report_), head_text);
        json head = json::parse(head_text.text);
        head_text.text = std::string();
        Writer writer(head, lang_);
        out.write(writer.begin());
        for (size_t i = 0; i < report_.services.size(); ++i) {
            IdSink sink(out, fmt::format("t{}", i + 1));
            pieces.write(0, i, sink);
        }
        out.write(writer.end());
    }

  private:
    const engine::Report& report_;
    std::unique_ptr<Renderer> json_;
    Lang lang_;
};

}  // namespace

std::unique_ptr<Renderer> make_html(const engine::Report& report, const FormatOptions& o) {
    return std::make_unique<HtmlRenderer>(report, o);
}

}  // namespace medvirk::report
