#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/finnes: finnes on a field") {
    auto s = test::service(test::kommune, {council});
    const auto& r = s.routines[0];
    auto ok = run("{finnes: {felt: mandat.funksjon}}", s, r);
    CHECK(ok.ok);
    CHECK(ok.loc.line == 6);
    auto blank = run("{finnes: {felt: mandat.rotasjon}}", s, r);
    CHECK_FALSE(blank.ok);
    CHECK(blank.detail.en == "«mandat.rotasjon» is empty");
    auto missing = run("{finnes: {felt: mandat.oppnevningstid_år}}", s, r);
    CHECK_FALSE(missing.ok);
    CHECK(missing.loc.line == 5);  // the deepest part that exists: «mandat»
    CHECK(missing.detail.en == "«mandat.oppnevningstid_år» is missing");
}

TEST_CASE("checks/finnes: finnes on a document type, with a filter") {
    auto s = test::service(test::kommune, {council});
    CHECK(run("{finnes: {type: brukerråd}}", s, s.doc).ok);
    auto none = run("{finnes: {type: brukerråd, hvor: {fagfelt: rus}}}", s, s.doc);
    CHECK_FALSE(none.ok);
    CHECK(none.loc.file == "tjeneste.yaml");
    CHECK(none.detail.en == "no documents of type «brukerråd» where fagfelt: rus");
}
