#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/antall: antall with min, maks and filters") {
    auto s = test::service(test::kommune, {council});
    const auto& r = s.routines[0];
    CHECK(run("{antall: {felt: medlemmer, hvor: {rolle: brukerrepresentant}, min: 1}}", s, r).ok);
    auto few =
        run("{antall: {felt: medlemmer, hvor: {rolle: pårørenderepresentant}, min: 1}}", s, r);
    CHECK_FALSE(few.ok);
    CHECK(few.detail.en ==
          "found 0 items in «medlemmer» where rolle: pårørenderepresentant, at least 1 required");
    auto expired_members =
        run("{antall: {felt: medlemmer, hvor: {oppnevnt_til: {passert: true}}, maks: 0}}", s, r);
    CHECK_FALSE(expired_members.ok);
    CHECK(expired_members.loc.line == 10);  // the offending member
    CHECK(run("{antall: {felt: medlemmer, hvor: {organisasjon: {finnes: false}}, min: 1, maks: 1}}",
              s, r)
              .ok);
    CHECK(run("{antall: {type: \"*\", min: 1, maks: 1}}", s, s.doc).ok);
}
