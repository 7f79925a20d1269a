#include "checks/steps.hpp"

#include "fixture.hpp"
#include "support.hpp"

using namespace medvirk;
using namespace medvirk::test::checks_fixture;

TEST_CASE("checks/steps: approved and current") {
    auto s = test::service(test::kommune, {council, expired});
    CHECK(checks::is_approved_and_current(s.routines[0], as_of));
    CHECK_FALSE(checks::is_approved_and_current(s.routines[1], as_of));
    CHECK_FALSE(
        checks::is_approved_and_current(s.routines[0], Date{2025, 12, 31}));  // not yet approved
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
