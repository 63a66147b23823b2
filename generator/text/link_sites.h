#pragma once
/// Where the links of a Markdown source are written: every `](destination`
/// found in one pass, so that a link cmark-gfm parsed can be placed at its `[`
/// in the source without searching the text again for each link.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace portal::text {

/// The `](url` sites of a text, by destination, in source order.
class LinkSites {
 public:
  /// Indexes `text` from byte `from` on; `text` must outlive the index.
  explicit LinkSites(std::string_view text, size_t from = 0);

  /// Byte offset of the `[` that opens the `nth` (1-based) link to `url` at or
  /// after byte `after`, or npos when there is none.
  size_t find(std::string_view url, int nth, size_t after = 0) const;

 private:
  std::string_view text_;
  size_t from_;
  std::unordered_map<std::string, std::vector<size_t>> sites_;  ///< url → offsets of its "]("
};

}  // namespace portal::text
