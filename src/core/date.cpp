#include "core/date.hpp"

#include <fmt/format.h>

#include <cctype>
#include <ctime>

namespace medvirk {

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool Date::looks_like_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

std::optional<Date> Date::parse(std::string_view s) {
    if (!looks_like_date(s)) return std::nullopt;
    auto num = [&](size_t from, size_t len) {
        int v = 0;
        for (size_t i = from; i < from + len; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    Date d{num(0, 4), num(5, 2), num(8, 2)};
    if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 ||
        d.day > days_in_month(d.year, d.month))
        return std::nullopt;
    return d;
}

bool Date::looks_like_period(std::string_view s) {
    auto digits = [&](size_t from, size_t len) {
        for (size_t i = from; i < from + len; ++i)
            if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
        return true;
    };
    if (s.size() == 4) return digits(0, 4);
    return s.size() == 7 && s[4] == '-' && digits(0, 4) && digits(5, 2);
}

std::optional<Date> Date::parse_period(std::string_view s, Edge edge) {
    if (looks_like_date(s)) return parse(s);
    if (!looks_like_period(s)) return std::nullopt;
    int year = 0;
    for (size_t i = 0; i < 4; ++i) year = year * 10 + (s[i] - '0');
    int month = 0;
    if (s.size() == 7) month = (s[5] - '0') * 10 + (s[6] - '0');
    if (year < 1 || month > 12 || (s.size() == 7 && month < 1)) return std::nullopt;
    if (edge == Edge::start) return Date{year, month ? month : 1, 1};
    int m = month ? month : 12;
    return Date{year, m, days_in_month(year, m)};
}

Date Date::today() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::string Date::str() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

}  // namespace medvirk
