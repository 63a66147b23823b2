// text/date.h: content dates at the precision their source gives.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "text/date.h"

using portal::text::Date;
using portal::text::DatePrecision;
using portal::text::parse_date;

TEST_CASE("dates: YYYY, YYYY-MM and YYYY-MM-DD", "[date]") {
  auto y = parse_date("2009");
  REQUIRE(y);
  CHECK(y->year == 2009);
  CHECK(y->month == 0);
  CHECK(y->day == 0);
  CHECK(y->precision() == DatePrecision::year);
  CHECK(y->iso() == "2009");

  auto m = parse_date("2024-09");
  REQUIRE(m);
  CHECK(m->year == 2024);
  CHECK(m->month == 9);
  CHECK(m->day == 0);
  CHECK(m->precision() == DatePrecision::month);
  CHECK(m->iso() == "2024-09");

  auto d = parse_date("2009-10-03");
  REQUIRE(d);
  CHECK(d->year == 2009);
  CHECK(d->month == 10);
  CHECK(d->day == 3);
  CHECK(d->precision() == DatePrecision::day);
  CHECK(d->iso() == "2009-10-03");

  CHECK(parse_date("0990")->iso() == "0990");
  CHECK(parse_date("1991-12-31")->iso() == "1991-12-31");
  CHECK(parse_date("2000-01-01")->iso() == "2000-01-01");
}

TEST_CASE("dates: February 29 only in leap years", "[date]") {
  CHECK(parse_date("2024-02-29"));  // divisible by 4
  CHECK(parse_date("2000-02-29"));  // divisible by 400
  CHECK(parse_date("1996-02-29"));
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK_FALSE(parse_date("1900-02-29"));  // divisible by 100, not by 400
  CHECK_FALSE(parse_date("2100-02-29"));
  CHECK_FALSE(parse_date("2024-02-30"));
  CHECK(parse_date("2023-02-28"));
}

TEST_CASE("dates: the length of every month", "[date]") {
  const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int m = 1; m <= 12; ++m) {
    auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
    std::string ok = "2023-" + two(m) + "-" + two(days[m - 1]);
    std::string bad = "2023-" + two(m) + "-" + two(days[m - 1] + 1);
    INFO(ok << " / " << bad);
    CHECK(parse_date(ok));
    CHECK_FALSE(parse_date(bad));
  }
}

TEST_CASE("dates: garbage is rejected", "[date]") {
  for (const char* s : {"", "2", "20", "209", "20091", "2009-", "2009-1", "2009-1-1", "2009-01-1", "2009-00",
                        "2009-13", "2009-01-00", "2009-01-32", "2009/10/03", "03.10.2009", "2009-10-03T00:00",
                        " 2009", "2009 ", "2009-10-03 ", "abcd", "20a9", "2009-1a", "2009-10-0x", "-2009",
                        "+2009", "2009--1", "10-03-2009", "2009-10-03-01", "next year", "２００９"}) {
    INFO("'" << s << "'");
    CHECK_FALSE(parse_date(s));
  }
}

TEST_CASE("dates: chronological order, a less precise date first within its period", "[date]") {
  std::vector<Date> v = {*parse_date("2009-10-03"), *parse_date("2009"), *parse_date("1991-12-16"),
                         *parse_date("2009-10"), *parse_date("2010"), *parse_date("2009-02-01")};
  std::sort(v.begin(), v.end());
  std::vector<std::string> iso;
  for (const auto& d : v) iso.push_back(d.iso());
  CHECK(iso == std::vector<std::string>{"1991-12-16", "2009", "2009-02-01", "2009-10", "2009-10-03", "2010"});
  CHECK(*parse_date("2009-10-03") == *parse_date("2009-10-03"));
  CHECK(*parse_date("2009-10") != *parse_date("2009-10-01"));
}
