#include "import/tables.h"

#include <algorithm>

#include "text/trim.h"

namespace portal::import {

namespace {

/// How a cell compares across the two readings: whitespace runs folded, ends trimmed.
std::string folded(const std::string& s) { return text::fold_whitespace(s); }

/// A cell as Markdown text: a bar would end the cell, the others would start markup.
std::string escape_cell(const std::string& cell) {
  std::string out;
  for (char c : cell) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

/// The rows in `layout` under the line holding `caption`: lines of two cells
/// or more, up to the first line that is not one.
std::vector<std::vector<std::string>> layout_rows(const std::string& caption, const std::vector<std::string>& layout) {
  std::string key = folded(caption).substr(0, 24);
  std::vector<std::vector<std::string>> rows;
  for (size_t i = 0; i < layout.size(); ++i) {
    if (folded(layout[i]).find(key) == std::string::npos) continue;
    for (size_t j = i + 1; j < layout.size(); ++j) {
      if (folded(layout[j]).empty()) {
        if (rows.empty()) continue;  // blank lines between caption and table
        break;
      }
      std::vector<std::string> cells = split_cells(layout[j]);
      if (cells.size() < 2) break;
      rows.push_back(std::move(cells));
    }
    break;
  }
  return rows;
}

}  // namespace

std::vector<std::string> split_cells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cur;
  int spaces = 0;
  auto flush = [&] {
    std::string t = text::trim_blanks(cur);
    if (!t.empty()) cells.push_back(t);
    cur.clear();
  };
  for (char c : line) {
    if (c == '\t') {
      flush();
      spaces = 0;
      continue;
    }
    if (c == ' ') {
      if (++spaces == 2) flush();
      if (spaces < 2) cur += c;
      continue;
    }
    spaces = 0;
    cur += c;
  }
  flush();
  return cells;
}

TableRows read_table(const std::string& caption, const std::vector<std::string>& following,
                     const std::vector<std::string>* layout) {
  TableRows out;
  if (layout) {
    std::vector<std::vector<std::string>> rows = layout_rows(caption, *layout);
    // The layout's cells must be the lines that follow, in order, one cell a line.
    size_t at = 0;
    bool all = !rows.empty();
    for (const auto& row : rows)
      for (const auto& cell : row) {
        while (at < following.size() && folded(following[at]).empty()) at++;
        bool matches = at < following.size() && folded(following[at]) == folded(cell);
        // A cell of digits alone was dropped from the text as a page number: the layout still has it.
        if (!matches && std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
        if (!matches) all = false;
        if (!all) break;
        at++;
      }
    if (all) {
      out.rows = std::move(rows);
      out.lines_used = at;
      out.from_layout = true;
      return out;
    }
  }
  // Reading-order lines alone: cells apart by runs of spaces, the same number in each row.
  std::vector<std::vector<std::string>> rows;
  for (const auto& line : following) rows.push_back(split_cells(line));
  size_t columns = rows.empty() ? 0 : rows.front().size();
  bool even = columns >= 2 && std::all_of(rows.begin(), rows.end(), [&](const auto& r) { return r.size() == columns; });
  out.lines_used = following.size();
  if (even) {
    out.rows = std::move(rows);
    return out;
  }
  for (const auto& line : following) out.rows.push_back({folded(line)});
  return out;
}

std::string markdown_table(const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) return "";
  size_t columns = 0;
  for (const auto& r : rows) columns = std::max(columns, r.size());
  auto line = [&](const std::vector<std::string>& r) {
    std::string s = "|";
    for (size_t c = 0; c < columns; ++c) {
      s += ' ';
      if (c < r.size()) s += escape_cell(r[c]);
      s += " |";
    }
    s += '\n';
    return s;
  };
  std::string out = line(rows.front()) + "|";
  for (size_t c = 0; c < columns; ++c) out += "---|";
  out += "\n";
  for (size_t r = 1; r < rows.size(); ++r) out += line(rows[r]);
  out.pop_back();
  return out;
}

}  // namespace portal::import
