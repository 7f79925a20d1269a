#include "report/html.hpp"

#include <nlohmann/json.hpp>

#include "engine/audit.hpp"
#include "report/formats.hpp"
#include "support.hpp"

using namespace medvirk;
using nlohmann::json;

TEST_CASE("report/html: escaping of text and attribute values") {
    CHECK(report::html_escape("<script>alert('x')</script>") ==
          "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    CHECK(report::html_escape("a & b \"c\"") == "a &amp; b &quot;c&quot;");
    CHECK(report::html_escape("\"><svg onload=x>") == "&quot;&gt;&lt;svg onload=x&gt;");
    CHECK(report::html_escape("æøå «»") == "æøå «»");
    CHECK(report::html_escape(std::string("a\0b\x01\x7f\tc\n", 8)) == "ab\tc\n");
}

TEST_CASE("report/html: only https links from rule packs become hrefs") {
    CHECK(report::safe_href("https://www.helsedirektoratet.no/") ==
          "https://www.helsedirektoratet.no/");
    CHECK(report::safe_href("javascript:alert(1)") == "");
    CHECK(report::safe_href("JAVASCRIPT:alert(1)") == "");
    CHECK(report::safe_href("http://example.org/") == "");
    CHECK(report::safe_href("data:text/html,<script>") == "");
    CHECK(report::safe_href("https://x\" onclick=\"y") == "");
    CHECK(report::safe_href("https://") == "");
}

TEST_CASE("report/html: every string of a hostile report document stays text") {
    const std::string evil =
        "<script>document.title='PWNED'</script>\"><img src=x onerror=alert(1)>";
    json r = {
        {"rapportformat", "medvirk-rapport"},
        {"formatversjon", 1},
        {"verktøy", {{"navn", evil}, {"versjon", evil}}},
        {"revisjonsdato", evil},
        {"regelpakker", json::array({{{"id", evil},
                                      {"versjon", evil},
                                      {"tittel", {{"nb", evil}, {"en", evil}}},
                                      {"sha256", evil}}})},
        {"inndata", json::array({{{"fil", evil}, {"sha256", evil}}})},
        {"tjenester",
         json::array({{{"id", evil},
                       {"navn", evil},
                       {"fil", evil},
                       {"antall", {{"avvik", 1}}},
                       {"totalt", {{"status", evil}}},
                       {"råd", json::array({{{"id", evil},
                                             {"tittel", evil},
                                             {"status", evil},
                                             {"lenke", "javascript:alert(1)"},
                                             {"hjemmel", json::array({evil})}}})},
                       {"resultater", json::array({{{"råd", evil},
                                                    {"grad", evil},
                                                    {"regel", evil},
                                                    {"sitat", evil},
                                                    {"melding", {{"nb", evil}, {"en", evil}}}}})},
                       {"dokumenter", json::array({{{"id", evil}, {"tittel", evil}}})},
                       {"dekning", json::array({{{"tag", evil},
                                                 {"regler", json::array({evil})},
                                                 {"steg", json::array({{{"dokument", evil},
                                                                        {"steg", evil},
                                                                        {"gjeldende", true}}})}}})},
                       {"fravik",
                        json::array({{{"regel", evil}, {"begrunnelse", evil}, {"utløpt", true}}})},
                       {"dekningsvisninger",
                        json::array({{{"id", evil},
                                      {"tittel", {{"nb", evil}}},
                                      {"pakke", evil},
                                      {"elementer",
                                       json::array({{{"id", evil},
                                                     {"tittel", {{"nb", evil}}},
                                                     {"dekket_av",
                                                      json::array({{{"dokument", evil},
                                                                    {"steg", evil}}})}}})}}})}}})}};
    for (Lang lang : {Lang::nb, Lang::en}) {
        std::string html = report::render_html(r, lang);
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("<img") == std::string::npos);
        CHECK(html.find("javascript:") == std::string::npos);
        CHECK(html.find("\"><img") == std::string::npos);
        CHECK(html.find(
                  "&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;&quot;&gt;&lt;img") !=
              std::string::npos);
        CHECK(html.find(lang == Lang::en ? "EXPIRED" : "UTLØPT") != std::string::npos);
    }
}

TEST_CASE("report/html: a document of the wrong shape renders without failing") {
    for (const char* text :
         {"{}", "[]", "null", "{\"tjenester\": [1, \"x\", {\"råd\": 3, \"antall\": []}]}",
          "{\"tjenester\": [{\"resultater\": [{\"linje\": \"x\", \"hjemmel\": [1, null]}], "
          "\"fravik\": [null]}]}"}) {
        std::string html = report::render_html(json::parse(text), Lang::nb);
        CHECK(html.find("<!DOCTYPE html>") == 0);
        CHECK(html.find("</html>\n") == html.size() - 8);
    }
}

TEST_CASE("report/html: audit --format html renders the JSON report") {
    Diagnostics errors;
    auto cat =
        test::catalogue(test::pack(test::rule("A-1", "skal", "{finnes: {felt: eier}}")), errors);
    REQUIRE(errors.empty());
    std::vector<model::Service> s = {test::service(
        "type: tjeneste\nid: s\nnavn: \"Tjeneste <b>\"\nnivå: kommune\nmålgrupper: [voksne]\n")};
    auto r = engine::audit(s, cat, Date{2026, 6, 1});
    report::FormatOptions o{Lang::nb, false, false};
    std::string html = report::render(*report::find_format("html"), r, o);
    CHECK(html == report::render_html(
                      json::parse(report::render(*report::find_format("json"), r, o)), Lang::nb));
    CHECK(html.find("<html lang=\"nb\">") != std::string::npos);
    CHECK(html.find("Tjeneste &lt;b&gt;") != std::string::npos);
    CHECK(html.find("id=\"t1-antall-avvik\" data-antall=\"avvik\">1</span>") != std::string::npos);
}
