#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/dekket: dekket needs an approved, current document") {
    auto s = test::service(test::kommune, {council, expired});
    auto ok = run("{dekket: {tag: t1}}", s, s.doc);
    CHECK(ok.ok);
    CHECK(ok.loc.file == "r1.yaml");
    CHECK(ok.detail.en == "step «Gjør noe» in «r»");
    auto old = run("{dekket: {tag: t2}}", s, s.doc);
    CHECK_FALSE(old.ok);
    CHECK(old.loc.file == "r2.yaml");
    CHECK(old.detail.en ==
          "the step with «t2» in «gammel» does not count: the review date 2025-01-01 has passed");
}
