#include "values/date.hpp"

#include <ctime>

#include <fmt/format.h>

namespace sieg::values {

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (m < 1 || m > 12 || d < 1) return false;
  static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= month_days[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::optional<Date> parse_date(std::string_view s) {
  if (!is_date(s)) return std::nullopt;
  auto num = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  return Date{num(0, 4), num(5, 2), num(8, 2)};
}

std::string to_string(const Date& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

// Howard Hinnant's days_from_civil / civil_from_days.
long days(const Date& d) {
  int y = d.year - (d.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

Date add_months(const Date& d, int months) {
  int total = d.year * 12 + (d.month - 1) + months;
  Date r{total / 12, total % 12 + 1, d.day};
  static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (r.year % 4 == 0 && r.year % 100 != 0) || r.year % 400 == 0;
  int last = len[r.month - 1] + (r.month == 2 && leap ? 1 : 0);
  if (r.day > last) r.day = last;
  return r;
}

Date period_end(const Date& start, int months) { return from_days(days(add_months(start, months)) - 1); }

Date paris_date(std::time_t t) {
  long day = static_cast<long>(t / 86400 - (t % 86400 < 0 ? 1 : 0));
  long seconds = static_cast<long>(t - static_cast<std::time_t>(day) * 86400);
  Date utc = from_days(day);
  // Last Sunday of a month of the UTC year; 1970-01-01 was a Thursday (days(d) % 7 == 0 -> Thursday).
  auto last_sunday = [&](int month) {
    Date end = from_days(days(add_months(Date{utc.year, month, 1}, 1)) - 1);
    long n = days(end);
    long weekday = ((n % 7) + 7 + 4) % 7;  // 0 = Sunday
    return n - weekday;
  };
  long summer_start = last_sunday(3), summer_end = last_sunday(10);  // at 01:00 UTC
  bool summer = (day > summer_start || (day == summer_start && seconds >= 3600)) &&
                (day < summer_end || (day == summer_end && seconds < 3600));
  long local = seconds + (summer ? 7200 : 3600);
  return from_days(day + local / 86400);
}

Date today_paris() { return paris_date(std::time(nullptr)); }

} // namespace sieg::values
