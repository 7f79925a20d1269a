#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/verdi: one of the values, or a number within bounds") {
    auto s = test::service(
        test::kommune,
        {"type: brukerråd\nid: r\ntittel: R\nmandat:\n  oppnevningstid_år: 2\n  rotasjon: [a]\n"});
    const auto& r = s.routines[0];
    CHECK(run("{verdi: {felt: type, er: brukerråd}}", s, r).ok);
    auto other = run("{verdi: {felt: type, en_av: [rutine, fravik]}}", s, r);
    CHECK_FALSE(other.ok);
    CHECK(other.detail.en == "«type» is brukerråd, but should be rutine or fravik");
    CHECK(other.loc.line == 1);
    CHECK(run("{verdi: {felt: mandat.oppnevningstid_år, min: 1, maks: 4}}", s, r).ok);
    auto high = run("{verdi: {felt: mandat.oppnevningstid_år, maks: 1}}", s, r);
    CHECK_FALSE(high.ok);
    CHECK(high.detail.en == "«mandat.oppnevningstid_år» is 2, but should be at most 1");
    CHECK(high.path == "mandat.oppnevningstid_år");
    auto list = run("{verdi: {felt: mandat.rotasjon, er: a}}", s, r);  // a list is not a value
    CHECK_FALSE(list.ok);
    CHECK(list.detail.en == "«mandat.rotasjon» is missing");
}
