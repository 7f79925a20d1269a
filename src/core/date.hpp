#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace medvirk {

// A calendar date (proleptic Gregorian). Only real dates can be constructed through parse().
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    auto operator<=>(const Date&) const = default;

    // Strict ISO 8601 "YYYY-MM-DD"; nullopt for any other shape or an impossible date (2025-02-30).
    static std::optional<Date> parse(std::string_view s);
    // True when s has the shape YYYY-MM-DD, whether or not the date exists.
    static bool looks_like_date(std::string_view s);
    // Today's date in the local time zone.
    static Date today();

    std::string str() const;
};

int days_in_month(int year, int month);

}  // namespace medvirk
