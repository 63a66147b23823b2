#include "text/date_format.h"

#include "text/locale.h"

#include <fmt/format.h>
#include <unicode/dtitvfmt.h>
#include <unicode/dtitvinf.h>
#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace portal::text {

namespace {

enum class Kind { date, interval };

/// British English for "en" ("3 October 2009", "14–15 March 1991").
icu::Locale date_locale(std::string_view lang) { return portal_locale(lang); }

[[noreturn]] void fail(const std::string& what, UErrorCode status) {
  throw std::runtime_error("date formatting (" + what + "): " + u_errorName(status));
}

const char* skeleton(DatePrecision p) {
  switch (p) {
    case DatePrecision::day: return "yMMMMd";
    case DatePrecision::month: return "yMMMM";
    case DatePrecision::year: break;
  }
  return "y";
}

/// Builds the formatter for one (language, precision, kind): the expensive step.
std::unique_ptr<icu::Format> build(const std::string& lang, DatePrecision p, Kind kind) {
  const icu::Locale locale = date_locale(lang);
  const icu::UnicodeString sk(skeleton(p));
  UErrorCode status = U_ZERO_ERROR;
  if (kind == Kind::interval) {
    std::unique_ptr<icu::DateIntervalFormat> f(icu::DateIntervalFormat::createInstance(sk, locale, status));
    if (U_FAILURE(status) || !f) fail(lang + " interval", status);
    f->setTimeZone(*icu::TimeZone::getGMT());
    return f;
  }
  std::unique_ptr<icu::DateTimePatternGenerator> gen(
      icu::DateTimePatternGenerator::createInstance(locale, status));
  if (U_FAILURE(status)) fail(lang + " pattern generator", status);
  const icu::UnicodeString pattern = gen->getBestPattern(sk, status);
  auto f = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
  if (U_FAILURE(status)) fail(lang + " pattern", status);
  f->setTimeZone(*icu::TimeZone::getGMT());
  return f;
}

using Key = std::string;  // "lang/precision/kind"

/// This thread's formatter, cloned from a prototype that is built once for
/// all threads. ICU formatters may change internal state while formatting, so
/// they are never shared between threads.
const icu::Format& formatter(std::string_view lang, DatePrecision p, Kind kind) {
  thread_local std::map<Key, std::unique_ptr<icu::Format>> mine;
  const Key key = fmt::format("{}/{}/{}", lang, static_cast<int>(p), static_cast<int>(kind));
  auto it = mine.find(key);
  if (it != mine.end()) return *it->second;

  static std::mutex mutex;
  static std::map<Key, std::unique_ptr<icu::Format>> prototypes;
  std::unique_ptr<icu::Format> copy;
  {
    std::lock_guard lock(mutex);
    auto& proto = prototypes[key];
    if (!proto) proto = build(std::string(lang), p, kind);
    copy.reset(proto->clone());
  }
  return *mine.emplace(key, std::move(copy)).first->second;
}

/// The instant (midnight GMT) whose calendar fields are the date's, with an
/// unknown month or day taken as the first.
UDate to_udate(const Date& d) {
  thread_local std::unique_ptr<icu::GregorianCalendar> cal;
  UErrorCode status = U_ZERO_ERROR;
  if (!cal) {
    cal = std::make_unique<icu::GregorianCalendar>(*icu::TimeZone::getGMT(), status);
    if (U_FAILURE(status)) fail("calendar", status);
  }
  cal->clear();
  cal->set(d.year, d.month ? d.month - 1 : 0, d.day ? d.day : 1);
  const UDate t = cal->getTime(status);
  if (U_FAILURE(status)) fail("calendar", status);
  return t;
}

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

/// ICU's "{0} – {1}" for the language, with an ASCII hyphen made an en dash.
std::string fallback_pattern(std::string_view lang) {
  thread_local std::map<std::string, std::string, std::less<>> cache;
  if (auto it = cache.find(lang); it != cache.end()) return it->second;
  UErrorCode status = U_ZERO_ERROR;
  icu::DateIntervalInfo info(date_locale(lang), status);
  icu::UnicodeString pattern;
  info.getFallbackIntervalPattern(pattern);
  if (U_FAILURE(status) || pattern.indexOf(u"{0}") < 0 || pattern.indexOf(u"{1}") < 0)
    pattern = u"{0} – {1}";
  pattern.findAndReplace(u" - ", u" – ");
  return cache[std::string(lang)] = utf8(pattern);
}

}  // namespace

std::string format_date(const Date& date, std::string_view lang) {
  const auto& f = dynamic_cast<const icu::DateFormat&>(formatter(lang, date.precision(), Kind::date));
  icu::UnicodeString out;
  f.format(to_udate(date), out);
  return utf8(out);
}

std::string format_date_span(const Date& from, const Date& to, std::string_view lang) {
  if (from.precision() != to.precision()) {
    std::string out = fallback_pattern(lang);
    const std::string a = format_date(from, lang), b = format_date(to, lang);
    out.replace(out.find("{0}"), 3, a);
    out.replace(out.find("{1}"), 3, b);
    return out;
  }
  const auto& f = dynamic_cast<const icu::DateIntervalFormat&>(
      formatter(lang, from.precision(), Kind::interval));
  const icu::DateInterval interval(to_udate(from), to_udate(to));
  icu::UnicodeString out;
  icu::FieldPosition pos;
  UErrorCode status = U_ZERO_ERROR;
  f.format(&interval, out, pos, status);
  if (U_FAILURE(status)) fail(std::string(lang) + " interval", status);
  return utf8(out);
}

std::string format_year(int year, std::string_view lang) {
  return format_date(Date{year, 0, 0}, lang);
}

std::string iso_datetime(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}T00:00:00Z", date.year, date.month ? date.month : 1,
                     date.day ? date.day : 1);
}

}  // namespace portal::text
