#include "core/file.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

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
    CHECK(read_whole_file(path, 8, errors));  // exactly at the limit

    CHECK_FALSE(read_whole_file(path, 3, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "limit-size");

    CHECK_FALSE(read_whole_file(dir.string(), 100, errors));
    CHECK(errors.back().text.en == "is a directory, not a file");
    CHECK_FALSE(read_whole_file((dir / "finnes-ikke.json").string(), 100, errors));
    CHECK(errors.back().code == "unreadable-file");
    std::filesystem::remove_all(dir);
}

TEST_CASE("core/file: a device or a pipe is read only up to the limit") {
    Diagnostics errors;
    CHECK_FALSE(read_whole_file("/dev/zero", 1000, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "limit-size");
    CHECK(errors[0].text.en ==
          "the file is larger than the limit of 1000 bytes (read up to the limit)");

    // A FIFO that a writer keeps filling: the reader stops at the limit (and the writer then gets
    // EPIPE, not SIGPIPE).
    std::signal(SIGPIPE, SIG_IGN);
    auto fifo = (std::filesystem::temp_directory_path() / "medvirk-file-test.fifo").string();
    std::filesystem::remove(fifo);
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    std::thread writer([&] {
        int fd = ::open(fifo.c_str(), O_WRONLY);
        std::string chunk(4096, ' ');
        for (int i = 0; i < 64 && fd >= 0; ++i)
            if (::write(fd, chunk.data(), chunk.size()) < 0) break;  // the reader has gone: EPIPE
        if (fd >= 0) ::close(fd);
    });
    errors.clear();
    auto text = read_whole_file(fifo, 10000, errors);
    writer.join();
    CHECK_FALSE(text);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "limit-size");
    std::filesystem::remove(fifo);
}
