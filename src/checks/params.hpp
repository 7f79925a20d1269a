#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checks/check.hpp"
#include "checks/evidence.hpp"
#include "checks/filter.hpp"

// Readers for the parameters several kinds share, and the document selection of `finnes` and
// `antall` (`type` with `hvor`).
namespace medvirk::checks {

// "sjekken «finnes»": how errors name a check's parameters.
std::string where_of(const Kind& kind);

// `felt`: a dotted path (reported when invalid).
std::string read_field(Reader& r, const yaml::Node& p, const std::string& where);
// `type`: document types of the format, or "*".
std::vector<std::string> read_types(Reader& r, const yaml::Node& p, const std::string& where);
// `hvor`, when present.
Filter read_filter(Reader& r, const yaml::Node& p);

// What `finnes` and `antall` look at: a field (`felt`), or documents (`type`, with `hvor`).
struct Selection {
    std::string field;
    std::vector<std::string> types;
    Filter where;

    std::string path() const;  // the field, else "type:a,b"
    void write(
        nlohmann::ordered_json& j) const;  // felt, type (hvor is written by the kind, in its place)
};
Selection read_selection(Reader& r, const yaml::Node& p, const std::string& where);

// Reports a semantic problem with the parameters (code pack-check, at the parameters' node).
void invalid(Reader& r, const yaml::Node& p, Text problem);

// «a», «b»
std::string types_text(const std::vector<std::string>& types);

// A selected document and its worth as evidence.
struct Selected {
    const model::RoutineDoc* doc = nullptr;
    Evidence evidence;
};

// The service's documents of the types that match the filter, service document first, leaving
// out those that count for nothing as evidence (placeholders, title-only documents: added to
// `hollow` when given).
std::vector<const model::RoutineDoc*> select_documents(const std::vector<std::string>& types,
                                                       const Filter& where, const Context& ctx,
                                                       std::vector<Selected>* hollow = nullptr);

// The documents with their evidence, those that count in full first (otherwise in order).
std::vector<Selected> weigh(const std::vector<const model::RoutineDoc*>& docs, Date as_of);

// "type:a,b": the fingerprint path of a document selection.
std::string types_path(const std::vector<std::string>& types);

// JSON for a filter, as `rules list --format json` shows it.
nlohmann::ordered_json filter_json(const Filter& f);

// The location of `felt` in the scope: the field's key, else the deepest part that exists.
struct FieldAt {
    const yaml::Node* node = nullptr;
    Location loc;
};
FieldAt field_at(const Context& ctx, const std::string& field);

}  // namespace medvirk::checks
