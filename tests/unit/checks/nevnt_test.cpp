#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

namespace {
const char* routine_with(const std::string& step) {
    static std::string text;
    text =
        "type: rutine\nid: a\ntittel: Oppfølging\n"
        "dokumentstyring: {godkjent_av: K, godkjent: 2026-01-01, revideres: 2027-01-01}\n"
        "fremgangsmåte:\n  - steg: " +
        step + "\n";
    return text.c_str();
}
}  // namespace

TEST_CASE("checks/nevnt: a word that starts with the stem, in a routine or the service's tools") {
    auto s = test::service(
        test::kommune, {routine_with("Kontaktpersonen lager Kriseplanen sammen med brukeren.")});
    auto o = run("{nevnt: {ord: [kriseplan]}}", s, s.doc);
    CHECK(o.ok);
    CHECK(o.loc.file == "r1.yaml");
    CHECK(o.detail.en ==
          "«a» mentions «kriseplan»: «Kontaktpersonen lager Kriseplanen sammen med brukeren.»");
    auto tools = test::service(std::string(test::kommune) + "verktøy: [ansvarsgruppe]\n");
    CHECK(run("{nevnt: {ord: [ansvarsgrupp]}}", tools, tools.doc).ok);
    CHECK(run("{nevnt: {ord: [ansvarsgrupp]}}", tools, tools.doc).loc.file == "tjeneste.yaml");
}

TEST_CASE("checks/nevnt: not inside another word, not in a document that counts for nothing") {
    auto inside = test::service(test::kommune, {routine_with("Vi bruker mestringskriseplaner.")});
    auto o = run("{nevnt: {ord: [kriseplan]}}", inside, inside.doc);
    CHECK_FALSE(o.ok);
    CHECK(o.detail.en == "the routine set does not mention «kriseplan»");
    CHECK(o.loc.file == "tjeneste.yaml");
    // A placeholder routine says nothing about the service's practice.
    auto placeholder = test::service(
        test::kommune, {"type: rutine\nid: a\ntittel: TODO kriseplan\nfremgangsmåte: []\n"});
    CHECK_FALSE(run("{nevnt: {ord: [kriseplan]}}", placeholder, placeholder.doc).ok);
}
