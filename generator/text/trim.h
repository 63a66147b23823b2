#pragma once
/// Blanks (spaces and tabs) trimmed from both ends of a text; whitespace runs
/// folded to one space.

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

/// `s` with every run of spaces, tabs and line ends made one space, and none at its ends.
inline std::string fold_whitespace(std::string_view s) {
  std::string folded;
  folded.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !folded.empty();
      continue;
    }
    if (space) folded += ' ';
    space = false;
    folded += c;
  }
  return folded;
}

}  // namespace portal::text
