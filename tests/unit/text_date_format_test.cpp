#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "text/date_format.h"

using namespace portal::text;

// ICU 72 writes a narrow no-break space before the Kazakh "ж." and Russian "г.",
// and thin spaces around the dash of English and Turkish spans.
#define NNBSP "\u202F"
#define THIN "\u2009"

namespace {
const Date day{2009, 10, 3}, month{2009, 10, 0}, year{2009, 0, 0};
}

TEST_CASE("format_date: Kazakh") {
  CHECK(format_date(day, "kk") == "2009" NNBSP "ж. 3 қазан");
  CHECK(format_date(month, "kk") == "2009" NNBSP "ж. қазан");
  CHECK(format_date(year, "kk") == "2009");
  CHECK(format_date({1991, 12, 16}, "kk") == "1991" NNBSP "ж. 16 желтоқсан");
  CHECK(format_date({2024, 4, 0}, "kk") == "2024" NNBSP "ж. сәуір");
}

TEST_CASE("format_date: Russian uses the genitive with a day, the nominative without") {
  CHECK(format_date(day, "ru") == "3 октября 2009" NNBSP "г.");
  CHECK(format_date(month, "ru") == "октябрь 2009" NNBSP "г.");
  CHECK(format_date(year, "ru") == "2009");
  CHECK(format_date({2024, 5, 9}, "ru") == "9 мая 2024" NNBSP "г.");
  CHECK(format_date({2024, 5, 0}, "ru") == "май 2024" NNBSP "г.");
}

TEST_CASE("format_date: Turkish") {
  CHECK(format_date(day, "tr") == "3 Ekim 2009");
  CHECK(format_date(month, "tr") == "Ekim 2009");
  CHECK(format_date(year, "tr") == "2009");
  CHECK(format_date({1991, 12, 16}, "tr") == "16 Aralık 1991");
  CHECK(format_date({2024, 2, 0}, "tr") == "Şubat 2024");
}

TEST_CASE("format_date: English is British (en_GB): day, month, year") {
  CHECK(format_date(day, "en") == "3 October 2009");
  CHECK(format_date(month, "en") == "October 2009");
  CHECK(format_date(year, "en") == "2009");
  CHECK(format_date({2024, 5, 9}, "en") == "9 May 2024");
  CHECK(format_date({1991, 12, 16}, "en") == "16 December 1991");
}

TEST_CASE("format_date does not depend on the machine's time zone") {
  const char* old = std::getenv("TZ");
  const std::string saved = old ? old : "";
  setenv("TZ", "Pacific/Kiritimati", 1);  // UTC+14
  CHECK(format_date({2009, 1, 1}, "en") == "1 January 2009");
  setenv("TZ", "Pacific/Pago_Pago", 1);  // UTC-11
  CHECK(format_date({2009, 12, 31}, "en") == "31 December 2009");
  if (old) setenv("TZ", saved.c_str(), 1);
  else unsetenv("TZ");
}

TEST_CASE("format_date_span with equal precision shares the common part") {
  CHECK(format_date_span({2009, 10, 3}, {2009, 10, 4}, "kk") == "2009" NNBSP "ж. 3–4 қазан");
  CHECK(format_date_span({2009, 10, 3}, {2009, 10, 4}, "ru") == "3–4 октября 2009" NNBSP "г.");
  CHECK(format_date_span({2009, 10, 3}, {2009, 10, 4}, "tr") == "3–4 Ekim 2009");
  CHECK(format_date_span({2009, 10, 3}, {2009, 10, 4}, "en") == "3–4 October 2009");
  CHECK(format_date_span({1991, 3, 14}, {1991, 3, 15}, "en") == "14–15 March 1991");
  CHECK(format_date_span({2009, 10, 3}, {2009, 11, 4}, "ru") == "3 октября – 4 ноября 2009" NNBSP "г.");
  CHECK(format_date_span({2009, 10, 0}, {2010, 2, 0}, "kk") ==
        "2009" NNBSP "ж. қазан – 2010" NNBSP "ж. ақпан");
  CHECK(format_date_span({2009, 10, 0}, {2009, 11, 0}, "ru") == "октябрь – ноябрь 2009" NNBSP "г.");
  CHECK(format_date_span({1990, 0, 0}, {2000, 0, 0}, "tr") == "1990–2000");
  CHECK(format_date_span({1990, 0, 0}, {2000, 0, 0}, "en") == "1990–2000");
  CHECK(format_date_span(day, day, "tr") == "3 Ekim 2009");
}

TEST_CASE("format_date_span with different precisions joins two dates with an en dash") {
  CHECK(format_date_span(month, {2009, 10, 4}, "kk") == "2009" NNBSP "ж. қазан – 2009" NNBSP "ж. 4 қазан");
  CHECK(format_date_span(month, {2009, 10, 4}, "ru") == "октябрь 2009" NNBSP "г. – 4 октября 2009" NNBSP "г.");
  CHECK(format_date_span(year, {2010, 3, 0}, "tr") == "2009" THIN "–" THIN "Mart 2010");
  CHECK(format_date_span(year, {2010, 3, 0}, "en") == "2009" THIN "–" THIN "March 2010");
}

TEST_CASE("format_year never groups digits") {
  for (const char* lang : {"kk", "ru", "tr", "en"}) {
    CHECK(format_year(2009, lang) == "2009");
    CHECK(format_year(1991, lang) == "1991");
  }
}

TEST_CASE("iso_datetime fills an unknown month or day with 01") {
  CHECK(iso_datetime(day) == "2009-10-03T00:00:00Z");
  CHECK(iso_datetime(month) == "2009-10-01T00:00:00Z");
  CHECK(iso_datetime(year) == "2009-01-01T00:00:00Z");
  CHECK(iso_datetime({995, 0, 0}) == "0995-01-01T00:00:00Z");
}

TEST_CASE("format_date and format_date_span give the same results from many threads") {
  const std::vector<Date> dates = {day, month, year, {2024, 5, 9}};
  const std::vector<std::string> langs = {"kk", "ru", "tr", "en"};
  std::vector<std::string> expected;
  for (const auto& l : langs)
    for (const auto& d : dates) {
      expected.push_back(format_date(d, l));
      expected.push_back(format_date_span(d, {2025, 1, 1}, l));
    }
  std::vector<int> failures(8, 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < failures.size(); ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        size_t i = 0;
        for (const auto& l : langs)
          for (const auto& d : dates) {
            if (format_date(d, l) != expected[i++]) ++failures[t];
            if (format_date_span(d, {2025, 1, 1}, l) != expected[i++]) ++failures[t];
          }
      }
    });
  for (auto& th : threads) th.join();
  for (int f : failures) CHECK(f == 0);
}
