#include "checks/params.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "checks/path.hpp"
#include "model/format.hpp"

namespace medvirk::checks {

std::string where_of(const Kind& kind) { return fmt::format("sjekken «{}»", kind.name); }

std::string read_field(Reader& r, const yaml::Node& p, const std::string& where) {
    std::string field = r.str(p, "felt", false, where);
    if (!field.empty() && !valid_path(field)) {
        r.err(*p.get("felt"), "pack-selector",
              fmt::format("ugyldig feltsti «{}» (bruk navn.med.punktum)", field),
              fmt::format("invalid field path «{}» (use dotted.names)", field));
    }
    return field;
}

std::vector<std::string> read_types(Reader& r, const yaml::Node& p, const std::string& where) {
    auto types = r.list(p, "type", where);
    auto all_types = model::document_type_names();
    all_types.push_back("*");
    r.values_in(p, "type", all_types);
    return types;
}

Filter read_filter(Reader& r, const yaml::Node& p) {
    const yaml::Node* h = p.get("hvor");
    return h ? parse_filter(r, *h) : Filter{};
}

std::string Selection::path() const { return !field.empty() ? field : types_path(types); }

void Selection::write(nlohmann::ordered_json& j) const {
    if (!field.empty()) j["felt"] = field;
    if (!types.empty()) j["type"] = types;
}

Selection read_selection(Reader& r, const yaml::Node& p, const std::string& where) {
    Selection s;
    s.field = read_field(r, p, where);
    s.types = read_types(r, p, where);
    s.where = read_filter(r, p);
    return s;
}

void invalid(Reader& r, const yaml::Node& p, Text problem) {
    r.errors.push_back({r.at(p), "pack-check", std::move(problem)});
}

std::string types_text(const std::vector<std::string>& types) {
    std::vector<std::string> quoted;
    for (const auto& t : types) quoted.push_back(fmt::format("«{}»", t));
    return fmt::format("{}", fmt::join(quoted, ", "));
}

namespace {

bool type_selected(const model::RoutineDoc& d, const std::vector<std::string>& types) {
    if (d.spec && d.spec->service)
        return std::find(types.begin(), types.end(), d.type) != types.end();
    return std::find(types.begin(), types.end(), "*") != types.end() ||
           std::find(types.begin(), types.end(), d.type) != types.end();
}

}  // namespace

std::vector<const model::RoutineDoc*> select_documents(const std::vector<std::string>& types,
                                                       const Filter& where, const Context& ctx,
                                                       std::vector<Selected>* hollow) {
    std::vector<const model::RoutineDoc*> out;
    if (type_selected(ctx.service.doc, types) && matches(ctx.service.doc.root, where, ctx.as_of))
        out.push_back(&ctx.service.doc);
    for (const auto& r : ctx.service.routines) {
        if (!type_selected(r, types) || !matches(r.root, where, ctx.as_of)) continue;
        Evidence e = document_evidence(r, ctx.as_of);
        if (e.standing != Standing::none)
            out.push_back(&r);
        else if (hollow)
            hollow->push_back({&r, e});
    }
    return out;
}

std::vector<Selected> weigh(const std::vector<const model::RoutineDoc*>& docs, Date as_of) {
    std::vector<Selected> out;
    for (const auto* d : docs) out.push_back({d, document_evidence(*d, as_of)});
    std::stable_sort(out.begin(), out.end(), [](const Selected& a, const Selected& b) {
        return static_cast<int>(a.evidence.standing) < static_cast<int>(b.evidence.standing);
    });
    return out;
}

std::string types_path(const std::vector<std::string>& types) {
    return fmt::format("type:{}", fmt::join(types, ","));
}

nlohmann::ordered_json filter_json(const Filter& f) {
    nlohmann::ordered_json w;
    for (const auto& [path, cond] : f.conditions) {
        if (cond.kind == Condition::Kind::any_of)
            w[path] = cond.values;
        else
            w[path] = {{cond.kind == Condition::Kind::exists ? "finnes" : "passert", cond.flag}};
    }
    return w;
}

FieldAt field_at(const Context& ctx, const std::string& field) {
    Resolved r = resolve(ctx.scope(), field);
    return {r.node, {ctx.subject.file, r.line, r.col}};
}

}  // namespace medvirk::checks
