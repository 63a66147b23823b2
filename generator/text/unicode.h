#pragma once
/// UTF-8 basics shared by the text modules: validation, NFC normalization
/// (ICU Normalizer2) and code-point counting for diagnostics.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace portal::text {

/// Decodes the code point starting at byte `i` of `s` and advances `i` past it.
/// Strict UTF-8 (no overlong forms, surrogates or values above U+10FFFF).
/// On an ill-formed sequence returns -1 and advances `i` by one byte.
/// Precondition: i < s.size().
int32_t decode_utf8(std::string_view s, size_t& i);

/// True when `s` is well-formed UTF-8. Otherwise, if `bad_offset` is given,
/// stores the byte offset where the first ill-formed sequence starts.
bool is_valid_utf8(std::string_view s, size_t* bad_offset = nullptr);

/// Returns `utf8` in Unicode Normalization Form C. Input that is already NFC
/// (the usual case) is detected by a quick check and copied unchanged.
/// Expects valid UTF-8; throws std::runtime_error if ICU reports an error.
std::string to_nfc(std::string_view utf8);

/// Number of code points in `line_prefix` (ill-formed bytes count one each).
/// For a diagnostic, the 1-based column of the character that follows a line's
/// first N bytes is utf8_columns(line.substr(0, N)) + 1.
int utf8_columns(std::string_view line_prefix);

}  // namespace portal::text
