#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diag.hpp"
#include "rules/rule.hpp"

namespace medvirk::engine {

struct ScaffoldOptions {
    std::string id;                          // service id
    std::string level;                       // kommune | spesialisthelsetjeneste
    std::vector<std::string> target_groups;  // barn | unge | voksne | eldre
    bool institution = false;
};

// A routine-set skeleton for `medvirk init`: the service document, one document of every type the
// rules that apply to such a service look at, and a routine listing the coverage tags they need.
// Placeholders are marked «FYLL UT»; nothing claims coverage, so an audit lists what is still to
// be written. Keys are file names.
std::map<std::string, std::string> scaffold(const rules::Catalogue& cat, const ScaffoldOptions& o);

}  // namespace medvirk::engine
