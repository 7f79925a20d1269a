#include "checks/evidence.hpp"

#include "fixture.hpp"
#include "support.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/evidence: folding for matching") {
    CHECK(checks::fold("Pasient- og BRUKEROMBUDET") == "pasient- og brukerombudet");
    CHECK(checks::fold("ÆRLIG  Økt\tÅpenhet\nÉn") == "ærlig økt åpenhet én");
    CHECK(checks::fold("  ×  ") == "×");
}

TEST_CASE("checks/evidence: hollow text") {
    CHECK(checks::is_hollow(""));
    CHECK(checks::is_hollow("x"));
    CHECK(checks::is_hollow("Prøver"));
    CHECK(checks::is_hollow("FYLL UT: beskriv steget"));
    CHECK(checks::is_hollow("TODO skriv hvordan brukeren informeres om klageretten"));
    CHECK(checks::is_hollow("Brukerråd, pårørende og ledere"));  // nouns only
    CHECK(checks::is_hollow("Se rutine"));                       // two words
    CHECK(checks::is_hollow("Vi gjør det"));                     // under fifteen letters
    CHECK_FALSE(checks::is_hollow("Tolk bestilles ved behov før samtalen."));
    CHECK_FALSE(checks::is_hollow("Kontakt pårørende innen en uke etter innleggelsen."));
    CHECK_FALSE(checks::is_hollow("Brukeren får informasjon om klageretten."));
    CHECK_FALSE(checks::is_hollow(
        "Kommunen har ett felles brukerråd for helse og omsorg med egen arbeidsgruppe."));
}

TEST_CASE("checks/evidence: indicator terms match inside compounds, case-insensitively") {
    std::vector<std::string> terms = {"klage", "ombud", "tolk"};
    CHECK(checks::shown_terms("Informer om Pasient- og brukerombudet", terms) ==
          std::vector<std::string>{"ombud"});
    CHECK(checks::shown_terms("KLAGERETTEN og ombudet", terms) ==
          std::vector<std::string>{"klage", "ombud"});
    CHECK(checks::shown_terms("Brukeren får time hos fastlegen.", terms).empty());
}

TEST_CASE("checks/evidence: what a document is worth") {
    auto standing = [](const std::string& yaml) {
        auto s = test::service(test::kommune, {yaml});
        return checks::document_evidence(s.routines.front(), as_of);
    };
    const std::string body =
        "\nfremgangsmåte:\n  - steg: Brukeren får informasjon om klageretten.\n";
    auto e = standing(std::string(council));
    CHECK(e.standing == checks::Standing::counts);
    CHECK(e.reason.empty());
    e = standing(expired);
    CHECK(e.standing == checks::Standing::reserved);
    CHECK(e.reason.nb == "revisjonsdatoen 2025-01-01 er passert");
    e = standing("type: rutine\nid: a\ntittel: A" + body);
    CHECK(e.standing == checks::Standing::reserved);
    CHECK(e.reason.nb == "dokumentet mangler dokumentstyring");
    e = standing(
        "type: rutine\nid: a\ntittel: A\ndokumentstyring: {godkjent: 2026-01-01, "
        "revideres: 2027-01-01}" +
        body);
    CHECK(e.reason.nb == "dokumentet mangler «godkjent_av»");
    e = standing(
        "type: rutine\nid: a\ntittel: A\ndokumentstyring: {godkjent_av: K, godkjent: "
        "2026-07-01, revideres: 2027-01-01}" +
        body);
    CHECK(e.reason.nb == "dokumentet er godkjent først 2026-07-01");
    // Dated by period: approved at the start, due at the end.
    e = standing(
        "type: rutine\nid: a\ntittel: A\ndokumentstyring: {godkjent_av: K, godkjent: "
        "\"2016\", revideres: \"2019\"}" +
        body);
    CHECK(e.reason.nb == "revisjonsdatoen 2019-12-31 er passert");
    e = standing(
        "type: rutine\nid: a\ntittel: A\ndokumentstyring: {godkjent_av: K, godkjent: "
        "\"2026-06\", revideres: \"2026-06\"}" +
        body);
    CHECK(e.standing == checks::Standing::counts);
    // Title only, or a placeholder: nothing.
    e = standing(
        "type: brukerråd\nid: b\ntittel: Brukerråd\norgan: brukerråd\n"
        "dokumentstyring: {godkjent_av: K, godkjent: 2026-01-01, revideres: 2027-01-01}\n");
    CHECK(e.standing == checks::Standing::none);
    CHECK(e.reason.nb == "dokumentet har bare tittel og dokumentstyring, ikke noe innhold");
    e = standing("type: rutine\nid: a\ntittel: \"FYLL UT: tittel\"" + body);
    CHECK(e.standing == checks::Standing::none);
    CHECK(checks::weaker({checks::Standing::reserved, {"a", "a"}},
                         {checks::Standing::none, {"b", "b"}})
              .reason.nb == "b");
}
