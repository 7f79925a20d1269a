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
    // A date or a period: "YYYY-MM-DD", "YYYY-MM" or "YYYY". A period is read at its first day
    // (`Edge::start`, e.g. an approval) or its last day (`Edge::end`, e.g. a review due), so that
    // a document dated "2016" to "2019" is approved 2016-01-01 and due for review 2019-12-31.
    enum class Edge { start, end };
    static std::optional<Date> parse_period(std::string_view s, Edge edge);
    // True when s has the shape of a period: YYYY or YYYY-MM.
    static bool looks_like_period(std::string_view s);
    // Today's date in the local time zone.
    static Date today();

    std::string str() const;
};

int days_in_month(int year, int month);

}  // namespace medvirk
