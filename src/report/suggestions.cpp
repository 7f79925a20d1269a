#include "report/suggestions.hpp"

#include <fmt/format.h>

#include "core/terminal.hpp"

namespace medvirk::report {

const char* suggestions_heading(Lang lang) {
    return lang == Lang::en ? "Suggested coverage words (information, not evidence)"
                            : "Forslag til dekningsord (informasjon, ikke bevis)";
}

std::string suggestions_text(const std::vector<engine::TagSuggestion>& suggestions, Lang lang) {
    std::string out;
    for (size_t i = 0; i < suggestions.size(); ++i) {
        const auto& s = suggestions[i];
        std::string loc = terminal_safe(format_location(s.loc));
        std::string tag = terminal_safe(s.tag);
        std::string terms = terminal_safe(fmt::format("{}", fmt::join(s.terms, ", ")));
        if (lang == Lang::en)
            out += fmt::format(
                "{}: the step seems to describe «{}» (shows: {}); if so: dekker: [{}]\n", loc, tag,
                terms, tag);
        else
            out += fmt::format(
                "{}: steget ser ut til å beskrive «{}» (viser: {}); i så fall: dekker: [{}]\n", loc,
                tag, terms, tag);
        bool last_of_step = i + 1 == suggestions.size() || suggestions[i + 1].loc != s.loc;
        if (last_of_step) out += fmt::format("    «{}»\n", terminal_safe(s.text));
    }
    return out;
}

nlohmann::ordered_json suggestions_json(const std::vector<engine::TagSuggestion>& suggestions) {
    auto out = nlohmann::ordered_json::array();
    for (const auto& s : suggestions)
        out.push_back({{"fil", s.loc.file},
                       {"linje", s.loc.line},
                       {"kolonne", s.loc.col},
                       {"steg", s.text},
                       {"dekker", s.tag},
                       {"tegn", s.terms}});
    return out;
}

}  // namespace medvirk::report
