#include "content/text_check.h"

#include <array>

#include <fmt/format.h>
#include <unicode/uchar.h>

#include "text/table_limits.h"
#include "text/unicode.h"

namespace portal {

namespace {

// ICU's u_charName has no names for control characters (Unicode gives them
// none; only NameAliases.txt does, and ICU does not ship those aliases), so the
// aliases of the C0 and C1 controls are listed here, as NameAliases.txt spells them.
constexpr std::array<const char*, 32> kC0Names = {
    "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY",
    "ACKNOWLEDGE", "ALERT", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED", "LINE TABULATION",
    "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE",
    "DEVICE CONTROL TWO", "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE",
    "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE",
    "INFORMATION SEPARATOR FOUR", "INFORMATION SEPARATOR THREE", "INFORMATION SEPARATOR TWO",
    "INFORMATION SEPARATOR ONE"};
constexpr std::array<const char*, 33> kC1Names = {
    "DELETE", "PADDING CHARACTER", "HIGH OCTET PRESET", "BREAK PERMITTED HERE", "NO BREAK HERE", "INDEX",
    "NEXT LINE", "START OF SELECTED AREA", "END OF SELECTED AREA", "CHARACTER TABULATION SET",
    "CHARACTER TABULATION WITH JUSTIFICATION", "LINE TABULATION SET", "PARTIAL LINE FORWARD",
    "PARTIAL LINE BACKWARD", "REVERSE LINE FEED", "SINGLE SHIFT TWO", "SINGLE SHIFT THREE",
    "DEVICE CONTROL STRING", "PRIVATE USE ONE", "PRIVATE USE TWO", "SET TRANSMIT STATE", "CANCEL CHARACTER",
    "MESSAGE WAITING", "START OF GUARDED AREA", "END OF GUARDED AREA", "START OF STRING",
    "SINGLE GRAPHIC CHARACTER INTRODUCER", "SINGLE CHARACTER INTRODUCER", "CONTROL SEQUENCE INTRODUCER",
    "STRING TERMINATOR", "OPERATING SYSTEM COMMAND", "PRIVACY MESSAGE", "APPLICATION PROGRAM COMMAND"};

bool forbidden(int32_t c, std::string_view s, size_t next) {
  if (c == '\t' || c == '\n') return false;
  if (c == '\r') return next >= s.size() || s[next] != '\n';  // CRLF line ends are fine, a lone CR is not
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

}  // namespace

std::optional<ForbiddenChar> find_forbidden_char(std::string_view utf8, size_t from) {
  for (size_t i = from; i < utf8.size();) {
    auto b = static_cast<unsigned char>(utf8[i]);
    // Fast path: printable ASCII and the lead bytes of letters cannot be forbidden.
    if (b >= 0x20 && b < 0x7F) {
      ++i;
      continue;
    }
    size_t at = i;
    int32_t c = text::decode_utf8(utf8, i);
    if (c >= 0 && forbidden(c, utf8, i)) return ForbiddenChar{at, c};
  }
  return std::nullopt;
}

std::string describe_char(int32_t c) {
  std::string name;
  if (c >= 0 && c < 0x20) name = kC0Names[static_cast<size_t>(c)];
  else if (c >= 0x7F && c <= 0x9F) name = kC1Names[static_cast<size_t>(c - 0x7F)];
  else {
    char buf[128];
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_charName(c, U_UNICODE_CHAR_NAME, buf, sizeof buf, &status);
    if (U_SUCCESS(status) && n > 0) name.assign(buf, static_cast<size_t>(n));
  }
  return name.empty() ? fmt::format("U+{:04X}", c) : fmt::format("U+{:04X} {}", c, name);
}

std::string forbidden_char_message(int32_t code_point) {
  return fmt::format("invisible character {} is not allowed: delete it, or use a space or a line break",
                     describe_char(code_point));
}

bool check_forbidden_chars(std::string_view text, const std::string& rel_path, Diagnostics& diag) {
  bool ok = true;
  int line = 1;
  size_t line_start = 0;
  size_t counted_to = 0;
  for (auto hit = find_forbidden_char(text); hit; hit = find_forbidden_char(text, hit->offset + 1)) {
    for (; counted_to < hit->offset; ++counted_to)
      if (text[counted_to] == '\n') {
        ++line;
        line_start = counted_to + 1;
      }
    int col = text::utf8_columns(text.substr(line_start, hit->offset - line_start)) + 1;
    diag.error({rel_path, line, col}, forbidden_char_message(hit->code_point));
    ok = false;
  }
  return ok;
}

std::string oversized_table_message(size_t columns, size_t rows) {
  if (columns > text::kMaxTableColumns)
    return fmt::format("a table of {} columns: a table may have at most {} (a wider one cannot be read on any "
                       "screen, and it makes the Markdown parser slow)",
                       columns, text::kMaxTableColumns);
  return fmt::format("a table of {} columns and {} rows ({} cells): a table may have at most {} cells", columns, rows,
                     columns * rows, text::kMaxTableCells);
}

bool check_table_sizes(std::string_view text, const std::string& rel_path, Diagnostics& diag) {
  bool ok = true;
  int line = 1;
  size_t line_start = 0, counted_to = 0;
  for (auto table = text::find_oversized_table(text); table; table = text::find_oversized_table(text, table->offset + 1)) {
    for (; counted_to < table->offset; ++counted_to)
      if (text[counted_to] == '\n') {
        ++line;
        line_start = counted_to + 1;
      }
    int col = text::utf8_columns(text.substr(line_start, table->offset - line_start)) + 1;
    diag.error({rel_path, line, col}, oversized_table_message(table->columns, table->rows),
               "split it into narrower or shorter tables");
    ok = false;
  }
  return ok;
}

}  // namespace portal
