// libFuzzer target: the routine-set loader from bytes (parse, validate, group into services).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/terminal.hpp"
#include "model/routine_set.hpp"
#include "rules/pack.hpp"

using namespace medvirk;

namespace {

// Whatever the bytes, every text the parser gives is UTF-8 (reports carry nothing else).
void check_utf8(const yaml::Node& n) {
    if (!is_valid_utf8(n.value)) std::abort();
    for (const auto& i : n.items) check_utf8(i);
    for (const auto& e : n.entries) {
        if (!is_valid_utf8(e.key)) std::abort();
        check_utf8(e.value);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::vector<std::string> tags = [] {
        Diagnostics errors;
        return rules::load_catalogue(rules::builtin_packs(), errors).tag_names();
    }();
    std::string bytes(reinterpret_cast<const char*>(data), size);
    auto result = model::load_sources({{"rutiner/fuzz.yaml", bytes}}, tags);
    for (const auto& e : result.errors) {
        // A diagnostic is one line, whatever the input quoted in it.
        if (format_diagnostic(e, Lang::en).find('\n') != std::string::npos) std::abort();
    }
    for (const auto& d : yaml::parse(bytes, "rutiner/fuzz.yaml").docs) check_utf8(d.root);
    return 0;
}
