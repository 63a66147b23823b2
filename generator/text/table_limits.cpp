#include "text/table_limits.h"

#include <algorithm>

namespace portal::text {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// The cells of `line` when it is a delimiter row, else 0.
size_t delimiter_row_cells(std::string_view line) {
  size_t pipes = 0, dashes = 0;
  for (char c : line) {
    if (c == '|') ++pipes;
    else if (c == '-') ++dashes;
    else if (c != ':' && !is_blank(c) && c != '\r') return 0;
  }
  if (pipes == 0 || dashes == 0) return 0;
  // Cells are the runs between pipes; a leading and a trailing pipe open and close none.
  size_t first = line.find_first_not_of(" \t\r"), last = line.find_last_not_of(" \t\r");
  size_t cells = pipes + 1;
  if (line[first] == '|') --cells;
  if (line[last] == '|' && last != first) --cells;
  return std::max<size_t>(cells, 1);
}

bool is_blank_line(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

std::optional<OversizedTable> find_oversized_table(std::string_view markdown, size_t from) {
  size_t start = from;
  bool after_text = false;  // the line before is not blank: it can be a header row
  while (start < markdown.size()) {
    size_t end = std::min(markdown.find('\n', start), markdown.size());
    std::string_view line = markdown.substr(start, end - start);
    size_t next = end + 1;
    size_t columns = after_text ? delimiter_row_cells(line) : 0;
    after_text = !is_blank_line(line);
    if (columns) {
      // The rows that follow, up to a blank line (GFM ends a table there).
      size_t rows = 1, at = next;
      while (at < markdown.size() && rows * columns <= kMaxTableCells) {
        size_t row_end = std::min(markdown.find('\n', at), markdown.size());
        if (is_blank_line(markdown.substr(at, row_end - at))) break;
        ++rows;
        at = row_end + 1;
      }
      if (columns > kMaxTableColumns || rows * columns > kMaxTableCells)
        return OversizedTable{start + line.find_first_not_of(" \t"), columns, rows};
      next = std::max(next, at);
    }
    start = next;
  }
  return std::nullopt;
}

}  // namespace portal::text
