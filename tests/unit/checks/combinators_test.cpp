#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/combinators: alle, noen, ikke") {
    auto s = test::service(test::kommune, {council});
    const auto& r = s.routines[0];
    CHECK(run("{alle: [{finnes: {felt: mandat.funksjon}}, {finnes: {felt: tittel}}]}", s, r).ok);
    auto all = run("{alle: [{finnes: {felt: mandat.funksjon}}, {finnes: {felt: hensikt}}]}", s, r);
    CHECK_FALSE(all.ok);
    CHECK(all.detail.en == "«hensikt» is missing");
    CHECK(run("{noen: [{finnes: {felt: hensikt}}, {finnes: {felt: tittel}}]}", s, r).ok);
    CHECK_FALSE(run("{noen: [{finnes: {felt: hensikt}}, {finnes: {felt: omfang}}]}", s, r).ok);
    CHECK(run("{ikke: {finnes: {felt: hensikt}}}", s, r).ok);
}
