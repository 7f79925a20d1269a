// Build-time tool: writes the C++ source that compiles the built-in rule packs into the binary,
// each with its text (for hashes and messages) and its parsed documents in the compact form of
// yaml/serialize.hpp (so start-up does not parse them again).
//   medvirk-embed-packs OUTPUT.cpp SOURCE_DIR PACK.yaml...
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "yaml/parse.hpp"
#include "yaml/serialize.hpp"

namespace fs = std::filesystem;

namespace {

// A C++ string literal holding any bytes: every byte as a three-digit octal escape, which never
// runs into the next character.
std::string literal(const std::string& bytes) {
    std::string out = "\"";
    size_t col = 0;
    for (unsigned char c : bytes) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\%03o", c);
        out += buf;
        if (++col % 32 == 0) out += "\"\n    \"";
    }
    return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: medvirk-embed-packs OUTPUT.cpp SOURCE_DIR PACK.yaml...\n");
        return 2;
    }
    const fs::path source_dir = argv[2];
    std::ostringstream out;
    out << "// Generated from rules/ by src/tools/embed_packs.cpp. Do not edit.\n"
           "#include \"rules/pack.hpp\"\n\nusing namespace std::string_view_literals;\n\n"
           "namespace medvirk::rules {\n\n"
           "const std::vector<PackText>& builtin_packs() {\n    static const std::vector<PackText> "
           "packs = {\n";
    for (int i = 3; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in) {
            std::fprintf(stderr, "medvirk-embed-packs: cannot read %s\n", argv[i]);
            return 2;
        }
        std::string name = fs::path(argv[i]).lexically_relative(source_dir).generic_string();
        auto parsed = medvirk::yaml::parse(text.str(), name);
        // A pack that does not parse is embedded as text only; loading it then reports the errors.
        std::string tree =
            parsed.errors.empty() ? medvirk::yaml::serialize(parsed.docs) : std::string{};
        out << "        {" << literal(name) << ",\n    " << literal(text.str()) << ",\n    "
            << literal(tree) << "sv},\n";
    }
    out << "    };\n    return packs;\n}\n\n}  // namespace medvirk::rules\n";
    const std::string output = argv[1];
    std::string result = out.str();
    std::ifstream old(output, std::ios::binary);
    std::ostringstream old_text;
    old_text << old.rdbuf();
    if (old && old_text.str() == result) return 0;  // unchanged: nothing rebuilds
    std::ofstream write(output + ".tmp", std::ios::binary);
    write << result;
    write.close();
    if (!write) {
        std::fprintf(stderr, "medvirk-embed-packs: cannot write %s\n", output.c_str());
        return 2;
    }
    fs::rename(output + ".tmp", output);
    return 0;
}
