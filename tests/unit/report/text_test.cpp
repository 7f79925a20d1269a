#include "report/text.hpp"

#include "engine/audit.hpp"
#include "support.hpp"

using namespace medvirk;

TEST_CASE("report/text: a finding reads like a compiler diagnostic, in both languages") {
    Diagnostics errors;
    auto cat = test::catalogue(
        test::pack(test::rule("A-1", "skal", "{finnes: {felt: eier}}", "    hjemmel: [lov § 1]\n")),
        errors);
    REQUIRE(errors.empty());
    std::vector<model::Service> s = {test::service(test::kommune)};
    auto report = engine::audit(s, cat, Date{2026, 6, 1});
    std::string nb = report::format_text(report, {Lang::nb, false, false});
    CHECK(nb.find("tjeneste.yaml:1:1: avvik [A-1] M\n    funn: «eier» mangler\n"
                  "    råd A1 (bør) · regel skal: «Q»\n    hjemmel: lov § 1\n    tiltak: R\n") ==
          0);
    CHECK(nb.find("Revidert per 2026-06-01 mot regelpakke test 1; 1 tjeneste.") !=
          std::string::npos);
    std::string en = report::format_text(report, {Lang::en, false, false});
    CHECK(en.find("tjeneste.yaml:1:1: nonconformity [A-1] M\n    found: «eier» is missing\n"
                  "    advice A1 (should) · rule shall: «Q»\n    legal basis: lov § 1\n") == 0);
    std::string colored = report::format_text(report, {Lang::nb, true, false});
    CHECK(colored.find("\033[1;31mavvik\033[0m") != std::string::npos);
}

TEST_CASE("report/text: passes are listed with their evidence only on request") {
    Diagnostics errors;
    auto cat =
        test::catalogue(test::pack(test::rule("A-1", "bør", "{finnes: {felt: navn}}")), errors);
    std::vector<model::Service> s = {test::service(test::kommune)};
    auto report = engine::audit(s, cat, Date{2026, 6, 1});
    CHECK(report::format_text(report, {Lang::nb, false, false}).find("[A-1]") == std::string::npos);
    CHECK(report::format_text(report, {Lang::nb, false, true})
              .find("tjeneste.yaml:3:1: oppfylt [A-1] T\n    bevis: «navn» er fylt ut\n") == 0);
}

TEST_CASE(
    "report/text: values from input are shown escaped, each on its own line; the colours stay") {
    Diagnostics errors;
    auto cat =
        test::catalogue(test::pack(test::rule("A-1", "skal", "{finnes: {felt: eier}}")), errors);
    REQUIRE(errors.empty());
    std::vector<model::Service> s = {
        test::service("type: tjeneste\nid: \"s\\e[2J\"\nnavn: \"S\\n::error::x\\u202e\"\nnivå: "
                      "kommune\nmålgrupper: [voksne]\n")};
    s[0].doc.file = "a\x1b]0;t\x07.yaml";
    auto report = engine::audit(s, cat, Date{2026, 6, 1});
    std::string out = report::format_text(report, {Lang::nb, true, false});
    CHECK(out.find("\033[1ma\\x1b]0;t\\x07.yaml:1:1\033[0m: \033[1;31mavvik\033[0m [A-1] M\n") ==
          0);
    CHECK(out.find(
              "Tjeneste\033[0m s\\x1b[2J (S\\n::error::x\\u202e) – a\\x1b]0;t\\x07.yaml:1:1\n") !=
          std::string::npos);
    CHECK(out.find("\n::error") == std::string::npos);
    CHECK(out.find("\u202e") == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
}

TEST_CASE("report/text: a finding shows only the law that binds the service's level") {
    Diagnostics errors;
    auto cat = test::catalogue(
        test::pack(test::rule("A-1", "bør", "{finnes: {felt: eier}}",
                              "    opphav: lov\n"
                              "    hjemmel:\n"
                              "      - alle § 1\n"
                              "      - {lov: kommunelov § 2, nivå: kommune}\n"
                              "      - {lov: foretakslov § 3, nivå: spesialisthelsetjeneste}\n")),
        errors);
    REQUIRE(errors.empty());
    std::vector<model::Service> kommune = {test::service(test::kommune)};
    std::string k = report::format_text(engine::audit(kommune, cat, Date{2026, 6, 1}),
                                        {Lang::nb, false, false});
    CHECK(k.find("    rettslig bakgrunn: alle § 1; kommunelov § 2\n") != std::string::npos);
    CHECK(k.find("foretakslov") == std::string::npos);
    CHECK(k.find("råd A1 (bør) · regel bør · lovkrav som rådene ikke selv stiller: «Q»") !=
          std::string::npos);
    std::vector<model::Service> trust = {test::service(
        "type: tjeneste\nid: s\nnavn: S\nnivå: spesialisthelsetjeneste\nmålgrupper: [voksne]\n")};
    std::string t =
        report::format_text(engine::audit(trust, cat, Date{2026, 6, 1}), {Lang::en, false, false});
    CHECK(t.find("    legal background: alle § 1; foretakslov § 3\n") != std::string::npos);
    CHECK(t.find("kommunelov") == std::string::npos);
}
