#pragma once
// One synthetic service: its service document and routine documents, one YAML document a file.

#include <string>
#include <vector>

#include "../rng.hpp"

namespace bench {

struct Tag {
    std::string tag;   // a coverage tag, as «medvirk rules tags» prints it
    std::string text;  // its description, used as the text of the step that carries it
};

struct File {
    std::string path;  // relative to the service folder
    std::string text;
};

// A service with `documents` documents (the service document included, at least 1). Quality,
// level, target groups and the defects it has are drawn from `rng`; dates are placed around
// `as_of` (days since 1970-01-01), the audit date the corpus is meant to be audited at.
std::vector<File> make_service(Rng& rng, const std::vector<Tag>& tags, int index, int documents,
                               long as_of);

}  // namespace bench
