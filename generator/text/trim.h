#pragma once
/// Blanks (spaces and tabs) trimmed from both ends of a text.

#include <string>
#include <string_view>

namespace portal::text {

/// `s` without the spaces and tabs at its ends; "" when it holds nothing else.
inline std::string trim_blanks(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace portal::text
