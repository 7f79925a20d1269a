#include "engine/audit.hpp"
#include "report/formats.hpp"
#include "support.hpp"

using namespace medvirk;

TEST_CASE("report/github: one workflow command per finding, with data and properties escaped") {
    Diagnostics errors;
    auto cat = test::catalogue(test::pack(test::rule("A-1", "skal", "{finnes: {felt: eier}}") +
                                          test::rule("B-1", "bør", "{finnes: {felt: eier}}") +
                                          test::rule("C-1", "kan", "{finnes: {felt: navn}}")),
                               errors);
    REQUIRE(errors.empty());
    std::vector<model::Service> s = {test::service(test::kommune)};
    s[0].doc.file = "rutiner/a,b:c%.yaml";
    auto report = engine::audit(s, cat, Date{2026, 6, 1});
    std::string out =
        report::render(*report::find_format("github"), report, {Lang::nb, false, false});
    CHECK(out ==
          "::error file=rutiner/a%2Cb%3Ac%25.yaml,line=1,col=1,title=medvirk A-1 "
          "(avvik)::M%0Afunn: «eier» mangler%0Atiltak: R\n"
          "::warning file=rutiner/a%2Cb%3Ac%25.yaml,line=1,col=1,title=medvirk B-1 "
          "(merknad)::M%0Afunn: «eier» mangler%0Atiltak: R\n");
}

TEST_CASE(
    "report/github: a newline in a value forges no command; ESC and bidi controls are escaped") {
    Diagnostics errors;
    auto cat =
        test::catalogue(test::pack(test::rule("A-1", "skal", "{finnes: {felt: eier}}")), errors);
    REQUIRE(errors.empty());
    std::vector<model::Service> s = {test::service(test::kommune)};
    s[0].doc.file = "a\x1b[31m\u202e\n::error file=x::y.yaml";
    auto report = engine::audit(s, cat, Date{2026, 6, 1});
    std::string out =
        report::render(*report::find_format("github"), report, {Lang::nb, false, false});
    CHECK(out ==
          "::error file=a\\x1b[31m\\u202e\\n%3A%3Aerror "
          "file=x%3A%3Ay.yaml,line=1,col=1,title=medvirk A-1 (avvik)::"
          "M%0Afunn: «eier» mangler%0Atiltak: R\n");
}
