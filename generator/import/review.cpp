#include "import/review.h"

#include <array>

#include <fmt/format.h>

namespace portal::import {

namespace {

/// Each kind's heading in the review file, in the order they are listed.
constexpr std::array<std::pair<ReviewKind, const char*>, 8> kSections{{
    {ReviewKind::missing, "Not found in the source (left out of the draft)"},
    {ReviewKind::found, "Found: confirm"},
    {ReviewKind::heading, "Headings guessed from the line's shape"},
    {ReviewKind::citation, "Citations without a reference entry"},
    {ReviewKind::figure, "Figures and tables"},
    {ReviewKind::hyphen, "Line-end hyphens decided without evidence"},
    {ReviewKind::look_alike, "Look-alike letters"},
    {ReviewKind::stray, "Lines not placed in the draft"},
}};

}  // namespace

std::string format_review(const ReviewList& list, const std::string& source_path, const std::string& paper_path) {
  std::string out = fmt::format("# Review: {}\n\nImported from `{}`. Work through each item, edit the paper file, "
                                "then delete this file.\n",
                                paper_path, source_path);
  for (const auto& [kind, title] : kSections) {
    size_t n = 0;
    for (const auto& item : list.items) n += item.kind == kind;
    if (n == 0) continue;
    out += fmt::format("\n## {} ({})\n\n", title, n);
    for (const auto& item : list.items) {
      if (item.kind != kind) continue;
      if (item.place.line > 0)
        out += fmt::format("- {}: {}\n", describe(item.place), item.message);
      else
        out += fmt::format("- {}\n", item.message);
    }
  }
  return out;
}

}  // namespace portal::import
