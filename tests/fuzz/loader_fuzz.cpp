// libFuzzer target: the routine-set loader from bytes (parse, validate, group into services).
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/routine_set.hpp"
#include "rules/pack.hpp"

using namespace medvirk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::vector<std::string> tags = [] {
        Diagnostics errors;
        return rules::load_catalogue(rules::builtin_packs(), errors).tag_names();
    }();
    std::string bytes(reinterpret_cast<const char*>(data), size);
    auto result = model::load_sources({{"rutiner/fuzz.yaml", bytes}}, tags);
    for (const auto& e : result.errors) (void)format_diagnostic(e, Lang::en);
    return 0;
}
