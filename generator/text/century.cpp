#include "text/century.h"

#include <memory>

#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace portal::text {

std::string century_number(int century, std::string_view lang) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::NumberFormat> fmt;
  if (lang == "kk" || lang == "ru") {
    fmt.reset(icu::NumberFormat::createInstance(icu::Locale((std::string(lang) + "@numbers=roman").c_str()), status));
  } else {
    fmt = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_ORDINAL, icu::Locale(std::string(lang).c_str()), status);
  }
  if (U_FAILURE(status) || !fmt) return std::to_string(century);
  icu::UnicodeString out;
  fmt->format(static_cast<int32_t>(century), out);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

std::optional<std::pair<int, int>> whole_centuries(const Date& from, const Date& to) {
  if (from.month || to.month || from.year % 100 != 1 || to.year % 100 != 0 || to.year <= from.year) return std::nullopt;
  return std::make_pair(from.year / 100 + 1, to.year / 100);
}

std::optional<VagueSpan> vague_span(const Date& from, const Date& to) {
  if (from.month || to.month || from.year < 1 || to.year <= from.year) return std::nullopt;
  if (auto c = whole_centuries(from, to)) return VagueSpan{VagueSpan::Kind::centuries, c->first, c->second};
  const int century = (from.year - 1) / 100 + 1;
  if (from.year % 100 == 1 && to.year == from.year + 49)
    return VagueSpan{VagueSpan::Kind::first_half, century, century};
  if (from.year % 100 == 51 && to.year == from.year + 49)
    return VagueSpan{VagueSpan::Kind::second_half, century, century};
  if (from.year % 10 == 0 && to.year == from.year + 9) return VagueSpan{VagueSpan::Kind::decade, from.year, from.year};
  return std::nullopt;
}

}  // namespace portal::text
