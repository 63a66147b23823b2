#pragma once
/// Where a node of a parsed Markdown text is written in its source: lines
/// and character columns, for `file:line:col` messages. Internal to
/// text/markdown_*.cpp.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/link_sites.h"

namespace portal::text::markdown_detail {

/// Lines and character columns of one Markdown source; `md` must outlive it.
/// Columns are asked for in source order, so counting resumes where it stopped.
class SourceColumns {
 public:
  explicit SourceColumns(std::string_view md) : md_(md) {}

  /// Byte offset where 1-based `line` starts, or npos.
  size_t line_start(int line);

  /// Characters before byte column `byte_col` (1-based) of `line`, plus one.
  /// Links come in source order, so counting resumes from the previous call's
  /// place on the same line: a line of many links is counted once, not per link.
  int char_column(int line, int byte_col);

  /// Character column of the `[` of a link to `url` on `line`. cmark's own
  /// column leaves out a continuation line's indentation, so the link is
  /// looked up in the source line; cmark's column is the fallback.
  int link_column(int line, const char* url, int cmark_col);

 private:
  std::string_view md_;
  std::vector<size_t> line_starts_;  // byte offset of each line of `md_`, built on first use
  int column_line_ = 0;              // the line char_column counted on last
  size_t column_pos_ = 0;            // the byte it stopped at
  int column_chars_ = 1;             // the character column there
  std::optional<LinkSites> sites_;   // the source's `](url` sites, indexed on first use
  std::map<std::pair<int, std::string>, int> line_link_counts_;  // (line, url) → links seen
};

}  // namespace portal::text::markdown_detail
