// libFuzzer target: a full audit of a fuzzed routine set against the national pack, rendered in
// one of the report formats (which exercises the escaping of input text in each), through the
// same library call as `medvirk audit`.
#include <cstddef>
#include <cstdint>
#include <string>

#include "audit/run.hpp"
#include "report/formats.hpp"
#include "rules/pack.hpp"

using namespace medvirk;

namespace {
const char* service =
    "type: tjeneste\nid: phr-fuzz\nnavn: Fuzz\nnivå: kommune\nmålgrupper: [barn, "
    "voksne]\nhelseinstitusjon: true\n";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static Diagnostics pack_errors;
    static const rules::Catalogue cat = rules::load_catalogue(rules::builtin_packs(), pack_errors);
    std::string bytes(reinterpret_cast<const char*>(data), size);
    // One format and language per input, chosen from its size, so every format gets exercised
    // without rendering all of them for every input.
    const auto& formats = report::formats();
    const auto& f = formats[size % formats.size()];
    Lang lang = (size / formats.size()) % 2 ? Lang::en : Lang::nb;
    audit::Request request;
    request.catalogue = &cat;
    request.as_of = Date{2026, 6, 1};
    request.routines.sources = {{"set/rutine.yaml", bytes}, {"set/tjeneste.yaml", service}};
    // Every other input also asks for the tagging suggestions (the step walk and text matching).
    bool suggest = (size / (2 * formats.size())) % 2 == 1;
    request.suggest_tags = suggest;
    request.outputs.push_back({&f, report::FormatOptions{lang, false, true, 1, suggest}});
    audit::Outcome outcome = audit::run(request);
    if (!outcome.ok()) return 0;
    report::StringSink out;
    (void)outcome.write(0, out);
    return 0;
}
