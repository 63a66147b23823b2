#include "text/shorten.h"

#include "text/trim.h"

namespace portal::text {

std::string shorten(std::string_view text, size_t max_chars) {
  std::string folded = fold_whitespace(text);
  size_t chars = 0, cut = std::string::npos;
  for (size_t i = 0; i < folded.size(); ++i) {
    if ((static_cast<unsigned char>(folded[i]) & 0xC0) == 0x80) continue;
    if (chars == max_chars) {
      cut = i;
      break;
    }
    ++chars;
  }
  if (cut == std::string::npos) return folded;
  size_t space_at = folded.rfind(' ', cut);
  if (space_at == std::string::npos || space_at == 0) space_at = cut;
  std::string out = folded.substr(0, space_at);
  while (!out.empty() && std::string_view(",;:-").find(out.back()) != std::string_view::npos) out.pop_back();
  return out + "…";
}

}  // namespace portal::text
