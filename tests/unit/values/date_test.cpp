// lib/values/date: calendar arithmetic and today in Europe/Paris.
#include <doctest/doctest.h>

#include <ctime>

#include "values/date.hpp"

using namespace sieg;
using values::Date;

TEST_CASE("dates: periods and month arithmetic") {
  using values::Date;
  CHECK(values::to_string(values::period_end(Date{2015, 9, 1}, 12)) == "2016-08-31");
  CHECK(values::to_string(values::add_months(Date{2015, 1, 31}, 1)) == "2015-02-28");
  CHECK(values::to_string(values::add_months(Date{2016, 1, 31}, 1)) == "2016-02-29");
  CHECK(values::to_string(values::period_end(Date{2018, 9, 1}, 24)) == "2020-08-31");
  CHECK(values::to_string(values::from_days(values::days(Date{2000, 2, 29}))) == "2000-02-29");
  CHECK_FALSE(values::parse_date("2015-02-29").has_value());
}

TEST_CASE("today is the day in Europe/Paris: CET in winter, CEST from the last Sunday of March") {
  auto at = [](int y, int mo, int d, int h, int mi) {
    return static_cast<std::time_t>(values::days(values::Date{y, mo, d})) * 86400 + h * 3600 + mi * 60;
  };
  // 2015-12-31 23:30 UTC is already 2016-01-01 in Paris (UTC+1).
  CHECK(values::to_string(values::paris_date(at(2015, 12, 31, 23, 30))) == "2016-01-01");
  CHECK(values::to_string(values::paris_date(at(2015, 12, 31, 22, 59))) == "2015-12-31");
  // Summer (UTC+2): 22:30 UTC on 2015-05-29 is 00:30 on the 30th; winter: still the 29th... of November.
  CHECK(values::to_string(values::paris_date(at(2015, 5, 29, 22, 30))) == "2015-05-30");
  CHECK(values::to_string(values::paris_date(at(2015, 11, 29, 22, 30))) == "2015-11-29");
  // The changes: 2015-03-29 01:00 UTC (CEST starts), 2015-10-25 01:00 UTC (CEST ends).
  CHECK(values::to_string(values::paris_date(at(2015, 3, 28, 22, 30))) == "2015-03-28");  // 23:30 CET
  CHECK(values::to_string(values::paris_date(at(2015, 3, 29, 22, 30))) == "2015-03-30");  // 00:30 CEST
  CHECK(values::to_string(values::paris_date(at(2015, 10, 24, 22, 30))) == "2015-10-25");  // 00:30 CEST
  CHECK(values::to_string(values::paris_date(at(2015, 10, 25, 22, 30))) == "2015-10-25");  // 23:30 CET
}
