// medvirk-yaml-load: the floors for the benchmark. Finds every .yaml/.yml file under the given
// paths (sorted, as medvirk reads them) and, per --mode:
//   load    reads each file and parses it with YAML::LoadAll, then counts the nodes (default)
//   events  reads each file and runs yaml-cpp's event parser over it, as medvirk's loader does,
//           with a handler that only counts the events
//   read    only reads each file (the I/O floor)
// Prints the number of files, bytes and nodes or events, so the work cannot be optimised away.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

bool is_yaml(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".yaml" || ext == ".yml";
}

std::vector<fs::path> find_files(const std::vector<std::string>& roots) {
    std::vector<fs::path> files;
    for (const std::string& root : roots) {
        if (fs::is_regular_file(root)) {
            files.emplace_back(root);
            continue;
        }
        for (const auto& entry : fs::recursive_directory_iterator(root))
            if (entry.is_regular_file() && is_yaml(entry.path())) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

size_t count_nodes(const YAML::Node& node) {
    size_t n = 1;
    if (node.IsSequence()) {
        for (const auto& child : node) n += count_nodes(child);
    } else if (node.IsMap()) {
        for (const auto& kv : node) n += count_nodes(kv.first) + count_nodes(kv.second);
    }
    return n;
}

class CountingHandler : public YAML::EventHandler {
  public:
    size_t events = 0;
    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override { ++events; }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override { ++events; }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override { ++events; }
};

}  // namespace

int main(int argc, char** argv) {
    std::string mode = "load";
    std::vector<std::string> roots;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--mode" && i + 1 < argc)
            mode = argv[++i];
        else if (a.rfind("--mode=", 0) == 0)
            mode = a.substr(7);
        else
            roots.push_back(a);
    }
    if (roots.empty() || (mode != "load" && mode != "events" && mode != "read")) {
        std::cerr << "usage: medvirk-yaml-load [--mode load|events|read] PATH...\n";
        return 2;
    }

    size_t files = 0, bytes = 0, count = 0;
    for (const fs::path& path : find_files(roots)) {
        const std::string text = read_file(path);
        ++files;
        bytes += text.size();
        try {
            if (mode == "load") {
                for (const YAML::Node& doc : YAML::LoadAll(text)) count += count_nodes(doc);
            } else if (mode == "events") {
                std::istringstream in(text);
                YAML::Parser parser(in);
                CountingHandler handler;
                while (parser.HandleNextDocument(handler)) {
                }
                count += handler.events;
            }
        } catch (const YAML::Exception& e) {
            std::cerr << path.string() << ": " << e.what() << "\n";
            return 1;
        }
    }
    std::printf("%zu files, %zu bytes, %zu %s\n", files, bytes, count,
                mode == "load"     ? "nodes"
                : mode == "events" ? "events"
                                   : "(read only)");
    return 0;
}
