#pragma once
/// A calendar date at the precision its source gives: a year, a month or a day.
/// Dates in content are written YYYY, YYYY-MM or YYYY-MM-DD; `month` and `day`
/// are 0 when the source does not state them.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace portal::text {

enum class DatePrecision { year, month, day };

struct Date {
  int year = 0;
  int month = 0;  ///< 1–12, or 0 when only the year is known
  int day = 0;    ///< 1–31, or 0 when the day is not known

  DatePrecision precision() const {
    return day ? DatePrecision::day : month ? DatePrecision::month : DatePrecision::year;
  }
  /// ISO form at the date's own precision: "2009", "2009-10", "2009-10-03".
  std::string iso() const;
  /// Chronological order; a less precise date sorts before a more precise one in the same period.
  auto operator<=>(const Date&) const = default;
};

/// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real calendar check
/// (no 2023-02-29). Returns nullopt for anything else.
std::optional<Date> parse_date(std::string_view s);

}  // namespace portal::text
