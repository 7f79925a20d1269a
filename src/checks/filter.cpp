#include "checks/filter.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "checks/path.hpp"

namespace medvirk::checks {

namespace {

bool any_of(const yaml::Node* n, const std::vector<std::string>& values) {
    if (!n) return false;
    auto hit = [&](const yaml::Node& s) {
        return s.is_scalar() && std::find(values.begin(), values.end(), s.value) != values.end();
    };
    if (n->is_scalar()) return hit(*n);
    return std::any_of(n->items.begin(), n->items.end(), hit);
}

}  // namespace

bool matches(const yaml::Node& item, const Filter& filter, Date as_of) {
    for (const auto& [path, cond] : filter.conditions) {
        const yaml::Node* v = resolve(item, path).node;
        bool ok = false;
        switch (cond.kind) {
            case Condition::Kind::any_of: ok = any_of(v, cond.values); break;
            case Condition::Kind::exists: ok = non_empty(v) == cond.flag; break;
            case Condition::Kind::past: {
                // A period (`dokumentstyring.revideres: 2019`) has passed once its last day has.
                auto d = v && v->is_scalar() ? Date::parse_period(v->value, Date::Edge::end)
                                             : std::nullopt;
                ok = d && ((*d < as_of) == cond.flag);
                break;
            }
        }
        if (!ok) return false;
    }
    return true;
}

Text filter_text(const Filter& f) {
    std::string nb, en;
    for (const auto& [path, cond] : f.conditions) {
        std::string v_nb, v_en;
        switch (cond.kind) {
            case Condition::Kind::any_of:
                v_nb = v_en = fmt::format("{}", fmt::join(cond.values, " | "));
                break;
            case Condition::Kind::exists:
                v_nb = cond.flag ? "fylt ut" : "tomt";
                v_en = cond.flag ? "filled in" : "empty";
                break;
            case Condition::Kind::past:
                v_nb = cond.flag ? "passert" : "ikke passert";
                v_en = cond.flag ? "past" : "not past";
                break;
        }
        nb += fmt::format("{}{}: {}", nb.empty() ? " der " : ", ", path, v_nb);
        en += fmt::format("{}{}: {}", en.empty() ? " where " : ", ", path, v_en);
    }
    return {nb, en};
}

Filter parse_filter(Reader& r, const yaml::Node& n) {
    Filter f;
    if (!n.is_map()) {
        r.err(n, "pack-selector", "«hvor» skal være en tabell: felt: verdi",
              "«hvor» must be a mapping: field: value");
        return f;
    }
    for (const auto& e : n.entries) {
        if (!valid_path(e.key)) {
            r.err(e.value, "pack-selector",
                  fmt::format("ugyldig feltsti «{}» i «hvor» (bruk navn.med.punktum)", e.key),
                  fmt::format("invalid field path «{}» in «hvor» (use dotted.names)", e.key));
            continue;
        }
        Condition c;
        const yaml::Node& v = e.value;
        if (v.is_scalar()) {
            c.values = {v.value};
        } else if (v.is_seq()) {
            for (const auto& i : v.items)
                if (i.is_scalar()) c.values.push_back(i.value);
        } else if (v.is_map()) {
            if (!r.keys(v, {"finnes", "passert"}, fmt::format("«hvor.{}»", e.key))) continue;
            if (v.entries.size() != 1) {
                r.err(v, "pack-selector",
                      "en betingelse i «hvor» har nøyaktig én av «finnes» og «passert»",
                      "a condition in «hvor» has exactly one of «finnes» and «passert»");
                continue;
            }
            const std::string& op = v.entries.front().key;
            auto flag = r.boolean(v, op);
            if (!flag) continue;
            c.kind = op == "finnes" ? Condition::Kind::exists : Condition::Kind::past;
            c.flag = *flag;
        } else {
            r.err(v, "pack-selector", "tom betingelse i «hvor»", "empty condition in «hvor»");
            continue;
        }
        f.conditions.emplace_back(e.key, std::move(c));
    }
    return f;
}

}  // namespace medvirk::checks
