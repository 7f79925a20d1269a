#include "core/temp_files.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace medvirk;
namespace fs = std::filesystem;

TEST_CASE("core/temp_files: registered paths are unlinked, forgotten ones are not") {
    std::string tmpl = (fs::temp_directory_path() / "medvirk-temp-files-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()));
    fs::path dir = tmpl;
    std::ofstream((dir / "a").string()) << "a";
    std::ofstream((dir / "b").string()) << "b";
    const size_t before = temp_files::count();
    int a = temp_files::add((dir / "a").string());
    int b = temp_files::add((dir / "b").string());
    REQUIRE(a >= 0);
    REQUIRE(b >= 0);
    CHECK(a != b);
    CHECK(temp_files::count() == before + 2);
    temp_files::remove(b);
    CHECK(temp_files::count() == before + 1);
    temp_files::unlink_all();
    CHECK_FALSE(fs::exists(dir / "a"));
    CHECK(fs::exists(dir / "b"));
    CHECK(temp_files::count() == 0);
    temp_files::remove(a);  // already forgotten: nothing happens
    CHECK(temp_files::count() == 0);
    fs::remove_all(dir);
}

TEST_CASE("core/temp_files: a path too long for the table is refused") {
    CHECK(temp_files::add(std::string(temp_files::max_path + 1, 'x')) == -1);
    CHECK(temp_files::add(std::string("a\0b", 3)) == -1);
}

TEST_CASE("core/temp_files: the table has room for its slots, then refuses") {
    std::vector<int> taken;
    for (size_t i = 0; i < temp_files::slots; ++i) {
        int s = temp_files::add("/finnes-ikke/medvirk-" + std::to_string(i));
        if (s < 0) break;
        taken.push_back(s);
    }
    CHECK(taken.size() == temp_files::slots);
    CHECK(temp_files::add("/finnes-ikke/en-til") == -1);
    for (int s : taken) temp_files::remove(s);
    CHECK(temp_files::count() == 0);
}
