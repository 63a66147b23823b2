#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace portal::text {

/// At most `max_chars` characters of `text`, cut at a word boundary, with "…"
/// when something was cut. Whitespace runs are folded to one space.
std::string shorten(std::string_view text, size_t max_chars);

}  // namespace portal::text
