#pragma once
/// "Did you mean": the known names nearest to a mistyped one, by edit distance
/// over their slugs, so that case and script do not count (`Soft-Power`,
/// `софт-power` and `soft-powr` are all near `soft-power`).

#include <string>
#include <string_view>
#include <vector>

namespace portal::text {

/// Optimal string alignment distance (Damerau–Levenshtein: insertions,
/// deletions, substitutions and swaps of neighbours) between two byte strings.
size_t edit_distance(std::string_view a, std::string_view b);

/// Up to `max` of `known` nearest to `wrong`, nearest first (ties in the order
/// of `known`); only those close enough to be a typo (distance at most a third
/// of the longer slug, and at least 1 allowed, at most 3).
std::vector<std::string> nearest(std::string_view wrong, const std::vector<std::string>& known, size_t max = 3);

/// "did you mean 'a'?" / "did you mean 'a' or 'b'?" / "" for none.
std::string did_you_mean(const std::vector<std::string>& names, std::string_view prefix = "");

}  // namespace portal::text
