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

TEST_CASE("checks/dato: a period is read at the edge that raises no false finding") {
    // Audited as of 2026-06-01. `ikke_passert` reads a period at its last day, `ikke_fremtidig`
    // at its first.
    auto doc = [](const std::string& approved, const std::string& review) {
        return "type: rutine\nid: plan\ntittel: Handlingsplan\n"
               "dokumentstyring: {godkjent_av: K, godkjent: " +
               approved + ", revideres: " + review + "}\n";
    };
    const std::string review = "{dato: {felt: dokumentstyring.revideres}}";
    const std::string approval = "{dato: {felt: dokumentstyring.godkjent, krav: ikke_fremtidig}}";

    SUBCASE("a plan period 2016–2019 is past review, and approved") {
        auto s = test::service(test::kommune, {doc("2016", "2019")});
        auto r = run(review, s, s.routines[0]);
        CHECK_FALSE(r.ok);
        CHECK(r.detail.en ==
              "«dokumentstyring.revideres» is 2019 (read as 2019-12-31), past as of 2026-06-01");
        auto a = run(approval, s, s.routines[0]);
        CHECK(a.ok);
        CHECK(a.detail.nb == "«dokumentstyring.godkjent» er 2016 (lest som 2016-01-01)");
    }
    SUBCASE("a review due in the audit's year or month is not past") {
        auto s = test::service(test::kommune, {doc("2026", "2026"), doc("2026-06", "2026-06")});
        CHECK(run(review, s, s.routines[0]).ok);
        CHECK(run(review, s, s.routines[1]).ok);
        CHECK(run(approval, s, s.routines[0]).ok);  // 2026-01-01
        CHECK(run(approval, s, s.routines[1]).ok);  // 2026-06-01, the audit date itself
    }
    SUBCASE("a month just before the audit is past; an approval month after it lies ahead") {
        auto s = test::service(test::kommune, {doc("2026-07", "2026-05")});
        auto r = run(review, s, s.routines[0]);
        CHECK_FALSE(r.ok);
        CHECK(r.detail.en ==
              "«dokumentstyring.revideres» is 2026-05 (read as 2026-05-31), past as of 2026-06-01");
        auto a = run(approval, s, s.routines[0]);
        CHECK_FALSE(a.ok);
        CHECK(a.detail.en ==
              "«dokumentstyring.godkjent» is 2026-07 (read as 2026-07-01), after "
              "the audit date 2026-06-01");
    }
    SUBCASE("an approval year after the audit lies ahead") {
        auto s = test::service(test::kommune, {doc("2027", "2029")});
        CHECK_FALSE(run(approval, s, s.routines[0]).ok);
        CHECK(run(review, s, s.routines[0]).ok);
    }
    SUBCASE("a day-exact date is shown as it stands") {
        auto s = test::service(test::kommune, {doc("2026-01-15", "2026-05-31")});
        auto r = run(review, s, s.routines[0]);
        CHECK_FALSE(r.ok);
        CHECK(r.detail.en == "«dokumentstyring.revideres» is 2026-05-31, past as of 2026-06-01");
    }
}
