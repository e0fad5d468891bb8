// Calendar dates (proleptic Gregorian), for deadlines and project periods.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <ctime>

namespace sieg::values {

struct Date {
  int year = 0, month = 0, day = 0;
};

// Its fields, for resources/archive.hpp.
template <typename A>
void fields(A& a, Date& d) {
  a(d.year);
  a(d.month);
  a(d.day);
}

bool is_date(std::string_view s);                        // RFC 3339 full-date, a day that exists
std::optional<Date> parse_date(std::string_view iso);  // "2015-05-29", a day that exists
std::string to_string(const Date& d);                   // "2015-05-29"
long days(const Date& d);                               // days since 1970-01-01
Date from_days(long n);
// The same day `months` later, clamped to the end of a shorter month (2015-01-31 + 1 = 2015-02-28).
Date add_months(const Date& d, int months);
// Last day of a period of `months` months that starts on `start` (2015-09-01, 12 -> 2016-08-31).
Date period_end(const Date& start, int months);
// The calendar day at instant `t` in Europe/Paris, the regions' time zone (CET, CEST from the last
// Sunday of March to the last Sunday of October, changing at 01:00 UTC).
Date paris_date(std::time_t t);
Date today_paris();  // paris_date(now)

inline bool operator<(const Date& a, const Date& b) { return days(a) < days(b); }
inline bool operator<=(const Date& a, const Date& b) { return days(a) <= days(b); }

} // namespace sieg::values
