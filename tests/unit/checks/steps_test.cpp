#include "checks/steps.hpp"

#include "fixture.hpp"
#include "support.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/steps: what a tagged step is worth as evidence") {
    const std::vector<std::string> terms = {"klage", "ombud"};
    auto doc = [](const std::string& step, const std::string& control) {
        return "type: rutine\nid: r\ntittel: R\ndokumentstyring: " + control +
               "\nfremgangsmåte:\n  - steg: " + step + "\n    dekker: [t1]\n";
    };
    const std::string current = "{godkjent_av: K, godkjent: 2026-01-01, revideres: 2027-01-01}";
    const std::string overdue = "{godkjent_av: K, godkjent: 2024-01-01, revideres: 2026-05-31}";
    auto standing = [&](const std::string& step, const std::string& control,
                        const std::vector<std::string>* t) {
        auto s = test::service(test::kommune, {doc(step, control)});
        checks::StepIndex index(s);
        REQUIRE(index.steps("t1").size() == 1);
        return checks::step_evidence(index.steps("t1").front(), "t1", t, as_of).standing;
    };
    const std::string good =
        "Brukeren får informasjon om klageretten og pasient- og brukerombudet.";
    const std::string other = "Tolk bestilles i god tid før samtalen når brukeren trenger det.";
    CHECK(standing(good, current, &terms) == checks::Standing::counts);
    CHECK(standing(good, overdue, &terms) == checks::Standing::reserved);   // a document lapse
    CHECK(standing(other, current, &terms) == checks::Standing::reserved);  // does not show it
    CHECK(standing(other, current, nullptr) == checks::Standing::counts);   // the tag has no terms
    CHECK(standing("x", current, &terms) == checks::Standing::none);        // hollow
    CHECK(standing("x", current, nullptr) == checks::Standing::none);
    CHECK(standing("Klage og ombud", current, &terms) == checks::Standing::none);  // no verb
}

TEST_CASE("checks/steps: the step index finds every tagged step, once, in document order") {
    auto s = test::service(
        test::kommune,
        {"type: rutine\nid: a\ntittel: A\nfremgangsmåte:\n"
         "  - steg: Første\n    dekker: [t1, t2, t1]\n"  // t1 twice: one step
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

TEST_CASE("checks/steps: every step of every procedure, tagged or not, in document order") {
    auto d = test::doc(
        "type: brukerråd\nid: a\ntittel: A\nfremgangsmåte:\n  - steg: Første\n"
        "  - steg: Andre\n    dekker: [t1]\n"
        "rekruttering:\n  fremgangsmåte:\n    - steg: Nøstet\n");
    std::vector<std::string> texts;
    checks::for_each_step(
        d, [&](const yaml::Node& step) { texts.push_back(step.get("steg")->value); });
    CHECK(texts == std::vector<std::string>{"Første", "Andre", "Nøstet"});
}
