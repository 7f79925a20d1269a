#pragma once

#include <string>
#include <utility>
#include <vector>

#include "checks/reader.hpp"
#include "core/date.hpp"
#include "core/text.hpp"
#include "yaml/node.hpp"

namespace medvirk::checks {

// Filter on a list item or a document (`hvor`): path -> condition, all must hold.
struct Condition {
    enum class Kind { any_of, exists, past };
    Kind kind = Kind::any_of;
    std::vector<std::string> values;  // any_of
    bool flag = true;                 // exists / past: the wanted truth value
};

struct Filter {
    std::vector<std::pair<std::string, Condition>> conditions;
    bool empty() const { return conditions.empty(); }
};

// Does a list item or a document satisfy every condition of the filter?
bool matches(const yaml::Node& item, const Filter& filter, Date as_of);

// " der sti: verdi, …" / " where path: value, …"; empty for an empty filter.
Text filter_text(const Filter& f);

// Reads the value of `hvor`.
Filter parse_filter(Reader& r, const yaml::Node& n);

}  // namespace medvirk::checks
