#include <catch2/catch.hpp>

#include "text/century.h"

using portal::text::century_number;
using portal::text::parse_date;
using portal::text::whole_centuries;

TEST_CASE("centuries: Roman numerals in Kazakh and Russian, ordinals in Turkish and English", "[text][century]") {
  CHECK(century_number(11, "kk") == "XI");
  CHECK(century_number(19, "ru") == "XIX");
  CHECK(century_number(10, "tr") == "10.");
  CHECK(century_number(10, "en") == "10th");
  CHECK(century_number(21, "en") == "21st");
  CHECK(century_number(2, "en") == "2nd");
}

TEST_CASE("centuries: only spans of whole centuries read as centuries", "[text][century]") {
  auto span = [](const char* a, const char* b) { return whole_centuries(*parse_date(a), *parse_date(b)); };
  CHECK(span("0901", "1100") == std::make_pair(10, 11));
  CHECK(span("1701", "1800") == std::make_pair(18, 18));
  CHECK_FALSE(span("1851", "1900"));      // the second half of a century is a span of years
  CHECK_FALSE(span("1901-01", "2000"));   // a month is more precise than a century
  CHECK_FALSE(span("1901", "1901"));
}
