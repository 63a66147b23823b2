#include "text/nearest.h"

#include <algorithm>
#include <numeric>

#include "text/slug.h"

namespace portal::text {

// Written by hand: neither ICU nor the chosen libraries offer an edit distance,
// and it is a dozen lines.
size_t edit_distance(std::string_view a, std::string_view b) {
  const size_t n = a.size(), m = b.size();
  std::vector<size_t> two_back(m + 1), prev(m + 1), cur(m + 1);
  std::iota(prev.begin(), prev.end(), size_t{0});
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], two_back[j - 2] + 1);
    }
    std::swap(two_back, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

std::vector<std::string> nearest(std::string_view wrong, const std::vector<std::string>& known, size_t max) {
  std::string w = slugify(wrong);
  std::vector<std::pair<size_t, size_t>> scored;  // (distance, index in known)
  for (size_t i = 0; i < known.size(); ++i) {
    std::string k = slugify(known[i]);
    size_t limit = std::clamp<size_t>(std::max(w.size(), k.size()) / 3, 1, 3);
    // Lengths apart by more than the limit cannot be within it.
    if ((w.size() > k.size() ? w.size() - k.size() : k.size() - w.size()) > limit) continue;
    size_t d = edit_distance(w, k);
    if (d <= limit && known[i] != wrong) scored.push_back({d, i});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (const auto& [d, i] : scored) {
    if (out.size() == max) break;
    out.push_back(known[i]);
  }
  return out;
}

std::string did_you_mean(const std::vector<std::string>& names, std::string_view prefix) {
  if (names.empty()) return "";
  std::string out = "did you mean ";
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += '\'';
    out += prefix;
    out += names[i];
    out += '\'';
  }
  out += '?';
  return out;
}

}  // namespace portal::text
