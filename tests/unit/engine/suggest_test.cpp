#include "engine/suggest.hpp"

#include <string>
#include <utility>
#include <vector>

#include "support.hpp"

using namespace medvirk;

namespace {

// A pack whose words carry indicator terms: klage (two terms), rett (one term, «klagerett» holds
// «klage»), pårørende (two), taushet (one), and plain (none).
const rules::Catalogue& catalogue() {
    static Diagnostics errors;
    static rules::Catalogue cat = rules::load_catalogue(
        {{"p.yaml",
          "pakke: {id: test, versjon: \"1\", tittel: {nb: T, en: T}}\n"
          "kilder: [{id: k, tittel: K}]\n"
          "råd: [{id: A1, nivå: system, tittel: Råd, styrke: bør}]\n"
          "vokabular:\n"
          "  - {tag: klage, nb: x, en: x, tegn: [klage, ombud]}\n"
          "  - {tag: klagerett, nb: x, en: x, tegn: [klagerett, klage, vedtak]}\n"
          "  - {tag: pårørende, nb: x, en: x, tegn: [pårørende, involver]}\n"
          "  - {tag: taushet, nb: x, en: x, tegn: [taushetsplikt]}\n"
          "  - {tag: dobbel, nb: x, en: x, tegn: [samtykke, samtykke]}\n"
          "  - {tag: plain, nb: x, en: x}\n"
          "regler:\n" +
              test::rule("X-1", "bør", "{finnes: {felt: navn}}")}},
        errors);
    for (const auto& e : errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
    return cat;
}

std::string routine(const std::string& id, const std::string& steps) {
    return "type: rutine\nid: " + id + "\ntittel: R\nfremgangsmåte:\n" + steps;
}

// "tag(term, term)" per suggestion, in order.
std::vector<std::string> shown(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& [tag, terms] : engine::words_shown(text, catalogue())) {
        std::string s = tag + "(";
        for (size_t i = 0; i < terms.size(); ++i) s += (i ? ", " : "") + terms[i];
        out.push_back(s + ")");
    }
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("engine/suggest: a word needs two of its terms, or its one term when it has only one") {
    CHECK(shown("Brukeren får vite om klageadgangen og pasient- og brukerombudet.") ==
          V{"klage(klage, ombud)"});
    CHECK(shown("Brukeren får vite om klageadgangen.").empty());  // one of two: not clearly shown
    CHECK(shown("Ansatte minner hverandre om taushetsplikten.") == V{"taushet(taushetsplikt)"});
    // Folded: capitals match the lowercase terms.
    CHECK(shown("PÅRØRENDE INVOLVERES I PLANEN.") == V{"pårørende(pårørende, involver)"});
    // Terms repeated in a word's list count once: the word has one term.
    CHECK(shown("Brukeren gir samtykke skriftlig.") == V{"dobbel(samtykke)"});
    // A word without indicator terms is never suggested, whatever the text says.
    CHECK(shown("plain plain plain").empty());
}

TEST_CASE("engine/suggest: a term seen only inside a longer term of the word does not count") {
    // «klage» only within «klageretten»: one distinct term of «klagerett», not two.
    CHECK(shown("Brukeren får vite om klageretten sin.").empty());
    // «klage» on its own as well: two terms.
    CHECK(shown("Brukeren kan klage, og får vite om klageretten sin.") ==
          V{"klagerett(klagerett, klage)"});
    CHECK(shown("Brukeren får vite om klageretten og om vedtaket.") ==
          V{"klagerett(klagerett, vedtak)"});
}

TEST_CASE("engine/suggest: at most three words, those showing more terms first, then by id") {
    // klagerett shows three terms; klage, pårørende two each (by id); taushet one, and is cut.
    CHECK(shown("Ved vedtak om klage får pårørende og brukeren vite om klageretten, ombudet, "
                "taushetsplikten og hvordan pårørende involveres.") ==
          V{"klagerett(klagerett, klage, vedtak)", "klage(klage, ombud)",
            "pårørende(pårørende, involver)"});
}

TEST_CASE("engine/suggest: untagged, substantive steps of every procedure, by place") {
    auto s = test::service(
        test::kommune,
        {routine("b",
                 "  - steg: Brukeren får vite om klageadgangen og pasient- og brukerombudet.\n"
                 "    ansvarlig: Primærkontakt\n"
                 "  - steg: Brukeren får vite om klageadgangen og pasient- og brukerombudet.\n"
                 "    dekker: [klage]\n"                    // tagged: not looked at
                 "  - steg: \"FYLL UT: klage og ombud\"\n"  // hollow: looked at, no suggestion
                 "  - steg: Klage ombud\n"                  // hollow: two words, no verb
                 "  - steg: Behandleren spør hvordan brukeren vil at pårørende skal involveres, og "
                 "forteller om retten til å klage til ombudet uten at taushetsplikten brytes, "
                 "slik at alle vet hva som gjelder.\n"),
         "type: brukerråd\nid: a\ntittel: Råd\nrekruttering:\n  fremgangsmåte:\n"
         "    - steg: Vi spør pårørende om de vil involveres i rådet.\n"});
    auto r = engine::suggest_tags(s, catalogue());
    CHECK(r.steps == 5);
    REQUIRE(r.suggestions.size() == 5);
    // Nested in brukerråd.rekruttering (file r2.yaml), after r1.yaml.
    const auto& first = r.suggestions[0];
    CHECK(first.loc.file == "r1.yaml");
    CHECK(first.loc.line == 5);
    CHECK(first.loc.col == 5);  // the «steg» key
    CHECK(first.tag == "klage");
    CHECK(first.terms == V{"klage", "ombud"});
    CHECK(first.text == "Brukeren får vite om klageadgangen og pasient- og brukerombudet.");
    // The long step: three words best first, its text shortened as in the report.
    V words;
    for (size_t i = 1; i < 4; ++i) {
        CHECK(r.suggestions[i].loc.line == 11);
        words.push_back(r.suggestions[i].tag);
    }
    CHECK(words == V{"klage", "pårørende", "taushet"});
    CHECK(r.suggestions[1].text.size() < 90);
    CHECK(r.suggestions[1].text.ends_with("…"));
    CHECK(r.suggestions[4].loc.file == "r2.yaml");
    CHECK(r.suggestions[4].loc.line == 6);
    CHECK(r.suggestions[4].tag == "pårørende");
}

TEST_CASE("engine/suggest: documents on their own, in file, line and column order") {
    auto later =
        test::doc(routine("z", "  - steg: Vi spør pårørende om de vil involveres.\n"), "z.yaml");
    auto earlier = test::doc(
        routine("a", "  - steg: Ansatte husker taushetsplikten i alle samtaler.\n"), "a.yaml");
    auto r = engine::suggest_tags(std::vector<model::RoutineDoc>{later, earlier}, catalogue());
    CHECK(r.steps == 2);
    REQUIRE(r.suggestions.size() == 2);
    CHECK(r.suggestions[0].loc.file == "a.yaml");
    CHECK(r.suggestions[1].loc.file == "z.yaml");
    // No step without a word: nothing looked at, nothing suggested.
    auto none = engine::suggest_tags(
        std::vector<model::RoutineDoc>{test::doc(
            routine("t",
                    "  - steg: Vi spør pårørende om de vil involveres.\n    dekker: [klage]\n"),
            "t.yaml")},
        catalogue());
    CHECK(none.steps == 0);
    CHECK(none.suggestions.empty());
}
