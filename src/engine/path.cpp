#include "engine/path.hpp"

#include <algorithm>

namespace medvirk::engine {

Resolved resolve(const yaml::Node& root, std::string_view path) {
    Resolved r;
    r.line = root.line;
    r.col = root.col;
    const yaml::Node* cur = &root;
    while (!path.empty()) {
        size_t dot = path.find('.');
        std::string_view key = path.substr(0, dot);
        const yaml::Entry* e = cur->is_map() ? cur->entry(key) : nullptr;
        if (!e) return r;
        r.line = e->line;
        r.col = e->col;
        cur = &e->value;
        path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
    }
    r.node = cur;
    return r;
}

bool is_placeholder(const yaml::Node* n) {
    return n && n->is_scalar() && n->value.rfind("FYLL UT", 0) == 0;
}

bool non_empty(const yaml::Node* n) {
    if (!n || is_placeholder(n)) return false;
    switch (n->kind) {
        case yaml::Node::Kind::null: return false;
        case yaml::Node::Kind::scalar:
            return std::any_of(n->value.begin(), n->value.end(),
                               [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; });
        case yaml::Node::Kind::seq: return !n->items.empty();
        case yaml::Node::Kind::map: return !n->entries.empty();
    }
    return false;
}

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

bool matches(const yaml::Node& item, const rules::Filter& filter, Date as_of) {
    for (const auto& [path, cond] : filter.conditions) {
        const yaml::Node* v = resolve(item, path).node;
        bool ok = false;
        switch (cond.kind) {
            case rules::Condition::Kind::any_of: ok = any_of(v, cond.values); break;
            case rules::Condition::Kind::exists: ok = non_empty(v) == cond.flag; break;
            case rules::Condition::Kind::past: {
                auto d = v && v->is_scalar() ? Date::parse(v->value) : std::nullopt;
                ok = d && ((*d < as_of) == cond.flag);
                break;
            }
        }
        if (!ok) return false;
    }
    return true;
}

}  // namespace medvirk::engine
