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

TEST_CASE("vague spans: centuries, halves of a century and decades, recognised from their bounds", "[text][century]") {
  using portal::text::vague_span;
  using Kind = portal::text::VagueSpan::Kind;
  auto span = [](const char* a, const char* b) { return vague_span(*parse_date(a), *parse_date(b)); };
  auto is = [&](const char* a, const char* b, Kind k, int first, int last) {
    auto v = span(a, b);
    INFO(a << "–" << b);
    REQUIRE(v);
    CHECK(v->kind == k);
    CHECK(v->first == first);
    CHECK(v->last == last);
  };
  is("0901", "1100", Kind::centuries, 10, 11);
  is("1701", "1800", Kind::centuries, 18, 18);
  is("1851", "1900", Kind::second_half, 19, 19);
  is("1901", "1950", Kind::first_half, 20, 20);
  is("1930", "1939", Kind::decade, 1930, 1930);
  is("2000", "2009", Kind::decade, 2000, 2000);
  CHECK_FALSE(span("1992", "1999"));     // years the source states
  CHECK_FALSE(span("1930", "1940"));     // eleven years are not a decade
  CHECK_FALSE(span("1851", "1901"));
  CHECK_FALSE(span("1930-01", "1939"));  // a month is a date, not a period
  CHECK_FALSE(span("1939", "1930"));     // backwards
  CHECK_FALSE(span("1930", "1930"));
}
