#include "yaml/node.hpp"

namespace medvirk::yaml {

const Entry* Node::entry(std::string_view key) const {
    for (const auto& e : entries)
        if (e.key == key) return &e;
    return nullptr;
}

const Node* Node::get(std::string_view key) const {
    const Entry* e = entry(key);
    return e ? &e->value : nullptr;
}

const char* kind_name_nb(Node::Kind k) {
    switch (k) {
        case Node::Kind::null: return "tom verdi";
        case Node::Kind::scalar: return "enkeltverdi";
        case Node::Kind::seq: return "liste";
        case Node::Kind::map: return "tabell (nøkler og verdier)";
    }
    return "?";
}

const char* kind_name_en(Node::Kind k) {
    switch (k) {
        case Node::Kind::null: return "empty value";
        case Node::Kind::scalar: return "scalar";
        case Node::Kind::seq: return "list";
        case Node::Kind::map: return "mapping";
    }
    return "?";
}

}  // namespace medvirk::yaml
