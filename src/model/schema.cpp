#include "model/schema.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "model/format.hpp"

namespace medvirk::model {

namespace {

using json = nlohmann::ordered_json;

std::string description(const Text& t) { return t.en.empty() ? t.nb : t.nb + " / " + t.en; }

json with_null(json s) {
    return json{{"anyOf", json::array({std::move(s), json{{"type", "null"}}})}};
}

struct Generator {
    json defs = json::object();
    std::set<std::string> done;

    json type_schema(const FieldSpec& f, FieldType type) {
        switch (type) {
            case FieldType::text: return {{"type", json::array({"string", "number", "boolean"})}};
            case FieldType::integer: return {{"type", "integer"}, {"minimum", 0}};
            case FieldType::boolean: return {{"type", "boolean"}};
            case FieldType::date:
                return {{"type", "string"},
                        {"format", "date"},
                        {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
            case FieldType::period:
                // A date, or a period: YYYY-MM as text, YYYY as text or as the plain number an
                // editor reads from `revideres: 2019`.
                return {{"anyOf",
                         json::array({
                             {{"type", "string"},
                              {"format", "date"},
                              {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}},
                             {{"type", "string"}, {"pattern", "^[0-9]{4}(-(0[1-9]|1[0-2]))?$"}},
                             {{"type", "integer"}, {"minimum", 1}, {"maximum", 9999}},
                         })}};
            case FieldType::url: return {{"type", "string"}, {"pattern", "^https?://"}};
            case FieldType::enumeration: return {{"enum", f.values}};
            case FieldType::list: return {{"type", "array"}, {"items", type_schema(f, f.item)}};
            case FieldType::object: return {{"$ref", "#/$defs/" + object(*f.object)}};
            case FieldType::tags:
                return {{"type", "array"}, {"items", {{"$ref", "#/$defs/dekningsord"}}}};
        }
        return json::object();
    }

    std::string object(const ObjectSpec& spec) {
        if (done.insert(spec.name).second) {
            json props = json::object();
            json required = json::array();
            for (const auto& f : spec.fields) {
                json s = type_schema(f, f.type);
                if (!f.required) s = with_null(std::move(s));
                s["description"] = description(f.doc);
                props[f.key] = std::move(s);
                if (f.required) required.push_back(f.key);
            }
            json o = {{"type", "object"}, {"additionalProperties", false}, {"properties", props}};
            if (!required.empty()) o["required"] = required;
            defs[spec.name] = std::move(o);
        }
        return spec.name;
    }
};

}  // namespace

std::string json_schema(const std::vector<std::string>& tags) {
    Generator g;
    json root;
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    root["title"] = std::string("medvirk: rutinesett, format ") + format_version;
    root["description"] =
        "Ett YAML-dokument i et rutinesett for medvirk (docs/format.md). / One YAML document of a "
        "medvirk routine set (docs/format.md).";
    root["type"] = "object";
    root["required"] = json::array({"type"});
    root["properties"] = {
        {"type",
         {{"enum", document_type_names()}, {"description", "Dokumenttype / Document type"}}}};
    json all = json::array();
    for (const auto& t : document_types()) {
        std::string def = g.object(*t.body);
        g.defs[def]["description"] = description(t.doc);
        all.push_back({{"if",
                        {{"properties", {{"type", {{"const", t.type}}}}},
                         {"required", json::array({"type"})}}},
                       {"then", {{"$ref", "#/$defs/" + def}}}});
    }
    root["allOf"] = all;
    g.defs["dekningsord"] = {
        {"description",
         "Dekningsord fra regelpakkenes vokabular / Coverage tag from the rule packs' vocabulary"},
        {"enum", tags}};
    root["$defs"] = g.defs;
    return root.dump(2) + "\n";
}

}  // namespace medvirk::model
