#pragma once
/// The HTML side of a parsed Markdown text: the markers that
/// text/prepared_markdown.cpp replaces for each page (scheme links, images,
/// `figure:missing` figures). Internal to text/markdown_*.cpp.

#include <string>
#include <vector>

#include <cmark-gfm.h>

#include "text/prepared_markdown.h"

namespace portal::text::markdown_detail {

/// A user's link or image to a URL that looks like one of the render's
/// markers gets its `-` written as `%2D`, so it cannot pass for one.
void disarm(cmark_node* n);

/// Points the scheme link `n` (the `index`th of the outline) at a marker and
/// ends its text with an empty image that marks its end: PreparedMarkdown
/// puts the <a> (or <span>) the generator writes in their place, so it can
/// carry an id and a class. Markers rather than custom nodes: cmark-gfm's
/// tables refuse custom inlines in cells.
void mark_link(cmark_node* n, size_t index);

/// The images of a text, each replaced by a marker for PreparedMarkdown.
struct ImageMarks {
  std::vector<PreparedFigure> figures;  ///< figure marker n → its caption
  std::vector<PreparedImage> images;    ///< image marker n → its destination and title

  /// Marks every image under `root` but those inside another image's
  /// description (part of that one's caption) and links' end markers. Run
  /// after the links are done, since a dropped editorial mark frees the
  /// images inside it.
  void mark_all(cmark_node* root);

 private:
  void mark(cmark_node* n);
};

}  // namespace portal::text::markdown_detail
