#include <fmt/format.h>

#include "checks/check.hpp"
#include "core/suggest.hpp"

namespace medvirk::checks {

// The registry: one line per kind, in the order of error messages, docs and schema. Each kind is
// defined in its own file, src/checks/<name>.cpp, as `const Kind& <name>_kind()`.
#define MEDVIRK_CHECK_KINDS(KIND) \
    KIND(finnes)                  \
    KIND(beskrevet)               \
    KIND(antall)                  \
    KIND(elementer)               \
    KIND(dekket)                  \
    KIND(dato)                    \
    KIND(verdi)                   \
    KIND(kjent_regel)             \
    KIND(nevnt)                   \
    KIND(alle)                    \
    KIND(noen)                    \
    KIND(ikke)

#define MEDVIRK_DECLARE_KIND(name) const Kind& name##_kind();
MEDVIRK_CHECK_KINDS(MEDVIRK_DECLARE_KIND)
#undef MEDVIRK_DECLARE_KIND

const std::vector<const Kind*>& kinds() {
#define MEDVIRK_KIND_ENTRY(name) &name##_kind(),
    static const std::vector<const Kind*> table = {MEDVIRK_CHECK_KINDS(MEDVIRK_KIND_ENTRY)};
#undef MEDVIRK_KIND_ENTRY
    return table;
}

const Kind* find_kind(const std::string& name) {
    for (const Kind* k : kinds())
        if (k->name == name) return k;
    return nullptr;
}

std::vector<std::string> kind_names() {
    std::vector<std::string> out;
    for (const Kind* k : kinds()) out.push_back(k->name);
    return out;
}

std::vector<std::string> Kind::keys() const {
    std::vector<std::string> out;
    for (const auto& p : params) out.push_back(p.key);
    return out;
}

CheckPtr parse_check(Reader& r, const yaml::Node& n) {
    if (!n.is_map() || n.entries.size() != 1) {
        r.err(n, "pack-check",
              fmt::format("en sjekk er en tabell med nøyaktig én sjekktype (en av: {})",
                          fmt::join(kind_names(), ", ")),
              fmt::format("a check is a mapping with exactly one check kind (one of: {})",
                          fmt::join(kind_names(), ", ")));
        return nullptr;
    }
    const yaml::Entry& e = n.entries.front();
    const Kind* kind = find_kind(e.key);
    if (!kind) {
        Text s = suggestion(e.key, kind_names());
        r.err(r.at(e), "pack-check-kind",
              fmt::format("ukjent sjekktype «{}» (tillatt: {}){}", e.key,
                          fmt::join(kind_names(), ", "), s.nb),
              fmt::format("unknown check kind «{}» (allowed: {}){}", e.key,
                          fmt::join(kind_names(), ", "), s.en));
        return nullptr;
    }
    return kind->parse(r, e.value, r.at(e));
}

Outcome evaluate(const Check& check, const Context& ctx) {
    Outcome o = check.evaluate(ctx);
    if (o.path.empty()) o.path = check.path();
    return o;
}

nlohmann::ordered_json Check::to_json() const {
    nlohmann::ordered_json j;
    j["kind"] = name();
    write_params(j);
    auto parts = children();
    if (!parts.empty()) {
        j["sjekker"] = nlohmann::ordered_json::array();
        for (const Check* c : parts) j["sjekker"].push_back(c->to_json());
    }
    return j;
}

void walk(const Check& check, std::vector<const Check*>& out) {
    out.push_back(&check);
    for (const Check* c : check.children()) walk(*c, out);
}

}  // namespace medvirk::checks
