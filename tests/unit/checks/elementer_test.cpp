#include "fixture.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

namespace {

const char* peer_workers =
    "type: erfaringsmedarbeidere\nid: em\ntittel: Erfaringskonsulenter\n"
    "medarbeidere:\n  - {rolle: erfaringskonsulent, stilling: \"50 %\"}\n";

const char* agreement =
    "type: samarbeidsavtale\nid: avtale\ntittel: Avtale\n"
    "parter:\n  - {organisasjon: LPP, type: pårørendeorganisasjon}\n"
    "  - {organisasjon: Kompetansesenteret, type: kompetansesenter}\n";

const char* second_council =
    "type: brukerråd\nid: r2\ntittel: R2\n"
    "medlemmer:\n  - {rolle: ansatt}\n  - {rolle: pårørenderepresentant, organisasjon: LPP}\n";

const std::string reps =
    "{elementer: {type: brukerråd, felt: medlemmer, hvor: {rolle: [brukerrepresentant, "
    "pårørenderepresentant]}, min: 1}}";

}  // namespace

TEST_CASE("checks/elementer: counts list items across the service's documents of a type") {
    SUBCASE("a representative on any council counts, from another document than the subject") {
        auto s = test::service(test::kommune, {peer_workers, council});
        auto o = run(reps, s, s.routines[0]);
        CHECK(o.ok);
        CHECK(o.loc.file == "r2.yaml");  // the first member that counts
        CHECK(o.loc.line == 9);
        CHECK(o.detail.en ==
              "found 1 items in «medlemmer» in documents of type «brukerråd» where rolle: "
              "brukerrepresentant | pårørenderepresentant");
    }
    SUBCASE("items of every document of the type add up") {
        auto s = test::service(test::kommune, {peer_workers, council, second_council});
        auto two =
            run("{elementer: {type: brukerråd, felt: medlemmer, hvor: {rolle: [brukerrepresentant, "
                "pårørenderepresentant]}, min: 2, maks: 2}}",
                s, s.routines[0]);
        CHECK(two.ok);
        auto too_many = run("{elementer: {type: brukerråd, felt: medlemmer, maks: 3}}", s, s.doc);
        CHECK_FALSE(too_many.ok);
        CHECK(too_many.loc.file == "r3.yaml");  // the fourth member, the first over the limit
        CHECK(too_many.loc.line == 6);
    }
    SUBCASE("too few: the finding stands on the subject, and says what was looked for") {
        auto s = test::service(test::kommune, {peer_workers, agreement});
        auto o = run(reps, s, s.routines[0]);
        CHECK_FALSE(o.ok);
        CHECK(o.loc.file == "r1.yaml");
        CHECK(o.loc.line == 1);
        CHECK(o.detail.nb ==
              "fant 0 elementer i «medlemmer» i dokumenter av typen «brukerråd» der rolle: "
              "brukerrepresentant | pårørenderepresentant, minst 1 kreves");
        CHECK(run("{elementer: {type: samarbeidsavtale, felt: parter, hvor: {type: "
                  "[brukerorganisasjon, pårørendeorganisasjon]}, min: 1}}",
                  s, s.routines[0])
                  .ok);
    }
    SUBCASE(
        "a document whose title is a placeholder, or whose field is not a list, counts nothing") {
        auto s = test::service(
            test::kommune,
            {peer_workers,
             "type: brukerråd\nid: r\ntittel: \"FYLL UT: rådets navn\"\n"
             "medlemmer:\n  - {rolle: brukerrepresentant}\n",
             "type: brukerråd\nid: r9\ntittel: R\nmedlemmer: {rolle: brukerrepresentant}\n"});
        CHECK_FALSE(run(reps, s, s.routines[0]).ok);
    }
}

TEST_CASE("checks/elementer: the parameters are checked when the pack loads") {
    auto errors_of = [](const std::string& check) {
        Diagnostics errors;
        test::catalogue(test::pack(test::rule("X-1", "bør", check)), errors);
        return errors;
    };
    CHECK(errors_of("{elementer: {type: brukerråd, felt: medlemmer, min: 1}}").empty());
    for (const char* bad :
         {"{elementer: {felt: medlemmer, min: 1}}", "{elementer: {type: brukerråd, min: 1}}",
          "{elementer: {type: brukerråd, felt: medlemmer}}",
          "{elementer: {type: brukerråd, felt: medlemmer, min: 2, maks: 1}}",
          "{elementer: {type: brukerrad, felt: medlemmer, min: 1}}",
          "{elementer: {type: brukerråd, felt: medlemmer, min: 1, hvem: x}}"}) {
        CAPTURE(bad);
        CHECK_FALSE(errors_of(bad).empty());
    }
}
