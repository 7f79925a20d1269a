#include "yaml/keys.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/suggest.hpp"

namespace medvirk::yaml {

Text suggestion(const std::string& wrong, const std::vector<std::string>& candidates) {
    auto s = did_you_mean(wrong, candidates);
    if (!s) return {};
    return {fmt::format("; mente du «{}»?", *s), fmt::format("; did you mean «{}»?", *s)};
}

void read_keys(const Node& map, const std::vector<std::string>& allowed, const std::string& where,
               const std::function<void(const Entry&)>& known,
               const std::function<void(const Entry&, const Text&)>& unknown) {
    for (const auto& e : map.entries) {
        if (std::find(allowed.begin(), allowed.end(), e.key) != allowed.end()) {
            if (known) known(e);
            continue;
        }
        Text s = suggestion(e.key, allowed);
        unknown(e, {fmt::format("ukjent nøkkel «{}» i {}{}", e.key, where, s.nb),
                    fmt::format("unknown key «{}» in {}{}", e.key, where, s.en)});
    }
}

}  // namespace medvirk::yaml
