#include "link/source_pos.h"

#include <algorithm>

namespace portal {

SourcePos offset_pos(const SourcePos& base, std::string_view text, size_t offset) {
  SourcePos p = base;
  offset = std::min(offset, text.size());
  p.line += static_cast<int>(std::count(text.data(), text.data() + offset, '\n'));
  size_t nl = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
  int col = 1;
  for (size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  p.col = p.line == base.line ? base.col + col - 1 : col;
  return p;
}

size_t offset_of(std::string_view text, int first_line, const SourcePos& pos) {
  size_t at = 0;
  for (int l = first_line; l < pos.line && at != std::string_view::npos; ++l) {
    at = text.find('\n', at);
    if (at != std::string_view::npos) ++at;
  }
  if (at == std::string_view::npos) return text.size();
  for (int c = 1; c < pos.col && at < text.size() && text[at] != '\n'; ++at)
    if ((static_cast<unsigned char>(text[at + 1]) & 0xC0) != 0x80) ++c;
  return at;
}

}  // namespace portal
