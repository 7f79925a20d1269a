#include "core/safe_output.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/temp_files.hpp"

using namespace medvirk;
namespace fs = std::filesystem;

namespace {

// A fresh folder of its own, removed at the end.
struct Folder {
    fs::path path;
    Folder() {
        std::string tmpl = (fs::temp_directory_path() / "medvirk-safe-output-XXXXXX").string();
        REQUIRE(mkdtemp(tmpl.data()));
        path = tmpl;
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

void put(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string get(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

unsigned mode_of(const std::string& path) {
    struct stat st;
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

size_t entries(const fs::path& dir) {
    size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

std::optional<Text> write_one(const std::string& path, const std::string& text) {
    safe_output::AtomicFile f(path);
    if (auto err = f.open()) return err;
    f.write(text);
    if (auto err = f.close()) return err;
    return safe_output::commit_all({&f});
}

}  // namespace

TEST_CASE("core/safe_output: identity follows symlinks and sees hard links") {
    Folder d;
    put(d / "a", "a");
    put(d / "b", "b");
    fs::create_symlink(d / "a", d / "s");
    fs::create_hard_link(d / "a", d / "h");
    CHECK(safe_output::identify(d / "a") == safe_output::identify(d / "s"));
    CHECK(safe_output::identify(d / "a") == safe_output::identify(d / "h"));
    CHECK_FALSE(safe_output::identify(d / "a") == safe_output::identify(d / "b"));
    CHECK_FALSE(safe_output::identify(d / "finnes-ikke"));
    CHECK(safe_output::resolve(d / "s") == fs::canonical(d / "a"));
    CHECK(safe_output::resolve(d / "a") == fs::path(d / "a"));
}

TEST_CASE("core/safe_output: two outputs in one file are refused") {
    Folder d;
    fs::create_directory(d.path / "out");
    fs::create_directory_symlink(d / "out", d / "lenke");
    CHECK_FALSE(safe_output::check_distinct({d / "out/a", d / "out/b"}));
    auto same = safe_output::check_distinct({d / "out/a", d / "out/a"});
    REQUIRE(same);
    CHECK(same->en ==
          d / "out/a" + " is named as an output twice; every format needs a file of its own");
    auto link = safe_output::check_distinct({d / "out/a", d / "lenke/a"});
    REQUIRE(link);
    CHECK(link->nb ==
          d / "out/a" + " og " + d / "lenke/a" + " er samme fil; hvert format må ha sin egen fil");
    CHECK(safe_output::check_distinct({d / "out/a", d / "out/../out/a"}));
    put(d / "out/x", "x");
    fs::create_hard_link(d / "out/x", d / "out/y");
    CHECK(safe_output::check_distinct({d / "out/x", d / "out/y"}));
    CHECK_FALSE(
        safe_output::check_distinct({"/dev/null", "/dev/null"}));  // a device may be named twice
}

TEST_CASE("core/safe_output: an output that is an input is refused, naming both") {
    Folder d;
    put(d / "in.yaml", "x");
    fs::create_symlink(d / "in.yaml", d / "ut.json");
    CHECK_FALSE(safe_output::check_not_input({d / "ny.json"}, {d / "in.yaml"}));
    auto err = safe_output::check_not_input({d / "ut.json"}, {d / "annen.yaml", d / "in.yaml"});
    REQUIRE(err);
    CHECK(err->en == "the output file " + d / "ut.json" + " is also a file the run reads (" +
                         d / "in.yaml" + "); medvirk never writes over what it reads");
    err = safe_output::check_not_input({d / "in.yaml"}, {d / "in.yaml"});
    REQUIRE(err);
    CHECK(err->nb ==
          "utdatafilen " + d / "in.yaml" +
              " er også en fil kjøringen leser; medvirk skriver aldri over det den leser");
}

TEST_CASE("core/safe_output: routine-file names and unwritable folders") {
    Folder d;
    CHECK(safe_output::check_not_yaml("set/x.yaml"));
    CHECK(safe_output::check_not_yaml("set/x.YML"));
    CHECK_FALSE(safe_output::check_not_yaml("r.json"));
    CHECK_FALSE(safe_output::check_writable(d / "r.json"));
    auto missing = safe_output::check_writable(d / "finnes/r.json");
    REQUIRE(missing);
    CHECK(missing->nb ==
          "kan ikke skrive " + d / "finnes/r.json" + ": mappen " + d / "finnes" + " finnes ikke");
    CHECK(missing->en == "cannot write " + d / "finnes/r.json" + ": the folder " + d / "finnes" +
                             " does not exist");
    put(d / "fil", "x");
    auto notdir = safe_output::check_writable(d / "fil/r.json");
    REQUIRE(notdir);
    CHECK(notdir->en == "cannot write " + d / "fil/r.json" + ": " + d / "fil" + " is not a folder");
    auto dir = safe_output::check_writable(d.path.string());
    REQUIRE(dir);
    CHECK(dir->en == "cannot write " + d.path.string() + ": it is a directory");
    CHECK_FALSE(safe_output::check_writable("/dev/null"));
}

TEST_CASE("core/safe_output: a temporary file of its own, 0600, put in place with the old mode") {
    Folder d;
    const std::string target = d / "r.json";
    put(target, "gammel");
    ::chmod(target.c_str(), 0640);
    {
        safe_output::AtomicFile f(target);
        REQUIRE_FALSE(f.open());
        const std::string tmp = f.temp_path();
        CHECK(fs::path(tmp).parent_path() == d.path);
        CHECK(fs::path(tmp).filename().string().rfind(".r.json.", 0) == 0);
        CHECK(fs::path(tmp).filename().string().size() ==
              std::string(".r.json.").size() + 16 + std::string(".medvirk-tmp").size());
        CHECK(mode_of(tmp) == 0600);
        CHECK(temp_files::count() == 1);
        f.write("ny");
        REQUIRE_FALSE(f.close());
        CHECK(get(target) == "gammel");  // nothing in place before the commit
        REQUIRE_FALSE(safe_output::commit_all({&f}));
        CHECK_FALSE(fs::exists(tmp));
        CHECK(temp_files::count() == 0);
    }
    CHECK(get(target) == "ny");
    CHECK(mode_of(target) == 0640);
    CHECK(entries(d.path) == 1);
}

TEST_CASE("core/safe_output: without a commit nothing is left") {
    Folder d;
    {
        safe_output::AtomicFile f(d / "r.json");
        REQUIRE_FALSE(f.open());
        f.write("halv");
    }
    CHECK(entries(d.path) == 0);
    CHECK(temp_files::count() == 0);
}

TEST_CASE("core/safe_output: a symlink is written through, a device directly") {
    Folder d;
    put(d / "ekte.json", "gammel");
    fs::create_symlink("ekte.json", d / "lenke.json");
    REQUIRE_FALSE(write_one(d / "lenke.json", "ny"));
    CHECK(fs::is_symlink(d / "lenke.json"));
    CHECK(get(d / "ekte.json") == "ny");
    CHECK_FALSE(write_one("/dev/null", "x"));
}

TEST_CASE("core/safe_output: all or nothing when the second file cannot be put in place") {
    Folder d;
    put(d / "a.json", "gammel a");
    safe_output::AtomicFile a(d / "a.json"), b(d / "b.json");
    REQUIRE_FALSE(a.open());
    REQUIRE_FALSE(b.open());
    a.write("ny a");
    b.write("ny b");
    REQUIRE_FALSE(a.close());
    REQUIRE_FALSE(b.close());
    fs::create_directory(d / "b.json");  // b's place is taken by a folder meanwhile
    auto err = safe_output::commit_all({&a, &b});
    REQUIRE(err);
    CHECK(err->en == "cannot write " + d / "b.json" + ": it is a directory");
    CHECK(get(d / "a.json") == "gammel a");
    CHECK(entries(d.path) == 2);  // a.json and the folder b.json: no temporary file
    CHECK(temp_files::count() == 0);
}

TEST_CASE("core/safe_output: a new file in a missing folder names the folder") {
    Folder d;
    safe_output::AtomicFile f(d / "mangler/r.json");
    auto err = f.open();
    REQUIRE(err);
    CHECK(err->nb ==
          "kan ikke skrive " + d / "mangler/r.json" + ": mappen " + d / "mangler" + " finnes ikke");
}
