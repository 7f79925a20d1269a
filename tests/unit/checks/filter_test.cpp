#include "checks/filter.hpp"

#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/filter: «passert» reads a period at its last day") {
    // Audited as of 2026-06-01.
    auto plan = [](const std::string& id, const std::string& review) {
        return "type: rutine\nid: " + id +
               "\ntittel: P\nhensikt: Planen for perioden.\n"
               "dokumentstyring: {revideres: " +
               review + "}\n";
    };
    auto s =
        test::service(test::kommune, {plan("a", "2019"), plan("b", "2026"), plan("c", "2026-05"),
                                      plan("d", "2026-06"), plan("e", "2026-05-31")});
    auto past = [&](size_t i) {
        return checks::matches(s.routines[i].root,
                               checks::Filter{{{"dokumentstyring.revideres",
                                                {checks::Condition::Kind::past, {}, true}}}},
                               as_of);
    };
    CHECK(past(0));        // 2019-12-31
    CHECK_FALSE(past(1));  // 2026-12-31
    CHECK(past(2));        // 2026-05-31
    CHECK_FALSE(past(3));  // 2026-06-30
    CHECK(past(4));
    auto over =
        run("{antall: {type: rutine, hvor: {dokumentstyring.revideres: {passert: true}}, "
            "maks: 0}}",
            s, s.doc);
    CHECK_FALSE(over.ok);
    CHECK(over.detail.en ==
          "found 3 documents of type «rutine» where dokumentstyring.revideres: past, at most 0 "
          "allowed");
}
