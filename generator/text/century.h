#pragma once
/// Centuries as readers of each language write them: Roman numerals in
/// Kazakh and Russian ("XI"), ordinals in Turkish ("11.") and English
/// ("11th"), both produced by ICU (numbering system "roman", and the
/// rule-based ordinal formatter).

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

}  // namespace portal::text
