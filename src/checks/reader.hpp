#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diag.hpp"
#include "core/text.hpp"
#include "yaml/node.hpp"

namespace medvirk::checks {

// Reads the YAML of a rule pack with typed access; every problem becomes a «pack-…» diagnostic
// with file, line and column. Shared by the check kinds' parsers and the pack parser (rules/).
struct Reader {
    const std::string& file;
    Diagnostics& errors;

    Location at(const yaml::Node& n) const { return {file, n.line, n.col}; }
    Location at(const yaml::Entry& e) const { return {file, e.line, e.col}; }

    void err(const Location& loc, std::string code, std::string nb, std::string en);
    void err(const yaml::Node& n, std::string code, std::string nb, std::string en) {
        err(at(n), std::move(code), std::move(nb), std::move(en));
    }

    // Reports unknown keys (with a suggestion); false when `n` is not a mapping.
    bool keys(const yaml::Node& n, const std::vector<std::string>& allowed,
              const std::string& where);
    void missing(const yaml::Node& n, const std::string& key, const std::string& where);
    std::string str(const yaml::Node& n, const std::string& key, bool required,
                    const std::string& where);
    Text text(const yaml::Node& n, const std::string& key, bool required, const std::string& where);
    // A scalar or a list of scalars.
    std::vector<std::string> list(const yaml::Node& n, const std::string& key,
                                  const std::string& where);
    void one_of(const yaml::Node& n, const std::string& value,
                const std::vector<std::string>& allowed, const std::string& key);
    // Checks each value of a list field against `allowed`, pointing at the offending item.
    void values_in(const yaml::Node& n, const std::string& key,
                   const std::vector<std::string>& allowed);
    std::optional<long> integer(const yaml::Node& n, const std::string& key);
    std::optional<bool> boolean(const yaml::Node& n, const std::string& key);
};

// A dotted field path: no empty parts, spaces, brackets or stars.
bool valid_path(const std::string& p);

// "; mente du «x»?" / "; did you mean «x»?" when a close name exists, else empty.
Text suggestion(const std::string& wrong, const std::vector<std::string>& known);

}  // namespace medvirk::checks
