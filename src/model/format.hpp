#pragma once

#include <string>
#include <vector>

#include "core/text.hpp"

namespace medvirk::model {

// The routine-set format, version 1, as data. The loader validates against it and
// `medvirk schema` generates the published JSON Schema from it, so the two cannot drift.
enum class FieldType {
    text,         // any scalar, read as text
    integer,      // plain whole number
    boolean,      // plain true / false
    date,         // YYYY-MM-DD, a real date
    period,       // a date or a period: YYYY-MM-DD, YYYY-MM or YYYY (read by edge, core/date.hpp)
    url,          // http:// or https://
    enumeration,  // one of `values`
    list,         // list of `item` (with `values` / `object` as for a single field)
    object,       // nested mapping described by `object`
    tags,         // list of coverage tags from the rule packs' vocabulary
};

struct ObjectSpec;

struct FieldSpec {
    std::string key;
    FieldType type = FieldType::text;
    bool required = false;
    Text doc;
    std::vector<std::string> values;     // enumeration values
    FieldType item = FieldType::text;    // element type of a list
    const ObjectSpec* object = nullptr;  // object, or list of objects
};

struct ObjectSpec {
    std::string name;  // used for the JSON Schema $defs entry
    std::vector<FieldSpec> fields;

    const FieldSpec* field(const std::string& key) const;
    std::vector<std::string> keys() const;
};

struct DocumentType {
    std::string type;  // value of `type:`
    Text doc;
    bool service;  // the service description (one per routine set)
    const ObjectSpec* body;
};

inline constexpr const char* format_version = "1";

const std::vector<DocumentType>& document_types();
const DocumentType* find_document_type(const std::string& type);
std::vector<std::string> document_type_names();

}  // namespace medvirk::model
