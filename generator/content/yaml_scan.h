#pragma once
/// A pass over yaml-cpp's parse events, run before the node tree is built and
/// read: what yaml-cpp accepts but the portal must not.
///  - Aliases that multiply the document ("billion laughs"): yaml-cpp shares
///    aliased nodes, but every walk over the tree expands them, so 360 bytes
///    can take minutes. Aliases may add at most kMaxAliasedValues values.
///  - Duplicate keys in a mapping: yaml-cpp keeps both and every lookup finds
///    the first, so a later edit would be silently lost.
///  - A quoted text never closed: yaml-cpp 0.7 lets it run to the end.
///  - Forbidden characters written as escapes in a double-quoted text ("\f").
/// Each problem is reported at its own position.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <yaml-cpp/mark.h>

namespace portal {

/// How many values aliases may add to one document, all aliases together.
inline constexpr size_t kMaxAliasedValues = 10000;

/// One problem the scan found, at a yaml-cpp mark (0-based line and byte column).
struct YamlScanProblem {
  YAML::Mark mark;
  std::string message;
  std::string suggestion{};  ///< what to do about it, when the scan knows
  bool fatal = false;  ///< the tree must not be built or walked (an alias bomb, an unclosed quote)
};

/// Words for where a first occurrence is, seen from a later one ("at line 3",
/// or "at line 3, column 12" on the same line); given by the caller, who knows columns.
using FirstPlace = std::function<std::string(const YAML::Mark& first, const YAML::Mark& later)>;

/// Scans the first document of `text`. Throws YAML::Exception on a syntax error
/// (as YAML::Load would). Stops at the first alias past the bound, since
/// nothing after it can be walked safely.
std::vector<YamlScanProblem> scan_yaml(const std::string& text, const std::vector<size_t>& line_starts,
                                       const FirstPlace& where);

}  // namespace portal
