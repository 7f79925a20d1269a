#include "engine/audit.hpp"
#include "support.hpp"

using namespace medvirk;

TEST_CASE("engine/views: each element lists the current steps that cover it") {
    Diagnostics errors;
    auto cat = rules::load_catalogue(
        {{"p.yaml", test::pack(test::rule("X-1", "bør", "{finnes: {felt: navn}}")) +
                        "dekningsvisninger:\n"
                        "  - id: v\n    tittel: {nb: V, en: V}\n    gitt: [rutine]\n"
                        "    elementer:\n"
                        "      - {id: a, tittel: {nb: A, en: A}, tagger: [t1, t2]}\n"
                        "      - {id: b, tittel: {nb: B, en: B}, tagger: [t2]}\n"}},
        errors);
    for (const auto& e : errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
    const char* current =
        "type: rutine\nid: ny\ntittel: N\n"
        "dokumentstyring: {godkjent_av: K, godkjent: 2026-01-01, revideres: 2027-01-01}\n"
        "fremgangsmåte:\n  - steg: Første\n    dekker: [t1, t2]\n  - steg: Andre\n    dekker: "
        "[t1]\n";
    const char* expired =
        "type: rutine\nid: gammel\ntittel: G\n"
        "dokumentstyring: {godkjent_av: K, godkjent: 2024-01-01, revideres: 2025-01-01}\n"
        "fremgangsmåte:\n  - steg: Gammelt\n    dekker: [t2]\n";
    auto s = test::service(test::kommune, {current, expired});
    auto views = engine::coverage_views(s, cat, Date{2026, 6, 1});
    REQUIRE(views.size() == 1);
    REQUIRE(views[0].elements.size() == 2);
    // A step carrying two of the element's tags is listed once.
    const auto& a = views[0].elements[0].steps;
    REQUIRE(a.size() == 2);
    CHECK(a[0].text == "Første");
    CHECK(a[0].document == "ny");
    CHECK(a[1].text == "Andre");
    // b is covered by the current routine's first step; the expired routine does not count.
    REQUIRE(views[0].elements[1].steps.size() == 1);
    CHECK(views[0].elements[1].steps[0].text == "Første");
    CHECK(views[0].covered() == 2);

    // Once the routine is past its review date, nothing covers either element.
    auto later = engine::coverage_views(s, cat, Date{2027, 6, 1});
    CHECK(later[0].covered() == 0);
}
