#include "core/diag.hpp"

#include <doctest/doctest.h>

using namespace medvirk;

TEST_CASE("core/diag: locations and diagnostics print like a compiler's") {
    CHECK(format_location({"a.yaml", 3, 5}) == "a.yaml:3:5");
    CHECK(format_location({"a.yaml", 3, 0}) == "a.yaml:3");
    CHECK(format_location({"a.yaml", 0, 0}) == "a.yaml");
    Diagnostic d{{"a.yaml", 3, 5}, "unknown-key", {"ukjent nøkkel", "unknown key"}};
    CHECK(format_diagnostic(d, Lang::nb) == "a.yaml:3:5: feil: ukjent nøkkel [unknown-key]");
    CHECK(format_diagnostic(d, Lang::en) == "a.yaml:3:5: error: unknown key [unknown-key]");
    Diagnostic g{{}, "x", {"a", "b"}};
    CHECK(format_diagnostic(g, Lang::nb) == "medvirk: feil: a [x]");
}

TEST_CASE("core/diag: sorting by file, line, column") {
    Diagnostics ds = {
        {{"b.yaml", 1, 1}, "x", {}}, {{"a.yaml", 9, 1}, "x", {}}, {{"a.yaml", 2, 7}, "x", {}}};
    sort_diagnostics(ds);
    CHECK(ds[0].loc.line == 2);
    CHECK(ds[1].loc.line == 9);
    CHECK(ds[2].loc.file == "b.yaml");
}

TEST_CASE("core/diag: a diagnostic is one line whatever its file name and quoted values hold") {
    Diagnostic d{{"a\x1b[31m\n.yaml", 2, 1},
                 "unknown-key",
                 {"ukjent nøkkel «x\ny\u202e»", "unknown key «x\ny»"}};
    CHECK(format_diagnostic(d, Lang::nb) ==
          "a\\x1b[31m\\n.yaml:2:1: feil: ukjent nøkkel «x\\ny\\u202e» [unknown-key]");
    CHECK(format_diagnostic(Diagnostic{{}, "x", {"a\rb", ""}}, Lang::en) ==
          "medvirk: error: a\\rb [x]");
}
