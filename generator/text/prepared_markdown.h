#pragma once
/// A Markdown text parsed and rendered once, for every page that shows it.
/// cmark-gfm's HTML is kept with holes where the page matters (scheme links,
/// which resolve relative to the page; images' files and sizes; `figure:missing` notes, footnote
/// labels and the footnotes' heading, in the page's language); rendering for
/// a page fills the holes in one linear pass, without parsing again.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/markdown.h"

namespace portal::text {

/// A `figure:missing` placeholder of a prepared text: its caption (as HTML)
/// and whether it stands alone in its paragraph (a <figure>) or inline (a <span>).
struct PreparedFigure {
  std::string caption_html;
  bool block = false;
};

/// An image of a prepared text (any but `figure:missing`): its destination
/// as written, which the page resolves; the `src` cmark-gfm wrote for it
/// (made safe and percent-encoded), kept when the page resolves nothing; and
/// its title, as HTML.
struct PreparedImage {
  std::string url;
  std::string title_html;
  std::string cmark_src;
};

/// A parsed Markdown text: its outline and its HTML up to what depends on the
/// page. Immutable once made, so one is rendered by many threads at once.
class PreparedMarkdown {
 public:
  /// From cmark-gfm's HTML of a walked tree, in which the walk put markers:
  /// `<portal-open:N>`/`<portal-close:N>` around the text of `outline.links[N]`,
  /// `<portal-figure:N>` for `figures[N]`, an `<img … title="portal-image:N" />`
  /// for `images[N]` (the walk moved its title there). Heading ids, table
  /// wrappers and alignment classes are set here, once.
  /// `prose` is the text as markdown_prose reads it.
  PreparedMarkdown(MarkdownOutline outline, std::string_view cmark_html, std::vector<PreparedFigure> figures,
                   std::string prose = {}, std::vector<PreparedImage> images = {});

  /// Headings with their ids, and scheme links: what outline_markdown gives.
  const MarkdownOutline& outline() const { return outline_; }

  /// The text a reader reads, each block on a line of its own and each
  /// link's text set off (text::markdown_prose): the evidence for proper nouns.
  const std::string& prose() const { return prose_; }

  /// The HTML for one page: every scheme link resolved by `options.resolve`
  /// (called once per link, in order), the notes in `options.ui_lang`.
  /// Thread-safe.
  std::string render(const MarkdownOptions& options) const;

 private:
  /// What a hole in the HTML is filled with.
  enum class Hole : std::uint8_t { link_open, link_close, figure, image, footnotes_heading, back_label };
  /// A hole: before byte `at` of `html_`, filled by `kind` (for links and figures, the `index`-th).
  struct Gap {
    size_t at = 0;
    Hole kind = Hole::link_open;
    std::uint32_t index = 0;
  };

  MarkdownOutline outline_;
  std::string html_;                     ///< the page-independent HTML, without the holes' contents
  std::vector<Gap> gaps_;                ///< in order of `at`
  std::vector<PreparedFigure> figures_;  ///< by marker number
  std::vector<PreparedImage> images_;    ///< by image marker number
  std::string prose_;                    ///< see prose()
};

/// Parses `markdown` once into its prepared form. Thread-safe.
PreparedMarkdown prepare_markdown(std::string_view markdown);

}  // namespace portal::text
