#include <fmt/format.h>

#include "cli/common.hpp"
#include "core/suggest.hpp"
#include "model/schema.hpp"
#include "report/rules.hpp"

namespace medvirk::cli {

int cmd_rules_list(const Options& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    if (o.format == "json") {
        fmt::print("{}", report::format_rules_json(*cat));
    } else {
        fmt::print("{}", report::format_rules_list(*cat, o.language()));
    }
    return exit_clean;
}

int cmd_rules_show(const Options& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    const rules::Rule* r = cat->rule(o.rule_id);
    if (!r) {
        auto s = did_you_mean(o.rule_id, cat->rule_ids());
        return usage_error(o,
                           fmt::format("ukjent regel «{}»{}; se «medvirk rules list»", o.rule_id,
                                       s ? fmt::format(" (mente du «{}»?)", *s) : ""),
                           fmt::format("unknown rule «{}»{}; see «medvirk rules list»", o.rule_id,
                                       s ? fmt::format(" (did you mean «{}»?)", *s) : ""));
    }
    fmt::print("{}", report::format_rule_show(*r, *cat, o.language()));
    return exit_clean;
}

int cmd_rules_tags(const Options& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    fmt::print("{}", report::format_tags(*cat, o.language()));
    return exit_clean;
}

int cmd_schema(const Options& o) {
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    fmt::print("{}", model::json_schema(cat->tag_names()));
    return exit_clean;
}

}  // namespace medvirk::cli
