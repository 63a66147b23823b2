#pragma once
/// The first and last page of a printed page range.

#include <string_view>

namespace portal::text {

/// "425–448", "425—448" or "425-448" split at the dash; `last` is empty when
/// the value is not a range ("12"). The parts are as printed, untrimmed.
struct PageRange {
  std::string_view first;
  std::string_view last;
};

inline PageRange page_range(std::string_view pages) {
  for (std::string_view dash : {"–", "—", "-"}) {
    if (size_t at = pages.find(dash); at != std::string_view::npos) return {pages.substr(0, at), pages.substr(at + dash.size())};
  }
  return {pages, {}};
}

}  // namespace portal::text
