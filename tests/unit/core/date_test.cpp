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
