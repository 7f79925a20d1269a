#include "model/routine_set.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace medvirk;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() /
               ("medvirk-rs-" + std::to_string(reinterpret_cast<uintptr_t>(this)));
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
const std::string routine(const std::string& id) {
    return "type: rutine\nid: " + id + "\ntittel: T\n";
}

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
    auto r =
        model::load_routine_sets({(t.path / "nope").string(), (t.path / "empty").string()}, {});
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].code == "no-yaml-files");
    CHECK(r.errors[1].code == "no-such-path");
}

namespace {

// Services (ids with their documents' places) and errors: what a load decides.
std::string summary(const model::LoadResult& r) {
    std::string out;
    for (const auto& s : r.services) {
        out += s.doc.id + " " + s.doc.file + "#" + std::to_string(s.doc.index) + ":";
        for (const auto& d : s.routines)
            out += " " + d.id + "@" + d.file + "#" + std::to_string(d.index);
        out += "\n";
    }
    for (const auto& e : r.errors)
        out += "error " + e.code + " " + e.loc.file + ":" + std::to_string(e.loc.line) + " " +
               e.text.en + "\n";
    out += std::to_string(r.files) + " files, " + std::to_string(r.documents) + " documents, " +
           std::to_string(r.hashes.size()) + " hashes\n";
    return out;
}

void write_region(const TempDir& t) {
    t.write("region/a/tjeneste.yaml", service("a"));
    t.write("region/a/rutiner/r1.yaml", routine("r1"));
    t.write("region/a/rutiner/dypere/r2.yaml", routine("r2"));
    t.write("region/a/avd/tjeneste.yaml",
            service("a2"));  // inside a's folder; sorts before a by file
    t.write("region/a/avd/r.yaml", routine("r1"));
    t.write("region/a/z.yaml",
            routine("r3"));  // after the subfolders by name, but the folder's own file
    t.write("region/b-c/tjeneste.yaml", service("bc"));
    t.write("region/b-c/r.yaml", routine("r1"));
    t.write("region/b/x.yaml",
            service("b") + "---\n" + routine("r1"));  // service and routine in one file
    t.write("region/b/sub/r.yaml", routine("r2"));
}

}  // namespace

TEST_CASE("model/routine_set: loading in batches gives what loading everything at once gives") {
    TempDir t;
    write_region(t);
    model::LoadOptions whole;
    auto all = model::load_routine_sets({t.path.string()}, {}, {}, whole);
    REQUIRE(all.errors.empty());
    CHECK(all.services.size() == 4);
    CHECK(all.services[0].doc.id == "a2");
    CHECK(all.services[1].doc.id == "a");
    CHECK(all.services[1].routines.size() == 3);
    for (size_t n : {1, 2, 3, 5}) {
        model::LoadOptions lo;
        lo.batch_files = n;
        lo.jobs = 2;
        CHECK(summary(model::load_routine_sets({t.path.string()}, {}, {}, lo)) == summary(all));
    }

    // Batches are cut between services, never inside a folder that has a service above it.
    model::LoadOptions lo;
    lo.batch_files = 1;
    std::vector<std::vector<std::string>> batches;
    auto r = model::stream_routine_sets({t.path.string()}, {}, {}, lo,
                                        [&](std::vector<model::Service>&& part, bool clean) {
                                            CHECK(clean);
                                            std::vector<std::string> ids;
                                            for (const auto& s : part) ids.push_back(s.doc.id);
                                            batches.push_back(ids);
                                        });
    CHECK(r.services.empty());
    CHECK(r.files == 10);
    CHECK(batches == std::vector<std::vector<std::string>>{{"a", "a2"}, {"bc"}, {"b"}});
}

TEST_CASE("model/routine_set: errors across batches are those of one load") {
    TempDir t;
    write_region(t);
    t.write("region/d/tjeneste.yaml", service("a"));  // the id of another batch's service
    t.write("region/d/r.yaml", routine("r1"));
    t.write("region/e/tjeneste.yaml",
            "type: tjeneste\nid: e\n");  // broken: its documents are not orphans
    t.write("region/e/sub/r.yaml", routine("r1"));
    t.write("region/f/r.yaml", routine("r1"));  // no service anywhere above
    t.write("region/toppnivå.yaml", routine("t"));
    auto all = model::load_routine_sets({t.path.string()}, {});
    std::vector<std::string> codes;
    for (const auto& e : all.errors) codes.push_back(e.code);
    CHECK(std::count(codes.begin(), codes.end(), "duplicate-id") == 1);
    CHECK(std::count(codes.begin(), codes.end(), "no-service") ==
          3);  // d/r.yaml, f/r.yaml, toppnivå.yaml
    for (size_t n : {1, 2, 7}) {
        model::LoadOptions lo;
        lo.batch_files = n;
        bool saw_unclean = false;
        auto r = model::stream_routine_sets(
            {t.path.string()}, {}, {}, lo,
            [&](std::vector<model::Service>&&, bool clean) { saw_unclean |= !clean; });
        CHECK(saw_unclean);
        CHECK(summary(model::load_routine_sets({t.path.string()}, {}, {}, lo)) == summary(all));
    }
}

TEST_CASE("model/routine_set: a batch ends with the service that its last file belongs to") {
    TempDir t;
    for (int i = 0; i < 10; ++i) {
        std::string dir = "s" + std::to_string(i);
        t.write(dir + "/tjeneste.yaml", service(dir));
        t.write(dir + "/rutiner/r.yaml", routine("r"));
    }
    // Three files reach into the second service; its rest completes the batch, and no more.
    model::LoadOptions lo;
    lo.batch_files = 3;
    std::vector<size_t> sizes;
    auto r = model::stream_routine_sets(
        {t.path.string()}, {}, {}, lo,
        [&](std::vector<model::Service>&& part, bool) { sizes.push_back(part.size()); });
    CHECK(r.errors.empty());
    CHECK(sizes == std::vector<size_t>{2, 2, 2, 2, 2});
}
