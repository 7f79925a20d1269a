#include <fmt/format.h>

#include <algorithm>

#include "core/date.hpp"
#include "model/routine_set.hpp"
#include "yaml/keys.hpp"

namespace medvirk::model {

namespace {

using yaml::Node;

struct Validator {
    const std::string& file;
    const std::vector<std::string>& tags;
    Diagnostics& errors;

    void error(const Node& at, std::string code, std::string nb, std::string en) {
        errors.push_back({Location{file, at.line, at.col}, std::move(code), {nb, en}});
    }

    void wrong_kind(const Node& n, const std::string& key, const char* want_nb,
                    const char* want_en) {
        std::string found_nb = n.is_scalar() ? fmt::format("«{}»", n.value) : kind_name_nb(n.kind);
        std::string found_en = n.is_scalar() ? fmt::format("«{}»", n.value) : kind_name_en(n.kind);
        error(n, "wrong-type", fmt::format("«{}» skal være {}, men er {}", key, want_nb, found_nb),
              fmt::format("«{}» must be {}, but is {}", key, want_en, found_en));
    }

    void object(const Node& n, const ObjectSpec& spec, const std::string& where) {
        if (!n.is_map()) {
            wrong_kind(n, where, "en tabell med nøkler", "a mapping of keys");
            return;
        }
        // Keys in file order: a known key's value is checked, an unknown key reported (a YAML
        // merge key with its own message).
        yaml::read_keys(
            n, spec.keys(), where,
            [&](const yaml::Entry& e) {
                const FieldSpec* fs = spec.field(e.key);
                value(e.value, *fs, fs->type, e.key);
            },
            [&](const yaml::Entry& e, const Text& message) {
                Node at;
                at.line = e.line;
                at.col = e.col;
                if (e.key == "<<")
                    error(at, "unknown-key",
                          "YAML-sammenslåing («<<:») støttes ikke; skriv nøklene ut i dokumentet",
                          "YAML merge keys («<<:») are not supported; write the keys out in the "
                          "document");
                else
                    error(at, "unknown-key", message.nb, message.en);
            });
        for (const auto& fs : spec.fields) {
            const Node* v = n.get(fs.key);
            bool blank =
                v && v->is_scalar() && v->value.find_first_not_of(" \t\r\n") == std::string::npos;
            if (fs.required && !v) {
                error(n, "missing-key",
                      fmt::format("{} mangler den påkrevde nøkkelen «{}»", where, fs.key),
                      fmt::format("{} lacks the required key «{}»", where, fs.key));
            } else if (fs.required && (v->is_null() || blank)) {
                // The key is there without a value («tittel: ~», «tittel:», «tittel: ""»): point at
                // the value, or at the key when the value is empty and yaml-cpp marks the next
                // token.
                auto e = std::find_if(n.entries.begin(), n.entries.end(),
                                      [&](const yaml::Entry& x) { return x.key == fs.key; });
                Node at;
                at.line = v->line;
                at.col = v->col;
                if (e != n.entries.end() && (v->line != e->line || v->col <= e->col)) {
                    at.line = e->line;
                    at.col = e->col;
                }
                error(at, "missing-key",
                      fmt::format("den påkrevde nøkkelen «{}» i {} har ingen verdi", fs.key, where),
                      fmt::format("the required key «{}» in {} has no value", fs.key, where));
            }
        }
    }

