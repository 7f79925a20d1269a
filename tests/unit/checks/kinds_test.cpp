#include "support.hpp"

#include "checks/check.hpp"
#include "checks/steps.hpp"

using namespace medvirk;

namespace {

const Date as_of{2026, 6, 1};

const char* council =
    "type: brukerråd\nid: r\ntittel: R\n"
    "dokumentstyring: {godkjent_av: K, godkjent: 2026-01-01, revideres: 2027-01-01}\n"
    "mandat:\n  funksjon: F\n  rotasjon: \"  \"\n"
    "medlemmer:\n"
    "  - {rolle: brukerrepresentant, organisasjon: MH, fagfelt: [psykisk_helse], oppnevnt_til: 2026-12-31}\n"
    "  - {rolle: ansatt, oppnevnt_til: 2026-05-31}\n"
    "fremgangsmåte:\n  - steg: Gjør noe\n    dekker: [t1]\n";

const char* expired =
    "type: rutine\nid: gammel\ntittel: G\n"
    "dokumentstyring: {godkjent_av: K, godkjent: 2024-01-01, revideres: 2025-01-01}\n"
    "fremgangsmåte:\n  - steg: Gammelt steg\n    dekker: [t2]\n";

checks::Outcome run(const std::string& check_yaml, const model::Service& s, const model::RoutineDoc& subject) {
    Diagnostics errors;
    auto cat = test::catalogue(test::pack(test::rule("X-1", "bør", check_yaml)), errors);
    for (const auto& e : errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
    REQUIRE(cat.rules.size() == 1);
    return checks::evaluate(*cat.rules[0]->check, checks::Context{s, subject, as_of});
}

}  // namespace

TEST_CASE("checks: finnes on a field") {
    auto s = test::service(test::kommune, {council});
    const auto& r = s.routines[0];
    auto ok = run("{finnes: {felt: mandat.funksjon}}", s, r);
    CHECK(ok.ok);
    CHECK(ok.loc.line == 6);
    auto blank = run("{finnes: {felt: mandat.rotasjon}}", s, r);
    CHECK_FALSE(blank.ok);
    CHECK(blank.detail.en == "«mandat.rotasjon» is empty");
    auto missing = run("{finnes: {felt: mandat.oppnevningstid_år}}", s, r);
    CHECK_FALSE(missing.ok);
    CHECK(missing.loc.line == 5);  // the deepest part that exists: «mandat»
    CHECK(missing.detail.en == "«mandat.oppnevningstid_år» is missing");
}

TEST_CASE("checks: finnes on a document type, with a filter") {
    auto s = test::service(test::kommune, {council});
    CHECK(run("{finnes: {type: brukerråd}}", s, s.doc).ok);
    auto none = run("{finnes: {type: brukerråd, hvor: {fagfelt: rus}}}", s, s.doc);
    CHECK_FALSE(none.ok);
    CHECK(none.loc.file == "tjeneste.yaml");
    CHECK(none.detail.en == "no documents of type «brukerråd» where fagfelt: rus");
}

TEST_CASE("checks: antall with min, maks and filters") {
    auto s = test::service(test::kommune, {council});
    const auto& r = s.routines[0];
    CHECK(run("{antall: {felt: medlemmer, hvor: {rolle: brukerrepresentant}, min: 1}}", s, r).ok);
    auto few = run("{antall: {felt: medlemmer, hvor: {rolle: pårørenderepresentant}, min: 1}}", s, r);
    CHECK_FALSE(few.ok);
    CHECK(few.detail.en == "found 0 items in «medlemmer» where rolle: pårørenderepresentant, at least 1 required");
    auto expired_members = run("{antall: {felt: medlemmer, hvor: {oppnevnt_til: {passert: true}}, maks: 0}}", s, r);
    CHECK_FALSE(expired_members.ok);
    CHECK(expired_members.loc.line == 10);  // the offending member
    CHECK(run("{antall: {felt: medlemmer, hvor: {organisasjon: {finnes: false}}, min: 1, maks: 1}}", s, r).ok);
    CHECK(run("{antall: {type: \"*\", min: 1, maks: 1}}", s, s.doc).ok);
}

TEST_CASE("checks: dekket needs an approved, current document") {
    auto s = test::service(test::kommune, {council, expired});
    auto ok = run("{dekket: {tag: t1}}", s, s.doc);
    CHECK(ok.ok);
    CHECK(ok.loc.file == "r1.yaml");
    CHECK(ok.detail.en == "step «Gjør noe» in «r»");
    auto old = run("{dekket: {tag: t2}}", s, s.doc);
    CHECK_FALSE(old.ok);
    CHECK(old.loc.file == "r2.yaml");
    CHECK(old.detail.en == "the step with «t2» in «gammel» does not count: the review date 2025-01-01 has passed");
}

TEST_CASE("checks: dato, not past and not in the future") {
    auto s = test::service(test::kommune, {council, expired});
    CHECK(run("{dato: {felt: dokumentstyring.revideres}}", s, s.routines[0]).ok);
    auto past = run("{dato: {felt: dokumentstyring.revideres}}", s, s.routines[1]);
    CHECK_FALSE(past.ok);
    CHECK(past.detail.en == "«dokumentstyring.revideres» is 2025-01-01, past as of 2026-06-01");
    CHECK(run("{dato: {felt: dokumentstyring.godkjent, krav: ikke_fremtidig}}", s, s.routines[0]).ok);
    CHECK_FALSE(run("{dato: {felt: dokumentstyring.versjon}}", s, s.routines[0]).ok);
}

TEST_CASE("checks: alle, noen, ikke") {
    auto s = test::service(test::kommune, {council});
    const auto& r = s.routines[0];
    CHECK(run("{alle: [{finnes: {felt: mandat.funksjon}}, {finnes: {felt: tittel}}]}", s, r).ok);
    auto all = run("{alle: [{finnes: {felt: mandat.funksjon}}, {finnes: {felt: hensikt}}]}", s, r);
    CHECK_FALSE(all.ok);
    CHECK(all.detail.en == "«hensikt» is missing");
    CHECK(run("{noen: [{finnes: {felt: hensikt}}, {finnes: {felt: tittel}}]}", s, r).ok);
    CHECK_FALSE(run("{noen: [{finnes: {felt: hensikt}}, {finnes: {felt: omfang}}]}", s, r).ok);
    CHECK(run("{ikke: {finnes: {felt: hensikt}}}", s, r).ok);
}

TEST_CASE("checks: approved and current") {
    auto s = test::service(test::kommune, {council, expired});
    CHECK(checks::is_approved_and_current(s.routines[0], as_of));
    CHECK_FALSE(checks::is_approved_and_current(s.routines[1], as_of));
    CHECK_FALSE(checks::is_approved_and_current(s.routines[0], Date{2025, 12, 31}));  // not yet approved
}

TEST_CASE("checks: the step index finds every tagged step, once, in document order") {
    auto s = test::service(test::kommune,
                           {"type: rutine\nid: a\ntittel: A\nfremgangsmåte:\n"
                            "  - steg: Første\n    dekker: [t1, t2, t1]\n"   // t1 twice: one step
                            "  - steg: Uten merker\n"
                            "  - steg: Andre\n    dekker: [t2, {ikke: skalar}]\n"
                            "del:\n  - fremgangsmåte:\n      - steg: Nøstet\n        dekker: [t1]\n",  // nested
                            "type: rutine\nid: b\ntittel: B\nfremgangsmåte: ikke en liste\n"
                            "vedlegg:\n  fremgangsmåte:\n    - steg: Tredje\n      dekker: [t1]\n"});
    checks::StepIndex index(s);
    auto texts = [](const std::vector<checks::TaggedStep>& steps) {
        std::vector<std::string> out;
        for (const auto& st : steps) out.push_back(st.doc->id + ":" + st.text());
        return out;
    };
    CHECK(texts(index.steps("t1")) == std::vector<std::string>{"a:Første", "a:Nøstet", "b:Tredje"});
    CHECK(texts(index.steps("t2")) == std::vector<std::string>{"a:Første", "a:Andre"});
    CHECK(index.steps("t3").empty());
    CHECK(texts(checks::tagged_steps(s, "t2")) == texts(index.steps("t2")));
}
