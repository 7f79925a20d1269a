#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diag.hpp"
#include "yaml/node.hpp"

namespace medvirk::yaml {

// Documented input limits (docs/format.md). Exceeding one is an input error, never a crash.
struct Limits {
    size_t max_file_bytes = 10 * 1024 * 1024;
    int max_depth = 64;
    // Per file, counting nodes copied through aliases (and again for anchors' copies).
    size_t max_nodes = 200000;
    size_t max_documents = 1000;  // per file
};

struct ParseResult {
    std::vector<Document> docs;
    Diagnostics errors;
};

// Parses YAML bytes into the project's own model. Rejects invalid UTF-8, binary data, duplicate
// keys, non-scalar keys, unknown or self-referencing aliases, and anything past the limits.
// `file` is only used to label diagnostics.
ParseResult parse(std::string_view bytes, const std::string& file, const Limits& limits = {});

}  // namespace medvirk::yaml
