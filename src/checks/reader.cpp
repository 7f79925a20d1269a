#include "checks/reader.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "yaml/keys.hpp"

namespace medvirk::checks {

using yaml::Node;

Text suggestion(const std::string& wrong, const std::vector<std::string>& known) {
    return yaml::suggestion(wrong, known);
}

void Reader::err(const Location& loc, std::string code, std::string nb, std::string en) {
    errors.push_back({loc, std::move(code), {std::move(nb), std::move(en)}});
}

bool Reader::keys(const Node& n, const std::vector<std::string>& allowed,
                  const std::string& where) {
    if (!n.is_map()) {
        err(n, "pack-type", fmt::format("{} skal være en tabell med nøkler", where),
            fmt::format("{} must be a mapping of keys", where));
        return false;
    }
    yaml::read_keys(n, allowed, where, {}, [&](const yaml::Entry& e, const Text& message) {
        err(at(e), "pack-unknown-key", message.nb, message.en);
    });
    return true;
}

void Reader::missing(const Node& n, const std::string& key, const std::string& where) {
    err(n, "pack-missing-key", fmt::format("{} mangler «{}»", where, key),
        fmt::format("{} lacks «{}»", where, key));
}

std::string Reader::str(const Node& n, const std::string& key, bool required,
                        const std::string& where) {
    const Node* v = n.get(key);
    if (!v || v->is_null()) {
        if (required) missing(n, key, where);
        return {};
    }
    if (!v->is_scalar()) {
        err(*v, "pack-type", fmt::format("«{}» i {} skal være en tekst", key, where),
            fmt::format("«{}» in {} must be a text", key, where));
        return {};
    }
    return v->value;
}

Text Reader::text(const Node& n, const std::string& key, bool required, const std::string& where) {
    const Node* v = n.get(key);
    if (!v || v->is_null()) {
        if (required) missing(n, key, where);
        return {};
    }
    std::string w = fmt::format("«{}» i {}", key, where);
    if (!keys(*v, {"nb", "en"}, w)) return {};
    return Text{str(*v, "nb", true, w), str(*v, "en", true, w)};
}

std::vector<std::string> Reader::list(const Node& n, const std::string& key,
                                      const std::string& where) {
    std::vector<std::string> out;
    const Node* v = n.get(key);
    if (!v || v->is_null()) return out;
    if (v->is_scalar()) return {v->value};
    if (!v->is_seq()) {
        err(*v, "pack-type", fmt::format("«{}» i {} skal være en liste", key, where),
            fmt::format("«{}» in {} must be a list", key, where));
        return out;
    }
    for (const auto& i : v->items) {
        if (i.is_scalar()) {
            out.push_back(i.value);
        } else {
            err(i, "pack-type", fmt::format("elementene i «{}» skal være tekster", key),
                fmt::format("the items of «{}» must be texts", key));
        }
    }
    return out;
}

void Reader::one_of(const Node& n, const std::string& value,
                    const std::vector<std::string>& allowed, const std::string& key) {
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
    Text s = suggestion(value, allowed);
    err(n, "pack-unknown-value",
        fmt::format("ukjent verdi «{}» for «{}» (tillatt: {}){}", value, key,
                    fmt::join(allowed, ", "), s.nb),
        fmt::format("unknown value «{}» for «{}» (allowed: {}){}", value, key,
                    fmt::join(allowed, ", "), s.en));
}

void Reader::values_in(const Node& n, const std::string& key,
                       const std::vector<std::string>& allowed) {
    const Node* v = n.get(key);
    if (!v) return;
    if (v->is_scalar()) one_of(*v, v->value, allowed, key);
    for (const auto& i : v->items)
        if (i.is_scalar()) one_of(i, i.value, allowed, key);
}

std::optional<long> Reader::integer(const Node& n, const std::string& key) {
    const Node* v = n.get(key);
    if (!v || v->is_null()) return std::nullopt;
    bool ok =
        v->is_scalar() && v->plain && !v->value.empty() && v->value.size() < 10 &&
        std::all_of(v->value.begin(), v->value.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!ok) {
        err(*v, "pack-type", fmt::format("«{}» skal være et heltall", key),
            fmt::format("«{}» must be a whole number", key));
        return std::nullopt;
    }
    return std::stol(v->value);
}

std::optional<bool> Reader::boolean(const Node& n, const std::string& key) {
    const Node* v = n.get(key);
    if (!v || v->is_null()) return std::nullopt;
    if (v->is_scalar() && v->plain && (v->value == "true" || v->value == "false"))
        return v->value == "true";
    err(*v, "pack-type", fmt::format("«{}» skal være true eller false", key),
        fmt::format("«{}» must be true or false", key));
    return std::nullopt;
}

bool valid_path(const std::string& p) {
    if (p.empty() || p.front() == '.' || p.back() == '.') return false;
    return p.find("..") == std::string::npos && p.find_first_of(" []*") == std::string::npos;
}

}  // namespace medvirk::checks
