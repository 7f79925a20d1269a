#pragma once
// Shared by the check kinds' unit tests: a service with documents, and a check run on it.

#include "checks/check.hpp"
#include "support.hpp"

namespace medvirk::test::checks_fixture {

inline const Date as_of{2026, 6, 1};

inline const char* council =
    "type: brukerråd\nid: r\ntittel: R\n"
    "dokumentstyring: {godkjent_av: K, godkjent: 2026-01-01, revideres: 2027-01-01}\n"
    "mandat:\n  funksjon: F\n  rotasjon: \"  \"\n"
    "medlemmer:\n"
    "  - {rolle: brukerrepresentant, organisasjon: MH, fagfelt: [psykisk_helse], oppnevnt_til: "
    "2026-12-31}\n"
    "  - {rolle: ansatt, oppnevnt_til: 2026-05-31}\n"
    "fremgangsmåte:\n  - steg: Rådet gir innspill til årsplanen.\n    dekker: [t1]\n";

inline const char* expired =
    "type: rutine\nid: gammel\ntittel: G\n"
    "dokumentstyring: {godkjent_av: K, godkjent: 2024-01-01, revideres: 2025-01-01}\n"
    "fremgangsmåte:\n  - steg: Brukeren får informasjon om klageretten.\n    dekker: [t2]\n";

// Loads a one-rule pack with the check (YAML flow text) and evaluates it on `subject`.
inline checks::Outcome run(const std::string& check_yaml, const model::Service& s,
                           const model::RoutineDoc& subject) {
    Diagnostics errors;
    auto cat = test::catalogue(test::pack(test::rule("X-1", "bør", check_yaml)), errors);
    for (const auto& e : errors) FAIL_CHECK(format_diagnostic(e, Lang::en));
    REQUIRE(cat.rules.size() == 1);
    return checks::evaluate(*cat.rules[0]->check,
                            checks::Context{s, subject, as_of, nullptr, &cat});
}

}  // namespace medvirk::test::checks_fixture
