// libFuzzer target: the rule-pack loader from bytes. The fuzzed pack is loaded on its own (its
// references to advice items and tags then fail to resolve, which is reported, not fatal) and,
// for every 16th input, together with the built-in packs.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rules/pack.hpp"

using namespace medvirk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::vector<rules::PackText> texts;
    if (size % 16 == 0) texts = rules::builtin_packs();
    texts.push_back({"lokal/fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size)});
    Diagnostics errors;
    auto cat = rules::load_catalogue(texts, errors);
    for (const auto& e : errors) (void)format_diagnostic(e, Lang::nb);
    (void)cat.rules.size();
    return 0;
}
