#include <nlohmann/json.hpp>

#include "core/parallel.hpp"
#include "engine/registers.hpp"
#include "report/formats.hpp"
#include "report/json_splice.hpp"
#include "report/suggestions.hpp"
#include "version.hpp"

namespace medvirk::report {

namespace {

using json = nlohmann::ordered_json;

json text(const Text& t) { return {{"nb", t.nb}, {"en", t.en}}; }

json counts(const std::array<size_t, engine::grade_count>& c) {
    json j = json::object();
    for (engine::Grade g :
         {engine::Grade::avvik, engine::Grade::merknad, engine::Grade::forbedringspunkt,
          engine::Grade::fravik, engine::Grade::forbehold, engine::Grade::oppfylt,
          engine::Grade::ikke_relevant, engine::Grade::feil})
        j[engine::grade_key(g)] = c[static_cast<size_t>(g)];
    return j;
}

json score(const engine::Score& s) {
    json j = {{"status", engine::status_key(s.status)},
              {"oppfylt", s.passed},
              {"av", s.total},
              {"med_forbehold", s.reserved},
              {"poeng", s.earned},
              {"mulige_poeng", s.possible}};
    j["prosent"] = s.possible ? json(s.percent()) : json(nullptr);
    return j;
}

json result(const engine::Finding& f, const engine::ServiceInfo& service,
            const rules::Catalogue& catalogue) {
    const rules::Rule& r = *f.rule;
    json j;
    j["regel"] = r.id;
    j["råd"] = r.advice;
    j["krav"] = r.requirement;
    j["grad"] = engine::grade_key(f.grade);
    j["styrke"] = rules::strength_name(r.strength);
    if (const rules::Advice* a = catalogue.find_advice(r.advice))
        j["råd_styrke"] = rules::strength_name(a->strength);
    j["fil"] = f.loc.file;
    j["linje"] = f.loc.line;
    j["kolonne"] = f.loc.col;
    j["dokument"] = f.document;
    j["sti"] = f.path;
    j["fingeravtrykk"] = f.fingerprint;
    j["i_grunnlinje"] = f.baselined;
    j["detalj"] = text(f.detail);
    j["tittel"] = text(r.title);
    j["melding"] = text(f.headline.empty() ? r.message : f.headline);
    j["tiltak"] = text(r.remedy);
    j["sitat"] = r.quote;
    j["kilde"] = r.source;
    j["hjemmel"] = engine::legal_of(f, service);
    j["opphav"] = rules::origin_name(r.origin);
    j["lenke"] = r.link;
    j["pakke"] = r.pack;
    return j;
}

// The head of the report (everything but the services), as a JSON tree with an empty service list.
json head(const engine::Report& report) {
    json root;
    root["rapportformat"] = "medvirk-rapport";
    root["formatversjon"] = json_report_version;
    root["verktøy"] = {{"navn", "medvirk"}, {"versjon", MEDVIRK_VERSION}};
    root["revisjonsdato"] = report.as_of.str();
    root["regelpakker"] = json::array();
    for (const auto& p : report.catalogue->packs)
        root["regelpakker"].push_back(
            {{"id", p.id},
             {"versjon", p.version},
             {"tittel", text(p.title)},
             {"profil", p.profile.empty() ? json(nullptr) : json(p.profile)},
             {"art", p.guidance ? "veiledning" : "normerende"},
             {"sha256", p.sha256}});
    root["inndata"] = json_splice::marker("inndata");  // written file by file by the frame
    root["antall"] = counts(report.counts);
    if (report.baseline)
        root["grunnlinje"] = {{"fil", report.baseline->file},
                              {"kjente", report.baseline->baselined},
                              {"rettet", report.baseline->fixed}};
    root["tjenester"] = json::array();
    return root;
}

// One service as it stands in the list: what root.dump(2) would give at that depth.
std::string service_text(const engine::ServiceReport& s, const rules::Catalogue& catalogue) {
    {
        const auto& info = s.service;
        json js;
        js["id"] = info.id;
        js["navn"] = info.name;
        js["fil"] = info.file;
        js["linje"] = info.line;
        js["antall"] = counts(s.counts);
        js["totalt"] = score(s.total);
        js["nivåer"] = json::array();
        for (const auto& l : s.levels) {
            json jl = score(l);
            jl["nivå"] = l.level;
            js["nivåer"].push_back(std::move(jl));
        }
        js["råd"] = json::array();
        for (const auto& a : s.advice) {
            json ja = {{"id", a.advice->id},
                       {"nivå", a.advice->level},
                       {"tittel", a.advice->title.nb},
                       {"tittel_en", a.advice->title.en},
                       {"styrke", rules::strength_name(a.advice->strength)},
                       {"hjemmel", rules::legal_for(a.advice->legal, info.levels)},
                       {"lenke", a.advice->link}};
            ja.update(score(a));
            js["råd"].push_back(std::move(ja));
        }
        js["resultater"] = json::array();
        for (const auto& f : s.results) js["resultater"].push_back(result(f, info, catalogue));
        js["dokumenter"] = json::array();
        for (const auto& d : info.documents) {
            json jd = {{"id", d.id}, {"type", d.type}};
            if (d.title) jd["tittel"] = *d.title;
            jd["fil"] = d.file;
            jd["linje"] = d.line;
            js["dokumenter"].push_back(std::move(jd));
        }
        js["dekning"] = json::array();
        for (const auto& row : s.coverage) {
            json jr = {{"tag", row.tag}, {"regler", row.rules}, {"steg", json::array()}};
            for (const auto& st : row.steps)
                jr["steg"].push_back({{"dokument", st.document},
                                      {"fil", st.loc.file},
                                      {"linje", st.loc.line},
                                      {"kolonne", st.loc.col},
                                      {"steg", st.text},
                                      {"gjeldende", st.current}});
            js["dekning"].push_back(std::move(jr));
        }
        js["fravik"] = json::array();
        for (const auto& d : s.deviations) {
            json jf = {{"regel", d.rule}};
            if (!d.document.empty()) jf["dokument"] = d.document;
            jf["begrunnelse"] = d.justification;
            jf["besluttet_av"] = d.decided_by;
            jf["besluttet"] = d.decided;
            jf["gyldig_til"] = d.valid_until;
            jf["utløpt"] = d.expired;
            jf["gyldig"] = d.valid;
            jf["register"] = d.register_doc;
            jf["fil"] = d.loc.file;
            jf["linje"] = d.loc.line;
            jf["kolonne"] = d.loc.col;
            js["fravik"].push_back(std::move(jf));
        }
        js["dekningsvisninger"] = json::array();
        for (const auto& v : s.views) {
            json jv = {{"id", v.view->id},          {"tittel", text(v.view->title)},
                       {"pakke", v.view->pack},     {"sitat", v.view->quote},
                       {"kilde", v.view->source},   {"dekket", v.covered()},
                       {"elementer", json::array()}};
            for (const auto& e : v.elements) {
                json je = {{"id", e.element->id},
                           {"tittel", text(e.element->title)},
                           {"tagger", e.element->tags},
                           {"dekket_av", json::array()}};
                for (const auto& st : e.steps)
                    je["dekket_av"].push_back({{"dokument", st.document},
                                               {"fil", st.loc.file},
                                               {"linje", st.loc.line},
                                               {"kolonne", st.loc.col},
                                               {"steg", st.text},
                                               {"tag", st.tag}});
                jv["elementer"].push_back(std::move(je));
            }
            js["dekningsvisninger"].push_back(std::move(jv));
        }
        if (s.suggestions) js["dekningsforslag"] = suggestions_json(*s.suggestions);
        return json_splice::dump_at(js, 4);
    }
}

// One section: each service's object. Each is rendered on its own and its tree freed at once, so
// a large audit never holds the whole report as a JSON tree.
class JsonRenderer : public Renderer {
  public:
    explicit JsonRenderer(const engine::Report& r) : report_(r) {}

