#pragma once
/// A table's rows under its caption, split into cells. Poppler's reading-order
/// text puts every cell on a line of its own, so for a PDF the rows are read
/// from the page's physical layout (cells apart by runs of spaces, one row a
/// line) and matched against the cells that follow the caption; a text source
/// (pdftotext -layout) shows the same runs of spaces.

#include <map>
#include <string>
#include <vector>

namespace portal::import {

/// Cells of one line: the runs of text between two or more spaces or a tab.
std::vector<std::string> split_cells(const std::string& line);

/// The table found under a caption.
struct TableRows {
  std::vector<std::vector<std::string>> rows;  ///< the first row is the header
  size_t lines_used = 0;                       ///< lines of the reading-order text the table takes
  bool from_layout = false;                    ///< rows read from the page's layout
};

/// The table under `caption`. `following` are the reading-order lines after
/// the caption (short lines only, as far as a table could reach); `layout` is
/// the caption's page in physical layout, or null (text input). Rows with a
/// single cell each when neither tells the columns.
TableRows read_table(const std::string& caption, const std::vector<std::string>& following,
                     const std::vector<std::string>* layout);

/// `rows` as a Markdown table; `|` and characters that would start markup are escaped.
std::string markdown_table(const std::vector<std::vector<std::string>>& rows);

}  // namespace portal::import
