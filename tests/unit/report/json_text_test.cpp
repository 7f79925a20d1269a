#include "report/json_text.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using namespace medvirk;
using ordered = nlohmann::ordered_json;

namespace {

// dump(2), with `prefix` after every line break, as a value standing at that depth.
std::string dumped(const ordered& j, const std::string& prefix) {
    std::string out;
    for (char c : j.dump(2)) {
        out += c;
        if (c == '\n') out += prefix;
    }
    return out;
}

}  // namespace

TEST_CASE("report/json_text: the text is what nlohmann's dump(2) writes") {
    std::string tricky =
        std::string("«pårørende» \"sitat\" back\\slash\ttab\nline\r\b\f ctl\x01\x1f del\x7f ") +
        "\xF0\x9F\x98\x80";
    ordered j;
    j["tom"] = ordered::object();
    j["tomliste"] = ordered::array();
    j["tekst"] = tricky;
    j["tall"] = -42;
    j["stor"] = 18446744073709551615ULL;
    j["sann"] = true;
    j["usann"] = false;
    j["liste"] = {"a", tricky, ""};
    j["nøstet"] = {{"x", {{"y", ordered::array({ordered::object(), ordered::array({1, 2})})}}}};

    for (std::string prefix : {"", "        "}) {
        report::JsonText t(prefix);
        t.begin_object();
        t.key("tom").begin_object().end_object();
        t.key("tomliste").begin_array().end_array();
        t.key("tekst").value(tricky);
        t.key("tall").value(-42);
        t.key("stor").value(static_cast<size_t>(18446744073709551615ULL));
        t.key("sann").value(true);
        t.key("usann").value(false);
        t.key("liste").strings({"a", tricky, ""});
        t.key("nøstet").begin_object().key("x").begin_object().key("y").begin_array();
        t.begin_object().end_object();
        t.begin_array().value(1).value(2).end_array();
        t.end_array().end_object().end_object();
        t.end_object();
        CHECK(t.text() == dumped(j, prefix));
    }
}

TEST_CASE("report/json_text: invalid UTF-8 is refused as dump() refuses it") {
    report::JsonText t;
    CHECK_THROWS_AS(t.value(std::string_view("\xC3\x28")), nlohmann::json::type_error);
    CHECK_THROWS_AS(report::JsonText().value(std::string_view("\xED\xA0\x80")),
                    nlohmann::json::type_error);  // surrogate
    CHECK_NOTHROW(report::JsonText().value(std::string_view("\xE2\x82\xAC")));
}
