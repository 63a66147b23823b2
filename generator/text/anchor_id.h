#pragma once
/// The form of an explicit section anchor (`## Intro {#introduction}`): a
/// letter of any script first, then letters, combining marks, digits,
/// hyphens and underscores. Nothing else: no `/` or `.` (`{#../../x}`), no
/// spaces or quotes, no invisible characters (bidi controls, zero-width
/// spaces) that would make two ids look alike or an id look like another.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portal::text {

/// Why a text is no valid anchor id.
struct AnchorIdFault {
  /// What is wrong: no letter first, or a character that is not allowed.
  enum class Kind { not_letter_first, bad_char } kind = Kind::bad_char;
  size_t offset = 0;       ///< byte offset of the character in the id
  int32_t code_point = 0;  ///< that character (-1 for ill-formed UTF-8)
};

/// The first fault of `id` as an anchor id; nothing when it is a valid one.
/// An empty id is `not_letter_first`.
std::optional<AnchorIdFault> anchor_id_fault(std::string_view id);

/// A valid id to suggest for a faulty one: invisible format characters
/// (bidi controls, zero-width spaces) dropped, the rest made a slug
/// (text/slug.h); empty when that is no valid id either.
std::string suggested_anchor_id(std::string_view id);

}  // namespace portal::text
