#pragma once
/// Centuries as readers of each language write them: Roman numerals in
/// Kazakh and Russian ("XI"), ordinals in Turkish ("11.") and English
/// ("11th"), both produced by ICU (numbering system "roman", and the
/// rule-based ordinal formatter); and the vague spans the sources give
/// (centuries, halves of a century, decades), recognised from their bounds.

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "text/date.h"

namespace portal::text {

/// The number of century `c` (1-based) in `lang`'s usual form.
std::string century_number(int century, std::string_view lang);

/// When [from, to] covers whole centuries exactly (year precision, from a year
/// ending in 01 to a year ending in 00, e.g. 901–1100), the first and last century.
std::optional<std::pair<int, int>> whole_centuries(const Date& from, const Date& to);

/// A span that a source states only vaguely, as a period rather than years.
struct VagueSpan {
  /// What the span is, in the words the sources use.
  enum class Kind { centuries, first_half, second_half, decade };
  Kind kind = Kind::centuries;
  int first = 0;  ///< the (first) century, 1-based; for a decade, its first year (1930)
  int last = 0;   ///< the last century (== first for one century or a half); for a decade, == first
};

/// The vague period [from, to] stands for, when its bounds are exactly one:
/// whole centuries (901–1100), a half of a century (1851–1900, 1901–1950) or a
/// decade (1930–1939). Only year-precision bounds qualify; anything else is a
/// span of dates and is shown as such.
std::optional<VagueSpan> vague_span(const Date& from, const Date& to);

}  // namespace portal::text
