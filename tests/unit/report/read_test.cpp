#include "report/read.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace medvirk;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
    auto path = (std::filesystem::temp_directory_path() / name).string();
    std::ofstream(path) << text;
    return path;
}

}  // namespace

TEST_CASE("report/read: services one by one, then the head with their summaries") {
    auto path = write_temp(
        "medvirk-read-test.json",
        R"({"rapportformat": "medvirk-rapport", "formatversjon": 1, "regelpakker": [{"id": "nasjonal"}],
                               "tjenester": [{"id": "a", "navn": "A", "fil": "a/t.yaml", "resultater": [1, 2]},
                                             {"id": "b", "resultater": []}]})");
    std::vector<std::string> seen;
    Diagnostics errors;
    auto head =
        report::read_report(path, errors, [&](nlohmann::json&& s, size_t i) -> std::optional<Text> {
            seen.push_back(std::to_string(i) + s["id"].get<std::string>() +
                           std::to_string(s["resultater"].size()));
            return std::nullopt;
        });
    REQUIRE(head);
    CHECK(errors.empty());
    CHECK(seen == std::vector<std::string>{"0a2", "1b0"});
    CHECK((*head)["tjenester"] ==
          nlohmann::json::parse(R"([{"id": "a", "navn": "A", "fil": "a/t.yaml"}, {"id": "b"}])"));
    CHECK((*head)["regelpakker"][0]["id"] == "nasjonal");

    // The reader can refuse a service.
    CHECK_FALSE(
        report::read_report(path, errors, [](nlohmann::json&&, size_t) -> std::optional<Text> {
            return Text{"nei", "no"};
        }));
    CHECK(errors.back().code == "bad-report");
    CHECK(errors.back().text.en == "no");
    // Past the limit, whatever the file kind.
    CHECK_FALSE(report::read_report(
        "/dev/zero", errors, [](nlohmann::json&&, size_t) -> std::optional<Text> { return {}; }));
    CHECK(errors.back().code == "bad-json");
    CHECK_FALSE(report::read_report(
        path, errors, [](nlohmann::json&&, size_t) -> std::optional<Text> { return {}; }, 50));
    CHECK(errors.back().code == "limit-size");
    std::filesystem::remove(path);
}

TEST_CASE("report/read: other format versions and non-object services are refused") {
    Diagnostics errors;
    auto none = [](nlohmann::json&&, size_t) -> std::optional<Text> { return std::nullopt; };
    auto v99 =
        write_temp("medvirk-read-v99.json",
                   R"({"rapportformat": "medvirk-rapport", "formatversjon": 99, "tjenester": []})");
    CHECK_FALSE(report::read_report(v99, errors, none));
    CHECK(errors.back().text.en == "the report has format version 99, but this medvirk reads 1");
    auto bad =
        write_temp("medvirk-read-bad.json",
                   R"({"rapportformat": "medvirk-rapport", "formatversjon": 1, "tjenester": [3]})");
    CHECK_FALSE(report::read_report(bad, errors, none));
    CHECK(errors.back().text.en == "an entry in «tjenester» is not an object");
    std::filesystem::remove(v99);
    std::filesystem::remove(bad);
}
