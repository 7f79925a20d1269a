#include "engine/audit.hpp"
#include "report/formats.hpp"
#include "support.hpp"

using namespace medvirk;

TEST_CASE("report/markdown: status table, findings by grade, and input text never becomes markup") {
    Diagnostics errors;
    auto cat = test::catalogue(test::pack(test::rule("A-1", "skal", "{finnes: {felt: eier}}") +
                                          test::rule("C-1", "kan", "{finnes: {felt: navn}}")),
                               errors);
    REQUIRE(errors.empty());
    std::vector<model::Service> s = {
        test::service("type: tjeneste\nid: s\nnavn: \"<script>alert(1)</script> | *fet*\"\nnivå: "
                      "kommune\nmålgrupper: [voksne]\n")};
    auto report = engine::audit(s, cat, Date{2026, 6, 1});
    std::string out =
        report::render(*report::find_format("markdown"), report, {Lang::nb, false, false});
    CHECK(out.find("## medvirk: revisjon per 2026-06-01\n") == 0);
    CHECK(out.find("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*fet\\*") != std::string::npos);
    CHECK(out.find("<script>") == std::string::npos);
    CHECK(out.find("| A1 | ⚠️ delvis oppfylt | 0 av 1 | 75 % |") ==
          std::string::npos);  // skal failed: not met
    CHECK(out.find("| A1 | ❌ ikke oppfylt | 0 av 1 | 25 % |") != std::string::npos);
    CHECK(out.find("#### avvik (1)\n\n- `tjeneste.yaml:1:1` **A-1** M — «eier» mangler\n") !=
          std::string::npos);
    CHECK(out.find("#### forbedringspunkt") == std::string::npos);  // C-1 passes
}
