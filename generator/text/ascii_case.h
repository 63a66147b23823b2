#pragma once
/// ASCII lower-casing, for names that are ASCII by definition (URL schemes,
/// file extensions, footnote labels as cmark-gfm matches them). Letters
/// outside A–Z are left as they are; language-aware case mapping is in
/// text/case_map.h.

#include <string>
#include <string_view>

namespace portal::text {

/// `s` with A–Z made a–z and every other byte unchanged.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace portal::text