    void value(const Node& n, const FieldSpec& fs, FieldType type, const std::string& key) {
        if (n.is_null()) return;  // empty value: same as absent; rules decide if it matters
        switch (type) {
            case FieldType::text:
                if (!n.is_scalar()) wrong_kind(n, key, "en tekst", "a text");
                break;
            case FieldType::url:
                if (!n.is_scalar()) {
                    wrong_kind(n, key, "en nettadresse", "a web address");
                } else if (n.value.rfind("https://", 0) != 0 && n.value.rfind("http://", 0) != 0) {
                    error(n, "wrong-type",
                          fmt::format("«{}» skal være en nettadresse som begynner med https://, "
                                      "men er «{}»",
                                      key, n.value),
                          fmt::format("«{}» must be a web address starting with https://, but is "
                                      "«{}»",
                                      key, n.value));
                }
                break;
            case FieldType::integer: {
                bool ok = n.is_scalar() && n.plain && !n.value.empty() && n.value.size() < 10 &&
                          std::all_of(n.value.begin(), n.value.end(),
                                      [](char c) { return c >= '0' && c <= '9'; });
                if (!ok) wrong_kind(n, key, "et heltall (f.eks. 2)", "a whole number (e.g. 2)");
                break;
            }
            case FieldType::boolean:
                if (!(n.is_scalar() && n.plain && (n.value == "true" || n.value == "false")))
                    wrong_kind(n, key, "true eller false", "true or false");
                break;
            case FieldType::date:
                if (!n.is_scalar() || !Date::looks_like_date(n.value)) {
                    wrong_kind(n, key, "en dato på formen ÅÅÅÅ-MM-DD",
                               "a date of the form YYYY-MM-DD");
                } else if (!Date::parse(n.value)) {
                    error(n, "impossible-date",
                          fmt::format("«{}» er ikke en gyldig dato: {} finnes ikke", key, n.value),
                          fmt::format("«{}» is not a valid date: {} does not exist", key, n.value));
                }
                break;
            case FieldType::period:
                if (!n.is_scalar() ||
                    !(Date::looks_like_date(n.value) || Date::looks_like_period(n.value))) {
                    wrong_kind(n, key,
                               "en dato eller periode på formen ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ",
                               "a date or period of the form YYYY-MM-DD, YYYY-MM or YYYY");
                } else if (!Date::parse_period(n.value, Date::Edge::start)) {
                    bool date = Date::looks_like_date(n.value);
                    error(n, "impossible-date",
                          fmt::format("«{}» er ikke en gyldig {}: {} finnes ikke", key,
                                      date ? "dato" : "periode", n.value),
                          fmt::format("«{}» is not a valid {}: {} does not exist", key,
                                      date ? "date" : "period", n.value));
                }
                break;
            case FieldType::enumeration:
                if (!n.is_scalar()) {
                    wrong_kind(n, key, "én av verdiene i listen", "one of the listed values");
                } else if (std::find(fs.values.begin(), fs.values.end(), n.value) ==
                           fs.values.end()) {
                    Text s = yaml::suggestion(n.value, fs.values);
                    std::string all = fmt::format("{}", fmt::join(fs.values, ", "));
                    error(n, "unknown-value",
                          fmt::format("ukjent verdi «{}» for «{}» (tillatt: {}){}", n.value, key,
                                      all, s.nb),
                          fmt::format("unknown value «{}» for «{}» (allowed: {}){}", n.value, key,
                                      all, s.en));
                }
                break;
            case FieldType::list:
                if (!n.is_seq()) {
                    wrong_kind(n, key, "en liste", "a list");
                    break;
                }
                for (const auto& item : n.items) value(item, fs, fs.item, key);
                break;
            case FieldType::object: object(n, *fs.object, fmt::format("«{}»", key)); break;
            case FieldType::tags:
                if (!n.is_seq()) {
                    wrong_kind(n, key, "en liste med dekningsord", "a list of coverage tags");
                    break;
                }
                for (const auto& item : n.items) tag(item, key);
                break;
        }
    }

    void tag(const Node& n, const std::string& key) {
        if (!n.is_scalar()) {
            wrong_kind(n, key, "et dekningsord", "a coverage tag");
            return;
        }
        if (std::binary_search(tags.begin(), tags.end(), n.value)) return;
        Text s = yaml::suggestion(n.value, tags);
        error(n, "unknown-tag",
              fmt::format("ukjent dekningsord «{}» (se «medvirk rules tags»){}", n.value, s.nb),
              fmt::format("unknown coverage tag «{}» (see «medvirk rules tags»){}", n.value, s.en));
    }
};

}  // namespace

void validate_document(const yaml::Node& root, const std::string& file,
                       const std::vector<std::string>& tags, Diagnostics& errors) {
    Validator v{file, tags, errors};
    if (!root.is_map()) {
        v.error(root, "not-a-mapping",
                fmt::format("et dokument må være en tabell med nøkler, men er {}",
                            yaml::kind_name_nb(root.kind)),
                fmt::format("a document must be a mapping of keys, but is {}",
                            yaml::kind_name_en(root.kind)));
        return;
    }
    const yaml::Node* type = root.get("type");
    if (!type || type->is_null()) {
        v.error(root, "missing-type",
                fmt::format("dokumentet mangler «type:» (en av: {})",
                            fmt::join(document_type_names(), ", ")),
                fmt::format("the document lacks «type:» (one of: {})",
                            fmt::join(document_type_names(), ", ")));
        return;
    }
    if (!type->is_scalar()) {
        v.wrong_kind(*type, "type", "en dokumenttype", "a document type");
        return;
    }
    const DocumentType* spec = find_document_type(type->value);
    if (!spec) {
        Text s = yaml::suggestion(type->value, document_type_names());
        v.error(*type, "unknown-type",
                fmt::format("ukjent dokumenttype «{}» (tillatt: {}){}", type->value,
                            fmt::join(document_type_names(), ", "), s.nb),
                fmt::format("unknown document type «{}» (allowed: {}){}", type->value,
                            fmt::join(document_type_names(), ", "), s.en));
        return;
    }
    v.object(root, *spec->body, fmt::format("«{}»", spec->type));
}

}  // namespace medvirk::model
