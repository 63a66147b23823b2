#pragma once
/// Every Markdown text of a build, prepared once: the link stage reads the
/// outlines, and each page that shows a text renders its prepared form, so
/// a body shown in four languages is parsed by cmark-gfm once, not five times.

#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/prepared_markdown.h"

namespace portal::text {

/// Prepared Markdown by source text. Filled once, then read-only: lookups
/// from many threads need no lock.
class MarkdownCache {
 public:
  MarkdownCache() = default;

  /// Prepares each distinct text of `texts` once, in parallel. The texts are
  /// not copied: they must outlive the cache.
  explicit MarkdownCache(const std::vector<std::string_view>& texts);

  /// The prepared form of a text with the contents of `markdown`; null when
  /// no such text was given.
  const PreparedMarkdown* find(std::string_view markdown) const;

  /// How many distinct texts were prepared.
  size_t size() const { return prepared_.size(); }

 private:
  std::unordered_map<std::string_view, size_t> index_;  ///< text → its slot in prepared_
  std::vector<PreparedMarkdown> prepared_;
};

}  // namespace portal::text
