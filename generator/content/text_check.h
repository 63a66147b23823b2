#pragma once
/// Characters that content may not contain: C0 and C1 control characters
/// (tab, line feed and a carriage return before a line feed excepted) and the
/// Unicode line and paragraph separators. They are invisible in an editor, are
/// forbidden in XML (one form feed makes an Atom feed ill-formed), and break
/// line-based formats such as RIS; PDF text extraction leaves them behind.
/// And tables too large for the Markdown parser (text/table_limits.h).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "content/diagnostics.h"

namespace portal {

/// A forbidden character found in a text: its byte offset and code point.
struct ForbiddenChar {
  size_t offset = 0;
  int32_t code_point = 0;
};

/// The first forbidden character of `utf8` at or after byte `from`, if any.
/// `utf8` must be valid UTF-8.
std::optional<ForbiddenChar> find_forbidden_char(std::string_view utf8, size_t from = 0);

/// "U+000C FORM FEED": the code point and its Unicode name (or name alias, for controls).
std::string describe_char(int32_t code_point);

/// The diagnostic message for a forbidden character.
std::string forbidden_char_message(int32_t code_point);

/// Reports every forbidden character of a whole file (valid UTF-8) at its line
/// and column; returns false when there was one.
bool check_forbidden_chars(std::string_view text, const std::string& rel_path, Diagnostics& diag);

/// The message for a table over text/table_limits.h's limits.
std::string oversized_table_message(size_t columns, size_t rows);

/// Reports every table of a whole file over the size limits at its delimiter
/// row (text/table_limits.h); returns false when there was one.
bool check_table_sizes(std::string_view text, const std::string& rel_path, Diagnostics& diag);

}  // namespace portal
