#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/dekket: a lapse in document control is a reservation, not a failure") {
    auto s = test::service(test::kommune, {council, expired});
    auto ok = run("{dekket: {tag: t1}}", s, s.doc);
    CHECK(ok.ok);
    CHECK_FALSE(ok.reserved);
    CHECK(ok.loc.file == "r1.yaml");
    CHECK(ok.detail.en == "step «Rådet gir innspill til årsplanen.» in «r»");
    auto old = run("{dekket: {tag: t2}}", s, s.doc);
    CHECK(old.ok);
    CHECK(old.reserved);
    CHECK(old.loc.file == "r2.yaml");
    CHECK(old.detail.en ==
          "step «Brukeren får informasjon om klageretten.» in «gammel» (reservation: the review "
          "date 2025-01-01 has passed)");
    auto only_council = test::service(test::kommune, {council});
    auto none = run("{dekket: {tag: t2}}", only_council, only_council.doc);
    CHECK_FALSE(none.ok);
    CHECK(none.detail.en == "no routine has a step with «dekker: [t2]»");
}

TEST_CASE("checks/dekket: a hollow step counts for nothing; a full one beats a reserved one") {
    auto s = test::service(
        test::kommune,
        {"type: rutine\nid: a\ntittel: A\n"
         "dokumentstyring: {godkjent_av: K, godkjent: 2026-01-01, revideres: 2027-01-01}\n"
         "fremgangsmåte:\n  - steg: x\n    dekker: [t1]\n",
         std::string(expired) + "  - steg: Lederen sørger for at rådet får sakene tidlig.\n"
                                "    dekker: [t1]\n",
         std::string(council)});
    auto o = run("{dekket: {tag: t1}}", s, s.doc);
    CHECK(o.ok);
    CHECK_FALSE(o.reserved);
    CHECK(o.loc.file == "r3.yaml");
    auto hollow = test::service(test::kommune, {"type: rutine\nid: a\ntittel: A\n"
                                                "fremgangsmåte:\n  - steg: x\n    dekker: [t1]\n"});
    auto h = run("{dekket: {tag: t1}}", hollow, hollow.doc);
    CHECK_FALSE(h.ok);
    CHECK(h.detail.en ==
          "the step with «t1» in «a» does not count: the text «x» is too thin to show anything");
}
