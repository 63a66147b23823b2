#pragma once
/// The walk every use of a parsed Markdown text starts with: raw HTML made
/// text, heading ids assigned, scheme and plain links found where they are
/// written. Rendering (text/markdown_render.h) and plain text
/// (text/markdown_plain.h) rewrite the tree on the way. Internal to
/// text/markdown_*.cpp.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <cmark-gfm.h>

#include "text/markdown.h"
#include "text/markdown_columns.h"

namespace portal::text::markdown_detail {

/// What a walk over a parsed document is for.
enum class Walk {
  outline,  ///< headings and scheme links only
  prepare,  ///< also marks links for PreparedMarkdown (text/markdown_render.h)
  plain,    ///< for plain text: editorial marks dropped (text/markdown_plain.h)
};

/// Walks a parsed document: assigns heading ids, finds scheme links, and
/// (unless outlining) rewrites links for its output. Images are the
/// caller's, after the walk (text/markdown_render.h).
class OutlineWalk {
 public:
  OutlineWalk(std::string_view source, Walk kind) : md_(source), walk_(kind), columns_(source) {}

  /// Walks the tree under `root`; with `want_prose`, `prose` is the text a
  /// reader reads as written (text/markdown_plain.h, collect_prose).
  void run(cmark_node* root, bool want_prose = false);

  MarkdownOutline outline;
  std::string prose;

 private:
  std::string take_explicit_id(cmark_node* heading, int& line, int& col);
  void assign_heading_ids(const std::vector<cmark_node*>& headings);
  void note_plain_link(cmark_node* n, const char* url, bool is_image);
  void link(cmark_node* n);

  std::string_view md_;
  Walk walk_;
  SourceColumns columns_;
  std::map<std::string, int> link_counts_;  // scheme:target → links seen
};

}  // namespace portal::text::markdown_detail