    std::vector<Piece> service(const engine::ServiceReport& s) const override {
        return {{service_text(s, *report_.catalogue), {}}};
    }

    void frame(const Pieces& pieces, Sink& sink) const override {
        // The input files, one by one where the marker stands.
        auto parts = json_splice::cut(head(report_).dump(2), {"inndata"});
        sink.write(parts[0]);
        std::string out = std::move(parts[1]);
        const auto& inputs = report_.inputs;
        for (size_t i = 0; i < inputs.size(); ++i) {
            json in = {{"fil", inputs[i].file}, {"sha256", inputs[i].sha256}};
            sink.write((i ? ",\n" : "[\n") + json_splice::dump_at(in, 4));
        }
        sink.write(inputs.empty() ? "[]" : "\n  ]");
        size_t n = report_.services.size();
        if (n == 0) {
            sink.write(out + "\n");
            return;
        }
        const std::string empty_list = "\"tjenester\": []\n}";
        out.resize(out.size() - empty_list.size() + std::string("\"tjenester\": ").size());
        out += "[\n";
        sink.write(out);
        for (size_t i = 0; i < n; ++i) {
            pieces.write(0, i, sink);
            sink.write(i + 1 < n ? ",\n" : "\n");
        }
        sink.write("  ]\n}\n");
    }

  private:
    const engine::Report& report_;
};

}  // namespace

std::unique_ptr<Renderer> make_json(const engine::Report& report, const FormatOptions&) {
    return std::make_unique<JsonRenderer>(report);
}

}  // namespace medvirk::report
