#include "model/schema.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "model/format.hpp"

using namespace medvirk;

TEST_CASE("model/schema: generated from the format, with the vocabulary") {
    auto j = nlohmann::json::parse(model::json_schema({"t1", "t2"}));
    CHECK(j["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    CHECK(j["$defs"]["dekningsord"]["enum"] == nlohmann::json::array({"t1", "t2"}));
    CHECK(j["allOf"].size() == model::document_types().size());
    const auto& council = j["$defs"]["brukerråd"];
    CHECK(council["additionalProperties"] == false);
    CHECK(council["required"] == nlohmann::json::array({"type", "id", "tittel"}));
    CHECK(j["$defs"]["medlem"]["properties"]["rolle"]["enum"].size() == 6);
}
