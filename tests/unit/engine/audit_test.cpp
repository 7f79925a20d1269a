#include "engine/audit.hpp"

#include "support.hpp"

using namespace medvirk;

namespace {

const Date as_of{2026, 6, 1};

struct Fixture {
    Diagnostics errors;
    rules::Catalogue cat;
    explicit Fixture(const std::string& rules) : cat(test::catalogue(test::pack(rules), errors)) {
        for (const auto& e : errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
    }
};

const engine::Finding* find(const engine::ServiceReport& s, const std::string& id) {
    for (const auto& f : s.results)
        if (f.rule->id == id) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("engine/audit: strength decides the grade") {
    CHECK(engine::grade_for(rules::Strength::skal) == engine::Grade::avvik);
    CHECK(engine::grade_for(rules::Strength::bor) == engine::Grade::merknad);
    CHECK(engine::grade_for(rules::Strength::kan) == engine::Grade::forbedringspunkt);
    CHECK(std::string(engine::grade_name(engine::Grade::avvik, Lang::en)) == "nonconformity");
    CHECK(std::string(engine::grade_name(engine::Grade::forbedringspunkt, Lang::nb)) ==
          "forbedringspunkt");
}

TEST_CASE("engine/audit: applicability is a result, with its reason") {
    Fixture f(
        test::rule("A-1", "skal", "{finnes: {felt: navn}}",
                   "    gjelder: {målgrupper: [barn, unge]}\n") +
        test::rule("A-2", "skal", "{finnes: {felt: navn}}", "    gjelder: {nivå: [kommune]}\n") +
        test::rule("A-3", "skal", "{finnes: {felt: navn}}",
                   "    gjelder: {helseinstitusjon: true}\n"));
    std::vector<model::Service> s = {test::service(test::kommune)};
    auto report = engine::audit(s, f.cat, as_of);
    const auto& sr = report.services.at(0);
    CHECK(find(sr, "A-1")->grade == engine::Grade::ikke_relevant);
    CHECK(find(sr, "A-1")->detail.en ==
          "applies only when the target groups include children or young people");
    CHECK(find(sr, "A-2")->grade == engine::Grade::oppfylt);
    CHECK(find(sr, "A-3")->grade == engine::Grade::ikke_relevant);
}

TEST_CASE("engine/audit: subjects, and what happens without them") {
    Fixture f(test::rule("A-1", "bør", "{finnes: {felt: hensikt}}", "    gitt: rutine\n") +
              test::rule("A-2", "bør", "{finnes: {felt: hensikt}}",
                         "    gitt: brukerråd\n    mangler: ikke_relevant\n") +
              test::rule("A-3", "bør", "{finnes: {felt: hensikt}}", "    gitt: brukerråd\n"));
    std::vector<model::Service> s = {test::service(
        test::kommune,
        {"type: rutine\nid: a\ntittel: A\nhensikt: H\n",
         "type: rutine\nid: b\ntittel: B\nomfang: O\n",
         "type: rutine\nid: c\ntittel: Bare en tittel\n"})};  // c: title only, not a subject
    auto report = engine::audit(s, f.cat, as_of);
    const auto& sr = report.services.at(0);
    size_t a1 = 0, a1_failed = 0;
    for (const auto& r : sr.results)
        if (r.rule->id == "A-1") ++a1, a1_failed += r.grade == engine::Grade::merknad;
    CHECK(a1 == 2);
    CHECK(a1_failed == 1);
    CHECK(find(sr, "A-2")->grade == engine::Grade::ikke_relevant);
    CHECK(find(sr, "A-3")->grade == engine::Grade::merknad);
    CHECK(find(sr, "A-3")->loc.file == "tjeneste.yaml");
}

TEST_CASE("engine/audit: status per advice item") {
    std::vector<model::Service> s = {test::service(test::kommune)};
    auto status = [&](const std::string& rules) {
        Fixture f(rules);
        return engine::audit(s, f.cat, as_of).services.at(0).advice.at(0).status;
    };
    const std::string pass = "{finnes: {felt: navn}}", fail = "{finnes: {felt: eier}}";
    CHECK(status(test::rule("A-1", "skal", pass) + test::rule("A-2", "bør", pass)) ==
          engine::Status::oppfylt);
    CHECK(status(test::rule("A-1", "skal", pass) + test::rule("A-2", "bør", fail)) ==
          engine::Status::delvis_oppfylt);
    CHECK(status(test::rule("A-1", "skal", fail) + test::rule("A-2", "bør", fail)) ==
          engine::Status::ikke_oppfylt);
    // kan rules do not lower the status while skal/bør rules apply
    CHECK(status(test::rule("A-1", "skal", pass) + test::rule("A-2", "kan", fail)) ==
          engine::Status::oppfylt);
    // only kan rules: they decide
    CHECK(status(test::rule("A-1", "kan", fail)) == engine::Status::ikke_oppfylt);
    CHECK(status(test::rule("A-1", "skal", pass,
                            "    gjelder: {nivå: [spesialisthelsetjeneste]}\n")) ==
          engine::Status::ikke_relevant);
}

TEST_CASE("engine/audit: results are sorted by file, line, column, rule") {
    Fixture f(test::rule("B-1", "bør", "{finnes: {felt: hensikt}}", "    gitt: \"*\"\n") +
              test::rule("A-1", "bør", "{finnes: {felt: omfang}}", "    gitt: \"*\"\n"));
    std::vector<model::Service> s = {
        test::service(test::kommune, {"type: rutine\nid: a\ntittel: A\n"})};
    auto report = engine::audit(s, f.cat, as_of);
    const auto& r = report.services.at(0).results;
    REQUIRE(r.size() == 2);
    CHECK(r[0].rule->id == "A-1");
    CHECK(r[1].rule->id == "B-1");
    CHECK(report.counts[static_cast<size_t>(engine::Grade::merknad)] == 2);
}

TEST_CASE("engine/audit: documented deviations") {
    Fixture f(test::rule("B-1", "bør", "{finnes: {felt: eier}}") +
              test::rule("S-1", "skal", "{finnes: {felt: eier}}") +
              test::rule("K-1", "kan", "{finnes: {felt: eier}}"));
    auto deviations = [](const std::string& until) {
        return "type: fravik\nid: f\ntittel: F\nfravik:\n"
               "  - {regel: B-1, begrunnelse: Vurdert konkret ut fra tjenestens behov, "
               "besluttet_av: Leder, besluttet: 2026-01-01, "
               "gyldig_til: " +
               until +
               "}\n"
               "  - {regel: S-1, begrunnelse: Vurdert konkret ut fra tjenestens behov, "
               "besluttet_av: Leder, besluttet: 2026-01-01, "
               "gyldig_til: " +
               until +
               "}\n"
               "  - {regel: K-1, besluttet_av: Leder, besluttet: 2026-01-01, gyldig_til: " +
               until + "}\n";
    };
    std::vector<model::Service> s = {test::service(test::kommune, {deviations("2027-01-01")})};
    auto report = engine::audit(s, f.cat, as_of);
    const auto& sr = report.services.at(0);
    CHECK(find(sr, "B-1")->grade == engine::Grade::fravik);
    CHECK(find(sr, "B-1")->detail.nb.find("Vurdert konkret ut fra tjenestens behov (besluttet av "
                                          "Leder, gyldig til 2027-01-01; r1.yaml:5:6)") == 0);
    CHECK(find(sr, "S-1")->grade ==
          engine::Grade::avvik);  // a skal requirement cannot be deviated from
    CHECK(find(sr, "S-1")->detail.en.find("a deviation is recorded at r1.yaml:6:6") !=
          std::string::npos);
    CHECK(find(sr, "K-1")->grade ==
          engine::Grade::forbedringspunkt);  // no justification: not valid
    CHECK(sr.advice.at(0).passed == 1);      // fravik counts as a documented, passed choice

    std::vector<model::Service> expired = {
        test::service(test::kommune, {deviations("2026-05-31")})};
    auto r2 = engine::audit(expired, f.cat, as_of);
    CHECK(find(r2.services.at(0), "B-1")->grade == engine::Grade::merknad);
}

TEST_CASE("engine/audit: scores weigh skal 3, bør 2, kan 1 per advice, level and in total") {
    const std::string pass = "{finnes: {felt: navn}}", fail = "{finnes: {felt: eier}}";
    Fixture f(test::rule("A-1", "skal", pass) + test::rule("A-2", "bør", fail) +
              test::rule("A-3", "kan", fail) +
              test::rule("A-4", "kan", pass, "    gjelder: {nivå: [spesialisthelsetjeneste]}\n"));
    std::vector<model::Service> s = {test::service(test::kommune)};
    auto report = engine::audit(s, f.cat, as_of);
    const auto& sr = report.services.at(0);
    const auto& a = sr.advice.at(0);
    CHECK(a.earned == 3);
    CHECK(a.possible == 6);  // the not-applicable kan rule does not count
    CHECK(a.percent() == 50);
    CHECK(a.status == engine::Status::delvis_oppfylt);
    REQUIRE(sr.levels.size() == 1);
    CHECK(sr.levels[0].level == "system");
    CHECK(sr.levels[0].percent() == 50);
    CHECK(sr.total.percent() == 50);
    CHECK(engine::Score{}.percent() == 100);
    engine::Score third;
    third.earned = 1;
    third.possible = 3;
    CHECK(third.percent() == 33);
    third.earned = 2;
    CHECK(third.percent() == 67);
}

TEST_CASE("engine/audit: content met in a document past its review is a reservation") {
    Fixture f(
        test::rule("A-1", "skal", "{finnes: {felt: mandat.funksjon}}", "    gitt: brukerråd\n") +
        test::rule("A-2", "bør", "{finnes: {felt: mandat.rotasjon}}", "    gitt: brukerråd\n"));
    const std::string council =
        "type: brukerråd\nid: r\ntittel: R\nmandat:\n  funksjon: Gir råd om tjenesten.\n"
        "dokumentstyring: {godkjent_av: K, godkjent: 2024-01-01, revideres: ";
    auto at = [&](const std::string& review) {
        std::vector<model::Service> s = {test::service(test::kommune, {council + review + "}\n"})};
        return engine::audit(s, f.cat, as_of).services.at(0);  // a copy
    };
    auto sr = at("2026-05-31");
    CHECK(find(sr, "A-1")->grade == engine::Grade::forbehold);
    CHECK(find(sr, "A-1")->detail.nb ==
          "«mandat.funksjon» er fylt ut (forbehold: revisjonsdatoen 2026-05-31 er passert)");
    CHECK(find(sr, "A-2")->grade == engine::Grade::merknad);  // missing content stays a finding
    CHECK(sr.counts[static_cast<size_t>(engine::Grade::avvik)] == 0);
    CHECK(sr.advice.at(0).passed == 1);
    CHECK(sr.advice.at(0).reserved == 1);
    CHECK(engine::is_reported(engine::Grade::forbehold));
    CHECK_FALSE(engine::is_finding(engine::Grade::forbehold));
    sr = at("2026-06-01");  // due today: still current
    CHECK(find(sr, "A-1")->grade == engine::Grade::oppfylt);
}

TEST_CASE("engine/audit: each rule counts once; an item check fails the rule if one item fails") {
    Fixture f(test::rule("A-1", "bør", "{finnes: {felt: organisasjon}}",
                         "    gitt: brukerråd\n    hver: medlemmer\n") +
              test::rule("A-2", "skal", "{finnes: {felt: mandat}}", "    gitt: brukerråd\n"));
    std::vector<model::Service> s = {test::service(
        test::kommune,
        {"type: brukerråd\nid: r\ntittel: R\n"
         "dokumentstyring: {godkjent_av: K, godkjent: 2026-01-01, revideres: 2027-01-01}\n"
         "medlemmer:\n  - {rolle: brukerrepresentant, organisasjon: MH}\n"
         "  - {rolle: brukerrepresentant, organisasjon: LPP}\n  - {rolle: ansatt}\n"})};
    auto report = engine::audit(s, f.cat, as_of);
    const auto& a = report.services.at(0).advice.at(0);
    // Two rules, not four results: A-1 fails (one member lacks an organisation), A-2 fails.
    CHECK(a.total == 2);
    CHECK(a.passed == 0);
    CHECK(a.possible == 2 + 3);
    CHECK(a.earned == 0);
    CHECK(a.status == engine::Status::ikke_oppfylt);
}

TEST_CASE("engine/audit: nothing to judge is not a pass; «hvis» limits a rule to its subject") {
    Fixture f(
        test::rule("A-1", "bør",
                   "{antall: {felt: medlemmer, hvor: {oppnevnt_til: {passert: true}}, maks: 0}}",
                   "    gitt: brukerråd\n") +
        test::rule("A-2", "bør", "{beskrevet: {felt: begrunnelse}}",
                   "    gitt: brukerråd\n    hver: medlemmer\n    mangler: ikke_relevant\n"
                   "    hvis: {verdi: {felt: rolle, er: enkeltstemme}}\n"));
    auto audit = [&](const std::string& members) {
        std::vector<model::Service> s = {test::service(
            test::kommune, {"type: brukerråd\nid: r\ntittel: R\nmandat: {funksjon: F}\n"
                            "dokumentstyring: {godkjent_av: K, godkjent: 2026-01-01, revideres: "
                            "2027-01-01}\n" +
                            members})};
        return engine::audit(s, f.cat, as_of).services.at(0);
    };
    auto sr = audit("");
    CHECK(find(sr, "A-1")->grade == engine::Grade::ikke_relevant);
    CHECK(sr.advice.at(0).status == engine::Status::ikke_relevant);
    sr = audit("medlemmer:\n  - {rolle: brukerrepresentant}\n  - {rolle: ansatt}\n");
    CHECK(find(sr, "A-1")->grade == engine::Grade::oppfylt);
    size_t a2 = 0;
    for (const auto& r : sr.results)
        if (r.rule->id == "A-2") {
            ++a2;
            CHECK(r.grade == engine::Grade::ikke_relevant);
            CHECK(r.detail.en == "applies only when «rolle» is enkeltstemme");
        }
    CHECK(a2 == 2);
    CHECK(sr.advice.at(0).total == 1);  // only A-1 applies
    sr = audit("medlemmer:\n  - {rolle: enkeltstemme, begrunnelse: Prøver}\n");
    CHECK(find(sr, "A-2")->grade == engine::Grade::merknad);
    sr = audit(
        "medlemmer:\n  - {rolle: enkeltstemme, begrunnelse: Ingen organisasjon "
        "representerer brukerne av lavterskeltilbudet.}\n");
    CHECK(find(sr, "A-2")->grade == engine::Grade::oppfylt);
    CHECK(find(sr, "A-2")->detail.nb.find("«begrunnelse»: «Ingen organisasjon") == 0);
}

TEST_CASE("engine/audit: without the subject document, the headline does not presume it") {
    Fixture f(test::rule("A-1", "bør", "{finnes: {felt: samtykke}}", "    gitt: pårørende\n") +
              test::rule("A-2", "bør", "{finnes: {type: brukerråd}}"));
    std::vector<model::Service> s = {test::service(
        test::kommune,
        {"type: pårørende\nid: p\ntittel: Pårørende\n",  // title only: counts for nothing
         "type: brukerråd\nid: r\ntittel: Brukerråd\norgan: brukerråd\n"})};
    auto report = engine::audit(s, f.cat, as_of);
    const auto& sr = report.services.at(0);
    const auto* a1 = find(sr, "A-1");
    CHECK(a1->grade == engine::Grade::merknad);
    CHECK(engine::headline_of(*a1).en ==
          "Not documented: T (no documents of type «pårørende» in the routine set; «p» does not "
          "count: the document has only a title and document control, no content)");
    const auto* a2 = find(sr, "A-2");
    CHECK(a2->grade == engine::Grade::merknad);
    CHECK(a2->loc.file == "r2.yaml");
    CHECK(a2->detail.en ==
          "no documents of type «brukerråd»: «r» does not count, the document has only a title and "
          "document control, no content");
}

TEST_CASE("engine/audit: a one-word deviation justification is not valid") {
    Fixture f(test::rule("B-1", "bør", "{finnes: {felt: eier}}"));
    std::vector<model::Service> s = {test::service(
        test::kommune, {"type: fravik\nid: f\ntittel: F\nfravik:\n"
                        "  - {regel: B-1, begrunnelse: Prøver, besluttet_av: Leder, besluttet: "
                        "2026-01-01, gyldig_til: 2027-01-01}\n"})};
    auto report = engine::audit(s, f.cat, as_of);
    const auto& sr = report.services.at(0);
    CHECK(find(sr, "B-1")->grade == engine::Grade::merknad);
    REQUIRE(sr.deviations.size() == 1);
    CHECK_FALSE(sr.deviations[0].valid);
}
