#include "text/date.h"

#include <fmt/format.h>

namespace portal::text {

namespace {

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

}  // namespace

std::string Date::iso() const {
  if (day) return fmt::format("{:04}-{:02}-{:02}", year, month, day);
  if (month) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}", year);
}

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  Date d;
  if (!digits(s.substr(0, 4))) return std::nullopt;
  d.year = to_int(s.substr(0, 4));
  if (s.size() >= 7) {
    if (s[4] != '-' || !digits(s.substr(5, 2))) return std::nullopt;
    d.month = to_int(s.substr(5, 2));
    if (d.month < 1 || d.month > 12) return std::nullopt;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !digits(s.substr(8, 2))) return std::nullopt;
    d.day = to_int(s.substr(8, 2));
    if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
  }
  return d;
}

}  // namespace portal::text
