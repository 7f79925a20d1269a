#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/dato: dato, not past and not in the future") {
    auto s = test::service(test::kommune, {council, expired});
    CHECK(run("{dato: {felt: dokumentstyring.revideres}}", s, s.routines[0]).ok);
    auto past = run("{dato: {felt: dokumentstyring.revideres}}", s, s.routines[1]);
    CHECK_FALSE(past.ok);
    CHECK(past.detail.en == "«dokumentstyring.revideres» is 2025-01-01, past as of 2026-06-01");
    CHECK(
        run("{dato: {felt: dokumentstyring.godkjent, krav: ikke_fremtidig}}", s, s.routines[0]).ok);
    CHECK_FALSE(run("{dato: {felt: dokumentstyring.versjon}}", s, s.routines[0]).ok);
}
