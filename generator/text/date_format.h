#pragma once
/// Localized dates at the precision the source gives (ICU date formatting in
/// GMT, so output never depends on the machine's time zone).
///
/// Patterns come from ICU's DateTimePatternGenerator skeletons — yMMMMd for a
/// day, yMMMM for a month, y for a year — so each language gets its own form
/// (ICU 72 / CLDR 42):
///   kk "2009 ж. 3 қазан",  "2009 ж. қазан",  "2009"
///   ru "3 октября 2009 г.", "октябрь 2009 г.", "2009"
///   tr "3 Ekim 2009",       "Ekim 2009",       "2009"
///   en "3 October 2009",    "October 2009",    "2009"   (British English: en_GB)
/// ICU puts a narrow no-break space (U+202F) before "ж." and "г.".
/// Years are meant to be 1–9999: ICU's Gregorian calendar has no year 0
/// (it would print as "1", meaning 1 BC) and uses the Julian calendar before 1582.
/// All functions are thread-safe: formatters are built once per language and
/// precision, and each thread formats with its own clone.

#include <string>
#include <string_view>

#include "text/date.h"

namespace portal::text {

/// `date` in language `lang` at the date's own precision (see above).
/// Throws std::runtime_error if ICU cannot build a formatter.
std::string format_date(const Date& date, std::string_view lang);

/// A span of dates. When both ends have the same precision, ICU's
/// DateIntervalFormat shares what they have in common: en "3–4 October 2009",
/// ru "3–4 октября 2009 г."; equal ends give a single date. Otherwise both are
/// formatted separately and joined with the language's fallback pattern
/// (an en dash; ICU 72's Kazakh pattern has a hyphen, which is replaced).
std::string format_date_span(const Date& from, const Date& to, std::string_view lang);

/// A year alone, for axis labels: never grouped ("2009", not "2 009").
std::string format_year(int year, std::string_view lang);

/// ISO 8601 timestamp at midnight UTC for feeds, with an unknown month or
/// day taken as 01: {2009, 10, 3} → "2009-10-03T00:00:00Z", {2009} → "2009-01-01T00:00:00Z".
std::string iso_datetime(const Date& date);

}  // namespace portal::text
