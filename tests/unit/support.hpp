#pragma once
// Builders shared by the unit tests: services and rule packs from YAML text.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "model/routine_set.hpp"
#include "rules/pack.hpp"
#include "yaml/parse.hpp"

namespace medvirk::test {

inline model::RoutineDoc doc(const std::string& text, const std::string& file = "r.yaml") {
    auto r = yaml::parse(text, file);
    REQUIRE(r.errors.empty());
    model::RoutineDoc d;
    d.file = file;
    d.root = r.docs.at(0).root;
    d.type = d.root.get("type")->value;
    d.id = d.root.get("id")->value;
    d.spec = model::find_document_type(d.type);
    REQUIRE(d.spec);
    return d;
}

inline model::Service service(const std::string& service_yaml,
                              const std::vector<std::string>& routines = {}) {
    model::Service s;
    s.doc = doc(service_yaml, "tjeneste.yaml");
    int n = 0;
    for (const auto& r : routines)
        s.routines.push_back(doc(r, "r" + std::to_string(++n) + ".yaml"));
    return s;
}

inline const char* kommune =
    "type: tjeneste\nid: s\nnavn: S\nnivå: kommune\nmålgrupper: [voksne]\n";

// A pack header with one advice item A1 and tags t1, t2, followed by `rules` (a YAML list).
inline std::string pack(const std::string& rules) {
    return "pakke: {id: test, versjon: \"1\", tittel: {nb: T, en: T}}\n"
           "kilder: [{id: k, tittel: K}]\n"
           "råd: [{id: A1, nivå: system, tittel: Råd, styrke: bør}]\n"
           "vokabular: [{tag: t1, nb: x, en: x}, {tag: t2, nb: y, en: y}]\n"
           "regler:\n" +
           rules;
}

inline std::string rule(const std::string& id, const std::string& strength,
                        const std::string& check, const std::string& extra = "") {
    return "  - id: " + id +
           "\n    tittel: {nb: T, en: T}\n    råd: A1\n    sitat: Q\n    kilde: k\n"
           "    styrke: " +
           strength + "\n    melding: {nb: M, en: M}\n    tiltak: {nb: R, en: R}\n" + extra +
           "    sjekk: " + check + "\n";
}

inline rules::Catalogue catalogue(const std::string& text, Diagnostics& errors) {
    return rules::load_catalogue({{"test.yaml", text}}, errors);
}

}  // namespace medvirk::test
