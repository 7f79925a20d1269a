#include "core/date.hpp"

#include <doctest/doctest.h>

using medvirk::Date;

TEST_CASE("core/date: parses real ISO dates only") {
    auto d = Date::parse("2025-02-28");
    REQUIRE(d);
    CHECK(d->year == 2025);
    CHECK(d->month == 2);
    CHECK(d->day == 28);
    CHECK(d->str() == "2025-02-28");
    CHECK_FALSE(Date::parse("2025-02-30"));
    CHECK_FALSE(Date::parse("2025-13-01"));
    CHECK_FALSE(Date::parse("2025-00-10"));
    CHECK_FALSE(Date::parse("2025-2-01"));
    CHECK_FALSE(Date::parse("01.02.2025"));
    CHECK(Date::parse("2024-02-29"));
    CHECK_FALSE(Date::parse("2023-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));
    CHECK(Date::parse("2000-02-29"));
}

TEST_CASE("core/date: shape check and ordering") {
    CHECK(Date::looks_like_date("2025-02-30"));
    CHECK_FALSE(Date::looks_like_date("2025-02-3"));
    CHECK(*Date::parse("2025-01-31") < *Date::parse("2025-02-01"));
    CHECK(Date::today().year >= 2024);
}

TEST_CASE("core/date: a period is read at its first or last day") {
    using E = Date::Edge;
    CHECK(Date::parse_period("2016", E::start) == Date{2016, 1, 1});
    CHECK(Date::parse_period("2019", E::end) == Date{2019, 12, 31});
    CHECK(Date::parse_period("2024-02", E::start) == Date{2024, 2, 1});
    CHECK(Date::parse_period("2024-02", E::end) == Date{2024, 2, 29});
    CHECK(Date::parse_period("2023-02", E::end) == Date{2023, 2, 28});
    CHECK(Date::parse_period("2026-05-17", E::end) == Date{2026, 5, 17});
    CHECK_FALSE(Date::parse_period("2024-13", E::start));
    CHECK_FALSE(Date::parse_period("2024-00", E::end));
    CHECK_FALSE(Date::parse_period("0000", E::start));
    CHECK_FALSE(Date::parse_period("2016–2019", E::start));
    CHECK_FALSE(Date::parse_period("16", E::start));
    CHECK_FALSE(Date::parse_period("2024-2", E::start));
    CHECK(Date::looks_like_period("2019"));
    CHECK(Date::looks_like_period("2019-07"));
    CHECK_FALSE(Date::looks_like_period("2019-07-01"));
}
