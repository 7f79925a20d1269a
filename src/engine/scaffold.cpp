#include "engine/scaffold.hpp"

#include <fmt/format.h>

#include <set>

#include "engine/audit.hpp"
#include "model/format.hpp"
#include "yaml/emit.hpp"
#include "yaml/parse.hpp"

namespace medvirk::engine {

namespace {

using model::FieldSpec;
using model::FieldType;
using model::ObjectSpec;

void collect(const checks::Check& c, std::set<std::string>& types, std::set<std::string>& tags) {
    std::vector<const checks::Check*> all;
    checks::walk(c, all);
    for (const checks::Check* x : all) {
        for (const auto& t : x->doc_types())
            if (t != "*") types.insert(t);
        if (std::string tag = x->coverage_tag(); !tag.empty()) tags.insert(tag);
    }
}

// Every key of the object, empty, with its description as a comment.
void emit(const ObjectSpec& spec, const std::string& indent, std::string& out,
          const std::string& title) {
    for (const auto& f : spec.fields) {
        if (f.key == "type" || f.key == "id") continue;
        std::string doc = fmt::format("  # {}", f.doc.nb);
        switch (f.type) {
            case FieldType::object:
                out += fmt::format("{}{}:{}\n", indent, f.key, doc);
                emit(*f.object, indent + "  ", out, title);
                break;
            case FieldType::list:
            case FieldType::tags:
                if (f.item == FieldType::object && f.object) {
                    std::vector<std::string> keys;
                    for (const auto& k : f.object->fields) keys.push_back(k.key);
                    out += fmt::format("{}{}: []{}; hvert element: {}\n", indent, f.key, doc,
                                       fmt::join(keys, ", "));
                } else if (!f.values.empty()) {
                    out += fmt::format("{}{}: []{} ({})\n", indent, f.key, doc,
                                       fmt::join(f.values, " | "));
                } else {
                    out += fmt::format("{}{}: []{}\n", indent, f.key, doc);
                }
                break;
            case FieldType::enumeration:
                out +=
                    fmt::format("{}{}:{} ({})\n", indent, f.key, doc, fmt::join(f.values, " | "));
                break;
            default:
                if (f.required) {
                    out += fmt::format("{}{}: \"FYLL UT: {}\"\n", indent, f.key, title);
                } else {
                    out += fmt::format("{}{}:{}\n", indent, f.key, doc);
                }
        }
    }
}

}  // namespace

std::map<std::string, std::string> scaffold(const rules::Catalogue& cat, const ScaffoldOptions& o) {
    std::map<std::string, std::string> files;
    std::string service = fmt::format(
        "type: tjeneste\nid: {}\nnavn: \"FYLL UT: tjenestens navn\"\nnivå: {}\nhelseinstitusjon: "
        "{}\nmålgrupper: [{}]\n",
        yaml::scalar(o.id), o.level, o.institution ? "true" : "false",
        fmt::join(o.target_groups, ", "));
    files["tjeneste.yaml"] =
        "# Tjenestebeskrivelse. Felt merket «FYLL UT» må fylles ut; se docs/format.md.\n" +
        service +
        "fagfelt: [psykisk_helse, rus]\nnettside:  # https://…\neier:  # kommune eller "
        "helseforetak\n" +
        (o.institution ? "informasjonsansvarlig:  # rollen som gir informasjon (hpl § 10)\n" : "");

    auto parsed = yaml::parse(service, "tjeneste.yaml");
    model::Service svc;
    svc.doc.file = "tjeneste.yaml";
    svc.doc.type = "tjeneste";
    svc.doc.id = o.id;
    if (!parsed.docs.empty()) svc.doc.root = parsed.docs.front().root;

    std::map<std::string, std::vector<const rules::Rule*>> by_type;
    std::map<std::string, std::vector<const rules::Rule*>> by_tag;
    for (const rules::Rule* r : cat.rules) {
        if (!applies(*r, svc)) continue;
        std::set<std::string> types, tags;
        for (const auto& t : r->subjects)
            if (t != "*") types.insert(t);
        collect(*r->check, types, tags);
        for (const auto& t : types) by_type[t].push_back(r);
        for (const auto& t : tags) by_tag[t].push_back(r);
    }

    for (const auto& [type, rs] : by_type) {
        const model::DocumentType* dt = model::find_document_type(type);
        if (!dt || dt->service) continue;
        std::string out = fmt::format("# {}\n# Regler som ser på dette dokumentet:\n", dt->doc.nb);
        for (const rules::Rule* r : rs) out += fmt::format("#   {}: {}\n", r->id, r->title.nb);
        out += fmt::format("type: {}\nid: {}\n", type, type);
        emit(*dt->body, "", out, dt->doc.nb);
        files[type + ".yaml"] = out;
    }

    std::string routine =
        "# Rutiner for bruker- og pårørendemedvirkning. Skriv stegene i «fremgangsmåte», og merk "
        "hvert steg\n"
        "# med dekningsordene («dekker: [...]») for kravene steget oppfyller. Et steg teller først "
        "når\n"
        "# dokumentet er godkjent («godkjent_av», «godkjent») og revisjonsdatoen («revideres») "
        "ikke er passert.\n"
        "# Dekningsordene reglene for denne tjenesten ser etter:\n";
    for (const auto& [tag, rs] : by_tag) {
        std::vector<std::string> ids;
        for (const rules::Rule* r : rs) ids.push_back(r->id);
        std::string desc;
        for (const rules::Tag* t : cat.tags)
            if (t->id == tag) desc = t->doc.nb;
        routine += fmt::format("#   {}: {} ({})\n", tag, desc, fmt::join(ids, ", "));
    }
    routine += "type: rutine\nid: rutiner-medvirkning\n";
    emit(*model::find_document_type("rutine")->body, "", routine, "rutinens tittel");
    files["rutiner.yaml"] = routine;
    return files;
}

}  // namespace medvirk::engine
