#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "model/routine_set.hpp"

using namespace medvirk;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("medvirk-rs-" + std::to_string(reinterpret_cast<uintptr_t>(this)));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    void write(const std::string& rel, const std::string& text) const {
        fs::create_directories((path / rel).parent_path());
        std::ofstream(path / rel) << text;
    }
};

const std::string service(const std::string& id) {
    return "type: tjeneste\nid: " + id + "\nnavn: N\nnivå: kommune\nmålgrupper: [voksne]\n";
}
const std::string routine(const std::string& id) { return "type: rutine\nid: " + id + "\ntittel: T\n"; }

}  // namespace

TEST_CASE("model/routine_set: a region folder is audited as one service per subfolder") {
    TempDir t;
    t.write("a/tjeneste.yaml", service("a"));
    t.write("a/rutiner/r1.yaml", routine("r1"));
    t.write("b/tjeneste.yaml", service("b"));
    t.write("b/r1.yml", routine("r1"));
    t.write("b/notes.txt", "ignored");
    auto r = model::load_routine_sets({t.path.string()}, {});
    REQUIRE(r.errors.empty());
    REQUIRE(r.services.size() == 2);
    CHECK(r.files == 4);
    CHECK(r.services[0].doc.id == "a");
    CHECK(r.services[0].routines.size() == 1);
    CHECK(r.services[1].doc.id == "b");
    CHECK(r.services[1].routines.at(0).file.ends_with("b/r1.yml"));
}

TEST_CASE("model/routine_set: duplicate ids in a service and orphans are errors") {
    TempDir t;
    t.write("s/tjeneste.yaml", service("s") + "---\n" + routine("r") + "---\n" + routine("r"));
    t.write("orphan/r.yaml", routine("x"));
    auto r = model::load_routine_sets({(t.path / "s").string(), (t.path / "orphan").string()}, {});
    std::vector<std::string> codes;
    for (const auto& e : r.errors) codes.push_back(e.code);
    CHECK(codes == std::vector<std::string>{"no-service", "duplicate-id"});
}

TEST_CASE("model/routine_set: every broken file is reported, not just the first") {
    TempDir t;
    t.write("tjeneste.yaml", service("s"));
    t.write("a.yaml", "type: rutine\nid: a\ntittel: [\n");
    t.write("b.yaml", "type: rutine\nid: b\ntittel: T\ntittel: U\n");
    t.write("c.yaml", "");
    auto r = model::load_routine_sets({t.path.string()}, {});
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].loc.file.ends_with("a.yaml"));
    CHECK(r.errors[1].code == "duplicate-key");
    CHECK(r.errors[2].code == "empty-file");
}

TEST_CASE("model/routine_set: missing paths and folders without YAML") {
    TempDir t;
    fs::create_directories(t.path / "empty");
    auto r = model::load_routine_sets({(t.path / "nope").string(), (t.path / "empty").string()}, {});
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].code == "no-yaml-files");
    CHECK(r.errors[1].code == "no-such-path");
}
