#include "rules/schema.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "checks/check.hpp"
#include "model/format.hpp"

namespace medvirk::rules {

namespace {

using json = nlohmann::ordered_json;

json scalar() { return {{"type", json::array({"string", "number", "boolean"})}}; }
json scalar_or_list(json item) {
    return {{"anyOf", json::array({item, json{{"type", "array"}, {"items", item}}})}};
}
json text() { return {{"$ref", "#/$defs/tekst"}}; }
json enumeration(std::vector<std::string> values) { return {{"enum", std::move(values)}}; }
json list_of(json item) { return {{"type", "array"}, {"items", std::move(item)}}; }

// A mapping with these keys (nothing else); optional keys may also be left empty (null).
json object(std::vector<std::pair<std::string, json>> props, std::vector<std::string> required) {
    json p = json::object();
    for (auto& [key, s] : props) {
        bool needed = std::find(required.begin(), required.end(), key) != required.end();
        p[key] = needed ? std::move(s)
                        : json{{"anyOf", json::array({std::move(s), json{{"type", "null"}}})}};
    }
    json o = {{"type", "object"}, {"additionalProperties", false}, {"properties", p}};
    if (!required.empty()) o["required"] = required;
    return o;
}

// `hjemmel`: laws for every service, or `{lov, nivå}` for the levels they bind.
json legal() {
    json bound =
        object({{"lov", scalar()},
                {"nivå", scalar_or_list(enumeration({"kommune", "spesialisthelsetjeneste"}))}},
               {"lov", "nivå"});
    return scalar_or_list(json{{"anyOf", json::array({scalar(), bound})}});
}

json rule_schema() {
    auto types = model::document_type_names();
    types.push_back("*");
    json applies =
        object({{"nivå", scalar_or_list(enumeration({"kommune", "spesialisthelsetjeneste"}))},
                {"målgrupper", scalar_or_list(enumeration({"barn", "unge", "voksne", "eldre"}))},
                {"helseinstitusjon", {{"type", "boolean"}}}},
               {});
    return object(
        {{"id", {{"type", "string"}, {"pattern", "^[A-Z0-9-]+$"}}},
         {"tittel", text()},
         {"råd", scalar()},
         {"krav", scalar()},
         {"sitat", scalar()},
         {"kilde", scalar()},
         {"styrke", enumeration({"skal", "bør", "kan"})},
         {"hjemmel", legal()},
         {"opphav", enumeration({"råd", "lov", "policy"})},
         {"gjelder", applies},
         {"gitt", scalar_or_list(enumeration(types))},
         {"hver", {{"type", "string"}, {"pattern", "^[^. \\[\\]*]+(\\.[^. \\[\\]*]+)*$"}}},
         {"mangler", enumeration({"brudd", "ikke_relevant"})},
         {"hvis", {{"$ref", "#/$defs/sjekk"}}},
         {"sjekk", {{"$ref", "#/$defs/sjekk"}}},
         {"melding", text()},
         {"tiltak", text()},
         {"oppfylt", text()},
         {"eksempel", scalar()},
         {"lenke", scalar()}},
        {"id", "tittel", "råd", "sitat", "kilde", "styrke", "sjekk", "melding", "tiltak"});
}

json view_schema() {
    json element =
        object({{"id", scalar()}, {"tittel", text()}, {"tagger", scalar_or_list(scalar())}},
               {"id", "tittel", "tagger"});
    return object({{"id", scalar()},
                   {"tittel", text()},
                   {"sitat", scalar()},
                   {"kilde", scalar()},
                   {"gitt", scalar_or_list(enumeration(model::document_type_names()))},
                   {"elementer", {{"type", "array"}, {"minItems", 1}, {"items", element}}}},
                  {"id", "tittel", "elementer"});
}

}  // namespace

std::string pack_json_schema() {
    json header = object({{"id", scalar()},
                          {"versjon", scalar()},
                          {"tittel", text()},
                          {"profil", {{"type", "string"}, {"pattern", "^[a-z0-9-]+$"}}},
                          {"art", enumeration({"normerende", "veiledning"})}},
                         {"id"});
    json source =
        object({{"id", scalar()}, {"tittel", scalar()}, {"utgiver", scalar()}, {"lenke", scalar()}},
               {"id", "tittel"});
    json advice = object({{"id", scalar()},
                          {"nivå", enumeration({"system", "tjeneste", "individ", "dokument"})},
                          {"tittel", json{{"anyOf", json::array({scalar(), text()})}}},
                          {"styrke", enumeration({"skal", "bør", "kan"})},
                          {"hjemmel", legal()},
                          {"lenke", scalar()}},
                         {"id", "nivå", "tittel", "styrke"});
    json term = {{"type", "string"}, {"minLength", 3}};
    json tag = object({{"tag", scalar()},
                       {"nb", scalar()},
                       {"en", scalar()},
                       {"tegn", scalar_or_list(term)},
                       {"delt", text()}},
                      {"tag", "nb", "en"});
    json root = object({{"pakke", header},
                        {"kilder", list_of(source)},
                        {"råd", list_of(advice)},
                        {"vokabular", list_of(tag)},
                        {"dekningsvisninger", list_of(view_schema())},
                        {"regler", list_of(rule_schema())}},
                       {"pakke"});
    json schema = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                   {"title", "medvirk: regelpakke"},
                   {"description",
                    "En fil i en regelpakke for medvirk (docs/rules.md). / One file of a medvirk "
                    "rule pack (docs/en/rules.md)."}};
    for (auto& [k, v] : root.items()) schema[k] = v;
    json defs = checks::schema_defs();
    defs["tekst"] = object({{"nb", scalar()}, {"en", scalar()}}, {"nb", "en"});
    schema["$defs"] = defs;
    return schema.dump(2) + "\n";
}

}  // namespace medvirk::rules
