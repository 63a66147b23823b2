#include "text/anchor_id.h"

#include <unicode/uchar.h>

#include "text/slug.h"
#include "text/unicode.h"

namespace portal::text {

std::optional<AnchorIdFault> anchor_id_fault(std::string_view id) {
  if (id.empty()) return AnchorIdFault{AnchorIdFault::Kind::not_letter_first, 0, 0};
  for (size_t i = 0; i < id.size();) {
    size_t at = i;
    int32_t c = decode_utf8(id, i);
    if (c >= 0 && u_isalpha(c)) continue;
    int type = c < 0 ? static_cast<int>(U_UNASSIGNED) : u_charType(c);
    bool mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
    bool allowed_after_a_letter = c >= 0 && (mark || u_isdigit(c) || c == '-' || c == '_');
    if (!allowed_after_a_letter) return AnchorIdFault{AnchorIdFault::Kind::bad_char, at, c};
    // A character that is never allowed is named as such, not as a bad start.
    if (at == 0) return AnchorIdFault{AnchorIdFault::Kind::not_letter_first, at, c};
  }
  return std::nullopt;
}

std::string suggested_anchor_id(std::string_view id) {
  std::string visible;
  for (size_t i = 0; i < id.size();) {
    size_t at = i;
    int32_t c = decode_utf8(id, i);
    if (c >= 0 && u_charType(c) == U_FORMAT_CHAR) continue;
    visible.append(id, at, i - at);
  }
  std::string slug = slugify(visible);
  return anchor_id_fault(slug) ? std::string() : slug;
}

}  // namespace portal::text
