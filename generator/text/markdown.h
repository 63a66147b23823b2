#pragma once
/// Markdown with cmark-gfm (tables, footnotes, strikethrough, autolinks,
/// tagfilter; raw HTML shown as text, never passed through), plus the
/// portal's own pieces: heading anchors (explicit `{#id}` or derived by ICU
/// transliteration), cross-reference schemes (`paper:`, `event:`, `topic:`,
/// `cite:`) and editorial marks (`editorial:sic`) resolved by the caller, and
/// `figure:missing` placeholders; images published where the caller says.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portal::text {

/// A heading of a Markdown text: level, plain text and its anchor id.
struct Heading {
  int level = 0;
  std::string text;
  std::string id;
  int line = 0;  ///< 1-based, within the Markdown text
  bool explicit_id = false;  ///< written as `{#id}` (any text but braces; text::anchor_id_fault says if it is a valid id)
  std::string written_id;    ///< the id as written in `{#…}` (`id` has a suffix when another heading has it too)
  int id_line = 0;           ///< where the `{` of `{#id}` is written: line within the Markdown text,
  int id_col = 0;            ///< and column in characters (explicit ids only)
  std::string duplicate_of;  ///< the explicit id an earlier heading already has (this one got a suffix)
};

/// A link whose destination uses one of the portal's schemes.
struct SchemeLink {
  std::string scheme;    ///< "paper", "event", "topic", "cite" or "editorial"
  std::string target;    ///< the id or key
  std::string fragment;  ///< after '#', may be empty
  int occurrence = 0;    ///< 1 for the first link to this scheme:target in the text, 2 for the next...
  int line = 0;          ///< 1-based, within the Markdown text
  int col = 0;           ///< 1-based, in characters
};

/// A link or image whose destination is no portal scheme (`https://…`,
/// `#anchor`, `evnt:x`, `images/x.png`), where it is written.
struct PlainLink {
  std::string url;
  bool image = false;
  std::string alt;  ///< an image's description as text (its alt); empty for a link
  int line = 0;  ///< 1-based, within the Markdown text
  int col = 0;   ///< 1-based, in characters
};

/// What the link stage needs to know about a text without rendering it.
struct MarkdownOutline {
  std::vector<Heading> headings;
  std::vector<SchemeLink> links;
  std::vector<PlainLink> plain_links;
};

/// Where a scheme link goes. An empty `href` renders the link text as plain text.
struct LinkTarget {
  std::string href;
  std::string id;         ///< optional id on the <a> (backlink target)
  std::string css_class;  ///< optional
  std::string title;      ///< optional tooltip
  /// When set, the generator's own markup replaces the <a>/<span> around the
  /// link text (an editorial mark: `<ins class="editorial" …>`).
  std::string markup_open, markup_close;
};

/// Called for every scheme link while rendering; must be thread-safe.
using LinkResolver = std::function<LinkTarget(const SchemeLink&)>;

/// Where an image of a text is published, as the page refers to it: its
/// `src` (relative to the page) and its size in pixels.
struct ImageTarget {
  std::string src;
  int width = 0;
  int height = 0;
};

/// Called for every image but `figure:missing` while rendering, with its
/// destination as written; must be thread-safe.
using ImageResolver = std::function<ImageTarget(std::string_view url)>;

struct MarkdownOptions {
  LinkResolver resolve;                  ///< required when the text has scheme links
  /// Where images go (a figure file copied into the site); when empty, or
  /// when it gives no `src`, an image keeps its destination as written.
  ImageResolver resolve_image;
  std::string missing_figure_note;       ///< shown in a `figure:missing` placeholder
  std::string missing_figure_href;       ///< where the image can be seen (the published article); may be empty
  std::string missing_figure_link_text;  ///< the text of that link
  std::string ui_lang;                   ///< language of the notes above (the page's), set as their lang
  std::string footnote_back_label = "Back to text";
  std::string footnotes_heading = "Notes";  ///< the heading of the footnotes' section, in `ui_lang`
};

/// Parses and returns headings (with unique ids) and scheme links. Thread-safe.
MarkdownOutline outline_markdown(std::string_view markdown);

/// Renders to HTML. Heading ids are the same as outline_markdown gives. Thread-safe.
/// Parses each time: a text shown on many pages is prepared once instead
/// (text/prepared_markdown.h, text/markdown_cache.h).
std::string render_markdown(std::string_view markdown, const MarkdownOptions& options);

/// How many texts this process has parsed for an outline or HTML
/// (outline_markdown, prepare_markdown, render_markdown): what tests of the
/// parse-once promise count.
size_t markdown_parse_count();

/// The text of a Markdown fragment without markup (for descriptions and feeds).
std::string markdown_to_plain(std::string_view markdown);

/// The text a reader reads, for telling names from common words
/// (text/case_evidence.h): each block on a line of its own, each link's text
/// between text::kPartMark marks; headings, code, images and editorial marks
/// left out. What
/// PreparedMarkdown::prose holds, for a text no cache has.
std::string markdown_prose(std::string_view markdown);

/// Splits a `scheme:target#fragment` destination; false when it is no portal scheme.
bool parse_scheme_link(std::string_view url, SchemeLink& out);


}  // namespace portal::text
