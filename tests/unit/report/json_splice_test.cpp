#include "report/json_splice.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

using namespace medvirk::report;
using json = nlohmann::json;

TEST_CASE(
    "report/json_splice: lists spliced in at the markers give what dumping them in place gives") {
    json items = json::array({{{"fil", "a.yaml"}, {"n", 1}}, {{"fil", "b \"x\".yaml"}, {"n", 2}}});
    json whole = {{"før", "«tekst»"},
                  {"liste", items},
                  {"mellom", {1, 2}},
                  {"andre", items},
                  {"etter", true}};
    json framed = whole;
    framed["liste"] = json_splice::marker("liste");
    framed["andre"] = json_splice::marker("andre");
    // nlohmann sorts keys: andre, etter, før, liste, mellom.
    auto parts = json_splice::cut(framed.dump(2), {"andre", "liste"});
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].ends_with("\"andre\": "));
    CHECK(parts[1].ends_with("\"liste\": "));
    auto list = [&] {
        std::string out;
        for (size_t i = 0; i < items.size(); ++i)
            out += (i ? ",\n" : "[\n") + json_splice::dump_at(items[i], 4);
        return out + "\n  ]";
    };
    CHECK(parts[0] + list() + parts[1] + list() + parts[2] == whole.dump(2));
}

TEST_CASE(
    "report/json_splice: dump_at indents every line, the first included, and keeps the key order") {
    nlohmann::ordered_json ordered = {{"b", 1}, {"a", 2}};
    CHECK(json_splice::dump_at(ordered, 1) == " {\n   \"b\": 1,\n   \"a\": 2\n }");
    CHECK(json_splice::dump_at(json(3), 2) == "  3");
    CHECK(json_splice::dump_at(json::array({1}), 3) == "   [\n     1\n   ]");
    CHECK(json_splice::dump_at(json::object(), 0) == "{}");
}
