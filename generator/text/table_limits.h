#pragma once
/// How large a GFM table the portal takes. cmark-gfm 0.29.0.gfm.6 (Debian 12)
/// parses a table's rows in time quadratic in its columns (fixed upstream in
/// 0.29.0.gfm.12, CVE-2023-37463) and fills every short row up to the table's
/// width, so a narrow text can make output the square of its size. md4c caps
/// tables at 128 columns for the same reason; so does the portal, and it caps
/// the cells a table can have. The check runs on a file before anything parses
/// it, and the parser leaves oversized tables as text, so neither a file nor a
/// value written with escapes can make a build slow.

#include <cstddef>
#include <optional>
#include <string_view>

namespace portal::text {

/// Columns a table may have: a research table is a few dozen at most.
constexpr size_t kMaxTableColumns = 128;
/// Cells (columns × rows, header included) a table may have.
constexpr size_t kMaxTableCells = 100'000;

/// A table over the limits: where its delimiter row (`|---|:--:|`) starts and how large it is.
struct OversizedTable {
  size_t offset = 0;   ///< byte offset of the delimiter row's first character (after indentation)
  size_t columns = 0;  ///< cells of the delimiter row
  size_t rows = 0;     ///< the header row and the lines after the delimiter row up to a blank line
};

/// The first table of `markdown` at or after byte `from` whose columns or
/// cells exceed the limits, if any. Looks at lines, not at a parse: a line of
/// only `|`, `:`, `-` and blanks with a `|` and a `-` is a delimiter row.
/// Linear in the text.
std::optional<OversizedTable> find_oversized_table(std::string_view markdown, size_t from = 0);

}  // namespace portal::text
