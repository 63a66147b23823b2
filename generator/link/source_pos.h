#pragma once
/// Where a byte of a text is in its file: a text (a paper's body, its front
/// matter) starts at a known line and column, and a problem found at a byte
/// offset inside it is reported at its own line and character column.

#include <string_view>

#include "content/diagnostics.h"

namespace portal {

/// Position of a byte offset within a text that starts at `base` in its file.
SourcePos offset_pos(const SourcePos& base, std::string_view text, size_t offset);

/// Byte offset of (line, col) in `text` whose first line is `first_line`.
size_t offset_of(std::string_view text, int first_line, const SourcePos& pos);

}  // namespace portal
