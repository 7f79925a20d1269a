#pragma once

#include <string>

#include "core/text.hpp"
#include "rules/rule.hpp"

namespace medvirk::report {

// `rules list`: one line per rule, grouped by advice item.
std::string format_rules_list(const rules::Catalogue& cat, Lang lang);
// `rules list --format json`: the whole catalogue as data (read by ../shared/tools/check-quotes).
std::string format_rules_json(const rules::Catalogue& cat);
// `rules show ID`: everything about one rule, generated from its own metadata.
std::string format_rule_show(const rules::Rule& rule, const rules::Catalogue& cat, Lang lang);
// `rules tags`: the coverage vocabulary.
std::string format_tags(const rules::Catalogue& cat, Lang lang);

}  // namespace medvirk::report
