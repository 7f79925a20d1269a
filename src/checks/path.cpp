#include "checks/path.hpp"

#include <algorithm>

namespace medvirk::checks {

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
            return std::any_of(n->value.begin(), n->value.end(), [](char c) {
                return c != ' ' && c != '\t' && c != '\n' && c != '\r';
            });
        case yaml::Node::Kind::seq: return !n->items.empty();
        case yaml::Node::Kind::map: return !n->entries.empty();
    }
    return false;
}

}  // namespace medvirk::checks
