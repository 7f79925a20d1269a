#include "engine/audit.hpp"
#include "support.hpp"

using namespace medvirk;

TEST_CASE("engine/views: each element lists the steps that show it") {
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
        "fremgangsmåte:\n  - steg: Første steg gjøres straks.\n    dekker: [t1, t2]\n"
        "  - steg: Andre steg gjøres etterpå.\n    dekker: [t1]\n  - steg: x\n    dekker: [t2]\n";
    const char* expired =
        "type: rutine\nid: gammel\ntittel: G\n"
        "dokumentstyring: {godkjent_av: K, godkjent: 2024-01-01, revideres: 2025-01-01}\n"
        "fremgangsmåte:\n  - steg: Gammelt steg gjøres ikke.\n    dekker: [t2]\n";
    const char* title_only =
        "type: rutine\nid: tom\ntittel: T\n"
        "dokumentstyring: {godkjent_av: K, godkjent: 2026-01-01, revideres: "
        "2027-01-01}\n";
    auto s = test::service(test::kommune, {current, expired, title_only});
    auto views = engine::coverage_views(s, cat, Date{2026, 6, 1});
    REQUIRE(views.size() == 1);
    REQUIRE(views[0].elements.size() == 2);
    // A step carrying two of the element's tags is listed once.
    const auto& a = views[0].elements[0].steps;
    REQUIRE(a.size() == 3);
    CHECK(a[0].text == "Første steg gjøres straks.");
    CHECK(a[0].document == "ny");
    CHECK(a[1].text == "Andre steg gjøres etterpå.");
    CHECK(a[2].document == "gammel");
    // b: the current routine's first step, and the step of the routine past its review (the
    // practice is shown; the lapse is document control's finding), not the hollow step «x».
    REQUIRE(views[0].elements[1].steps.size() == 2);
    CHECK(views[0].elements[1].steps[0].text == "Første steg gjøres straks.");
    CHECK(views[0].elements[1].steps[1].document == "gammel");
    CHECK(views[0].covered() == 2);
}
