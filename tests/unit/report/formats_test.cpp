#include "report/formats.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace medvirk;

TEST_CASE(
    "report/formats: the help list and the docs table show every format with its description") {
    std::string nb = report::format_list(Lang::nb), en = report::format_list(Lang::en);
    std::string table = report::format_table_markdown();
    REQUIRE(report::formats().size() >= 2);
    size_t lines = 1;
    for (char c : nb) lines += c == '\n';
    CHECK(lines == report::formats().size());
    for (const auto& f : report::formats()) {
        CHECK(report::find_format(f.name) == &f);
        CHECK_FALSE(f.description.nb.empty());
        CHECK_FALSE(f.description.en.empty());
        CHECK(nb.find(f.name + " ") != std::string::npos);
        CHECK(nb.find(f.description.nb) != std::string::npos);
        CHECK(en.find(f.description.en) != std::string::npos);
        CHECK(table.find("| `" + f.name + "` | " + f.description.nb + " / " + f.description.en +
                         " |\n") != std::string::npos);
    }
}
