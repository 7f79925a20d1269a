#include "report/suggestions.hpp"

#include <doctest/doctest.h>

using namespace medvirk;

namespace {

std::vector<engine::TagSuggestion> sample() {
    return {
        {{"r/a.yaml", 4, 5},
         "Brukeren får vite om klageretten og ombudet.",
         "klage",
         {"klage", "ombud"}},
        {{"r/b.yaml", 9, 7},
         "To ord: pårørende involveres og kan klage til ombudet.",
         "pårørende",
         {"pårørende", "involver"}},
        {{"r/b.yaml", 9, 7},
         "To ord: pårørende involveres og kan klage til ombudet.",
         "klage",
         {"klage", "ombud"}},
    };
}

}  // namespace

TEST_CASE("report/suggestions: one line per word, the step text once after its step's words") {
    CHECK(report::suggestions_text(sample(), Lang::nb) ==
          "r/a.yaml:4:5: steget ser ut til å beskrive «klage» (viser: klage, ombud); i så fall: "
          "dekker: [klage]\n"
          "    «Brukeren får vite om klageretten og ombudet.»\n"
          "r/b.yaml:9:7: steget ser ut til å beskrive «pårørende» (viser: pårørende, involver); i "
          "så fall: dekker: [pårørende]\n"
          "r/b.yaml:9:7: steget ser ut til å beskrive «klage» (viser: klage, ombud); i så fall: "
          "dekker: [klage]\n"
          "    «To ord: pårørende involveres og kan klage til ombudet.»\n");
    std::string en = report::suggestions_text(sample(), Lang::en);
    CHECK(
        en.starts_with("r/a.yaml:4:5: the step seems to describe «klage» (shows: klage, ombud); "
                       "if so: dekker: [klage]\n"));
    CHECK(report::suggestions_text({}, Lang::nb).empty());
    CHECK(std::string(report::suggestions_heading(Lang::nb)) ==
          "Forslag til dekningsord (informasjon, ikke bevis)");
    CHECK(std::string(report::suggestions_heading(Lang::en)) ==
          "Suggested coverage words (information, not evidence)");
}

TEST_CASE("report/suggestions: text from the routine files cannot drive the terminal") {
    std::vector<engine::TagSuggestion> s = {
        {{"r/\x1b[31m.yaml", 1, 1}, "Steg \x1b]0;tittel\x07 med kontrolltegn", "klage", {"klage"}}};
    std::string text = report::suggestions_text(s, Lang::nb);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
}

TEST_CASE("report/suggestions: JSON holds file, line, column, step, word and terms") {
    auto j = report::suggestions_json(sample());
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 3);
    CHECK(j[0].dump() ==
          R"({"fil":"r/a.yaml","linje":4,"kolonne":5,"steg":"Brukeren får vite om klageretten og )"
          R"(ombudet.","dekker":"klage","tegn":["klage","ombud"]})");
    CHECK(j[2]["dekker"] == "klage");
    CHECK(report::suggestions_json({}).dump() == "[]");
}
