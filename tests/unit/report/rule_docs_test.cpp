#include "report/rule_docs.hpp"

#include "checks/check.hpp"
#include "support.hpp"

using namespace medvirk;

TEST_CASE("report/rule_docs: generated sections are replaced, the rest is kept") {
    std::string page =
        "# Tittel\n\nFør.\n\n<!-- medvirk rules docs: check-kinds en -->\n| gammel |\n<!-- "
        "/medvirk rules docs -->\n\nEtter.\n";
    auto r = report::refresh_generated_sections(page);
    REQUIRE_FALSE(r.problem);
    CHECK(r.sections == 1);
    CHECK(r.text == "# Tittel\n\nFør.\n\n<!-- medvirk rules docs: check-kinds en -->\n" +
                        checks::kinds_table(Lang::en) + "<!-- /medvirk rules docs -->\n\nEtter.\n");
    CHECK(report::refresh_generated_sections(r.text).text == r.text);  // stable
    // Markers quoted inside a line are prose, not sections.
    auto quoted = report::refresh_generated_sections(
        "Se `<!-- medvirk rules docs: x -->` og `<!-- /medvirk rules docs -->`.\n" + page);
    REQUIRE_FALSE(quoted.problem);
    CHECK(quoted.sections == 1);
}

TEST_CASE(
    "report/rule_docs: pages without sections, unknown sections and open sections are refused") {
    CHECK(report::refresh_generated_sections("# Ingen\n").problem);
    auto unknown = report::refresh_generated_sections(
        "<!-- medvirk rules docs: formater nb -->\nx\n<!-- /medvirk rules docs -->\n");
    REQUIRE(unknown.problem);
    CHECK(unknown.problem->en ==
          "unknown generated section «formater nb» (known: check-kinds nb, check-kinds en)");
    auto open =
        report::refresh_generated_sections("<!-- medvirk rules docs: check-kinds nb -->\nx\n");
    REQUIRE(open.problem);
    CHECK(open.problem->en == "a generated section lacks «<!-- /medvirk rules docs -->»");
}
