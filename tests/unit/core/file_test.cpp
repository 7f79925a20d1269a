#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/file.hpp"

using namespace medvirk;

TEST_CASE("core/file: whole files, with the limit checked before reading") {
    auto dir = std::filesystem::temp_directory_path() / "medvirk-file-test";
    std::filesystem::create_directories(dir);
    auto path = (dir / "r.json").string();
    std::ofstream(path) << "{\"a\": 1}";
    Diagnostics errors;
    auto text = read_whole_file(path, 100, errors);
    REQUIRE(text);
    CHECK(*text == "{\"a\": 1}");
    CHECK(errors.empty());

    CHECK_FALSE(read_whole_file(path, 3, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "limit-size");

    CHECK_FALSE(read_whole_file(dir.string(), 100, errors));
    CHECK(errors.back().text.en == "is a directory, not a file");
    CHECK_FALSE(read_whole_file((dir / "finnes-ikke.json").string(), 100, errors));
    CHECK(errors.back().code == "unreadable-file");
    std::filesystem::remove_all(dir);
}
