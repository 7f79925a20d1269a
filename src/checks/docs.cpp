// What the kinds' declarations publish: the check-kind table of the docs and the JSON Schema of a
// check.
#include <fmt/format.h>

#include "checks/check.hpp"
#include "model/format.hpp"

namespace medvirk::checks {

namespace {

using json = nlohmann::ordered_json;

json scalar() { return {{"type", json::array({"string", "number", "boolean"})}}; }

json scalar_or_list(json item) {
    return {{"anyOf", json::array({item, json{{"type", "array"}, {"items", item}}})}};
}

// A dotted path, as valid_path() accepts it.
json path_schema() {
    return {{"type", "string"}, {"pattern", "^[^. \\[\\]*]+(\\.[^. \\[\\]*]+)*$"}};
}

json param_schema(ParamType type) {
    switch (type) {
        case ParamType::path: return path_schema();
        case ParamType::doc_types: {
            auto types = model::document_type_names();
            types.push_back("*");
            return scalar_or_list({{"enum", types}});
        }
        case ParamType::filter: return {{"$ref", "#/$defs/hvor"}};
        case ParamType::count: return {{"type", "integer"}, {"minimum", 0}, {"maximum", 999999999}};
        case ParamType::tag: return {{"type", "string"}, {"minLength", 1}};
        case ParamType::date_rule: return {{"enum", {"ikke_passert", "ikke_fremtidig"}}};
        case ParamType::value: return scalar();
        case ParamType::values: return scalar_or_list(scalar());
    }
    return json::object();
}

json kind_schema(const Kind& k) {
    json s;
    switch (k.shape) {
        case Kind::Shape::list:
            s = {{"type", "array"}, {"minItems", 1}, {"items", {{"$ref", "#/$defs/sjekk"}}}};
            break;
        case Kind::Shape::single: s = {{"$ref", "#/$defs/sjekk"}}; break;
        case Kind::Shape::params: {
            json props = json::object();
            json required = json::array();
            json needs = json::object();
            for (const auto& p : k.params) {
                props[p.key] = param_schema(p.type);
                if (p.required) required.push_back(p.key);
                if (!p.needs.empty()) needs[p.key] = json::array({p.needs});
            }
            s = {{"type", "object"}, {"additionalProperties", false}, {"properties", props}};
            if (!required.empty()) s["required"] = required;
            if (!needs.empty()) s["dependentRequired"] = needs;
            if (!k.any_of.empty()) {
                json alternatives = json::array();
                for (const auto& key : k.any_of) alternatives.push_back({{"required", {key}}});
                s["anyOf"] = alternatives;
            }
            if (!k.one_of.empty()) {
                json alternatives = json::array();
                for (const auto& key : k.one_of) alternatives.push_back({{"required", {key}}});
                s["oneOf"] = alternatives;
            }
            break;
        }
    }
    s["description"] = k.passes_doc.nb + " / " + k.passes_doc.en;
    return s;
}

}  // namespace

json schema_defs() {
    json kinds_props = json::object();
    for (const Kind* k : kinds()) kinds_props[k->name] = kind_schema(*k);
    json check = {{"description",
                   "En sjekk: en tabell med nøyaktig én sjekktype. / A check: a mapping with "
                   "exactly one check kind."},
                  {"type", "object"},
                  {"minProperties", 1},
                  {"maxProperties", 1},
                  {"additionalProperties", false},
                  {"properties", kinds_props}};
    json condition = {{"anyOf", json::array({scalar(), json{{"type", "array"}, {"items", scalar()}},
                                             json{{"type", "object"},
                                                  {"minProperties", 1},
                                                  {"maxProperties", 1},
                                                  {"additionalProperties", false},
                                                  {"properties",
                                                   {{"finnes", {{"type", "boolean"}}},
                                                    {"passert", {{"type", "boolean"}}}}}}})}};
    json filter = {{"description", "Filter: sti: betingelse. / Filter: path: condition."},
                   {"type", "object"},
                   {"propertyNames", path_schema()},
                   {"additionalProperties", condition}};
    return {{"sjekk", check}, {"hvor", filter}};
}

std::string kinds_table(Lang lang) {
    bool en = lang == Lang::en;
    std::string out = en ? "| Check | Parameters | Passes when |\n|---|---|---|\n"
                         : "| Sjekk | Parametre | Oppfylt når |\n|---|---|---|\n";
    for (const Kind* k : kinds()) {
        std::string name =
            en ? fmt::format("`{}` ({})", k->name, k->gloss) : fmt::format("`{}`", k->name);
        out += fmt::format("| {} | {} | {} |\n", name, k->params_doc.get(lang),
                           k->passes_doc.get(lang));
    }
    return out;
}

}  // namespace medvirk::checks
