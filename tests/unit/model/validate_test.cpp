#include <doctest/doctest.h>

#include "model/routine_set.hpp"

using namespace medvirk;

namespace {
Diagnostics validate(const std::string& text) {
    auto r = yaml::parse(text, "f.yaml");
    REQUIRE(r.errors.empty());
    Diagnostics errors;
    model::validate_document(r.docs.at(0).root, "f.yaml", {"tag_a", "tag_b"}, errors);
    return errors;
}
}  // namespace

TEST_CASE("model/validate: a valid service document passes") {
    CHECK(
        validate("type: tjeneste\nid: x\nnavn: X\nnivå: kommune\nmålgrupper: [voksne]\n").empty());
}

TEST_CASE("model/validate: missing and unknown type") {
    auto e = validate("id: x\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "missing-type");
    e = validate("type: brukerrad\nid: x\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "unknown-type");
    CHECK(e[0].text.nb.find("mente du «brukerråd»?") != std::string::npos);
}

TEST_CASE("model/validate: unknown key with a suggestion, at the key") {
    auto e = validate("type: rutine\nid: x\ntittle: Y\n");
    REQUIRE(e.size() == 2);
    CHECK(e[0].code == "unknown-key");
    CHECK(e[0].loc.line == 3);
    CHECK(e[0].text.nb.find("mente du «tittel»?") != std::string::npos);
    CHECK(e[1].code == "missing-key");
}

TEST_CASE("model/validate: wrong types, impossible dates, unknown enum values and tags") {
    auto e = validate(
        "type: brukerråd\nid: x\ntittel: T\n"
        "mandat:\n  oppnevningstid_år: to\n"
        "dokumentstyring:\n  godkjent: 2025-02-30\n  revideres: 1.1.2026\n"
        "medlemmer:\n  - rolle: brukerepresentant\n"
        "fremgangsmåte:\n  - steg: S\n    dekker: [tag_c]\n");
    std::vector<std::string> codes;
    for (const auto& d : e) codes.push_back(d.code);
    CHECK(codes == std::vector<std::string>{"wrong-type", "impossible-date", "wrong-type",
                                            "unknown-value", "unknown-tag"});
    CHECK(e[1].loc.line == 7);
    CHECK(e[3].text.en.find("did you mean «brukerrepresentant»?") != std::string::npos);
}

TEST_CASE("model/validate: approval and review accept a date, a month or a year") {
    auto control = [](const std::string& approved, const std::string& review) {
        return validate("type: rutine\nid: x\ntittel: T\ndokumentstyring:\n  godkjent: " +
                        approved + "\n  revideres: " + review + "\n");
    };
    CHECK(control("2016", "2019").empty());        // plain scalars
    CHECK(control("\"2016\"", "'2019'").empty());  // quoted
    CHECK(control("2016-03", "2019-12").empty());
    CHECK(control("2016-03-01", "\"2019-12\"").empty());

    SUBCASE("a plan period written as a range is the wrong shape, naming the three shapes") {
        auto e = control("2016-2019", "2019");
        REQUIRE(e.size() == 1);
        CHECK(e[0].code == "wrong-type");
        CHECK(e[0].loc.line == 5);
        CHECK(e[0].loc.col == 13);
        CHECK(e[0].text.nb ==
              "«godkjent» skal være en dato eller periode på formen ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller "
              "ÅÅÅÅ, men er «2016-2019»");
        CHECK(e[0].text.en ==
              "«godkjent» must be a date or period of the form YYYY-MM-DD, YYYY-MM or YYYY, but "
              "is «2016-2019»");
    }
    SUBCASE("other wrong shapes") {
        for (const char* bad : {"19", "2019-1", "01.2019", "2019-06-1", "\"2019 \"", "[2019]"}) {
            CAPTURE(bad);
            auto e = control("2016", bad);
            REQUIRE(e.size() == 1);
            CHECK(e[0].code == "wrong-type");
        }
    }
    SUBCASE("impossible months and days, and year 0, are impossible dates") {
        for (const char* bad : {"2024-13", "2024-00", "2025-02-29", "0000"}) {
            CAPTURE(bad);
            auto e = control("2016", bad);
            REQUIRE(e.size() == 1);
            CHECK(e[0].code == "impossible-date");
            CHECK(e[0].loc.line == 6);
        }
        auto e = control("2016", "2024-13");
        CHECK(e[0].text.nb == "«revideres» er ikke en gyldig periode: 2024-13 finnes ikke");
        e = control("2016", "2025-02-29");
        CHECK(e[0].text.en == "«revideres» is not a valid date: 2025-02-29 does not exist");
    }
    SUBCASE("other date fields stay day-exact") {
        auto e = validate(
            "type: brukerråd\nid: x\ntittel: T\nmedlemmer:\n"
            "  - {rolle: brukerrepresentant, oppnevnt: 2024, oppnevnt_til: 2026-06}\n");
        REQUIRE(e.size() == 2);
        CHECK(e[0].code == "wrong-type");
        CHECK(e[0].text.en == "«oppnevnt» must be a date of the form YYYY-MM-DD, but is «2024»");
        CHECK(e[1].code == "wrong-type");
        auto f = validate(
            "type: fravik\nid: x\ntittel: T\nfravik:\n"
            "  - {regel: R, besluttet: 2026, gyldig_til: 2027-01}\n");
        CHECK(f.size() == 2);
    }
}

TEST_CASE("model/validate: required keys may not be empty; optional ones may") {
    auto e = validate("type: rutine\nid: x\ntittel:\nhensikt:\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "missing-key");
}

TEST_CASE("model/validate: booleans and integers must be plain") {
    auto e = validate(
        "type: tjeneste\nid: x\nnavn: X\nnivå: kommune\nmålgrupper: [voksne]\nhelseinstitusjon: "
        "\"true\"\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "wrong-type");
}

TEST_CASE("model/validate: a required key without a value is pointed at, not reported missing") {
    auto e = validate("type: rutine\nid: x\ntittel: ~\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "missing-key");
    CHECK(e[0].loc.line == 3);
    CHECK(e[0].loc.col == 9);
    CHECK(e[0].text.en == "the required key «tittel» in «rutine» has no value");
    e = validate("type: rutine\nid: x\ntittel:\nreferanser: []\n");  // empty: at the key
    REQUIRE(e.size() == 1);
    CHECK(e[0].loc.line == 3);
    CHECK(e[0].loc.col == 1);
    e = validate("type: rutine\nid: x\n");  // absent: at the mapping
    REQUIRE(e.size() == 1);
    CHECK(e[0].loc.line == 1);
    CHECK(e[0].text.en == "«rutine» lacks the required key «tittel»");
}
