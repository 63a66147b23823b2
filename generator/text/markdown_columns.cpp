#include "text/markdown_columns.h"

#include <algorithm>

namespace portal::text::markdown_detail {

size_t SourceColumns::line_start(int line) {
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < md_.size(); ++i)
      if (md_[i] == '\n') line_starts_.push_back(i + 1);
  }
  return line >= 1 && static_cast<size_t>(line) <= line_starts_.size() ? line_starts_[static_cast<size_t>(line) - 1]
                                                                      : std::string_view::npos;
}

int SourceColumns::char_column(int line, int byte_col) {
  size_t start = line_start(line);
  if (start == std::string_view::npos) return byte_col;
  size_t target = start + static_cast<size_t>(std::max(byte_col, 1) - 1);
  if (column_line_ != line || column_pos_ > target) {
    column_line_ = line;
    column_pos_ = start;
    column_chars_ = 1;
  }
  for (; column_pos_ < target && column_pos_ < md_.size() && md_[column_pos_] != '\n'; ++column_pos_)
    if ((static_cast<unsigned char>(md_[column_pos_]) & 0xC0) != 0x80) ++column_chars_;
  return column_chars_;
}

int SourceColumns::link_column(int line, const char* url, int cmark_col) {
  size_t start = line_start(line);
  if (start == std::string_view::npos) return cmark_col;
  if (!sites_) sites_.emplace(md_);
  // The line's end from the line index: searching for it would read a long
  // line once per link.
  size_t end = line_start(line + 1);
  int nth = ++line_link_counts_[{line, url}];
  size_t at = sites_->find(url, nth, start);
  if (at == std::string_view::npos || (end != std::string_view::npos && at >= end))
    return char_column(line, cmark_col);
  return char_column(line, static_cast<int>(at - start) + 1);
}

}  // namespace portal::text::markdown_detail
