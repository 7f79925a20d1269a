#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/kjent_regel: the value names a rule of the loaded packs") {
    auto s = test::service(test::kommune, {"type: fravik\nid: f\ntittel: F\nregel: X-1\n",
                                           "type: fravik\nid: g\ntittel: G\nregel: X-9\n"});
    auto known =
        run("{kjent_regel: {felt: regel}}", s, s.routines[0]);  // X-1 is the rule being run
    CHECK(known.ok);
    CHECK(known.detail.en == "rule X-1 exists");
    auto unknown = run("{kjent_regel: {felt: regel}}", s, s.routines[1]);
    CHECK_FALSE(unknown.ok);
    CHECK(unknown.detail.en == "«regel» is «X-9», which is not a known rule");
    CHECK(unknown.loc.file == "r2.yaml");
    CHECK(unknown.loc.line == 4);
}
