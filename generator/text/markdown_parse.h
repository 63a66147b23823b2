#pragma once
/// The parsed cmark-gfm document behind text/markdown.h, and the node
/// helpers its outline, render and plain-text walks share. Internal to
/// text/markdown_*.cpp.

#include <cmark-gfm.h>

#include <memory>
#include <string>
#include <string_view>

namespace portal::text::markdown_detail {

/// cmark-gfm's options for parsing and rendering the portal's Markdown.
constexpr int kParseOptions = CMARK_OPT_FOOTNOTES;

/// A parsed document with the parser that owns its extension list.
struct Doc {
  cmark_parser* parser = nullptr;
  cmark_node* root = nullptr;
  Doc() = default;
  Doc(const Doc&) = delete;
  Doc& operator=(const Doc&) = delete;
  ~Doc();
};

/// Parses with the GFM extensions (tables only when no table is over the
/// limits of text/table_limits.h). Thread-safe.
std::unique_ptr<Doc> parse_document(std::string_view md);

/// Counts a parse for an outline or HTML (text::markdown_parse_count).
void count_outline_or_html_parse();

/// Appends the text of `node`'s children (code and raw HTML as written,
/// breaks as spaces).
void collect_text(cmark_node* node, std::string& out);

/// True when `n` is inside an image (its description).
bool inside_image(cmark_node* n);

/// Raw HTML is shown as the text it is, never passed through: replaces `n`
/// (an HTML block or inline) with a paragraph or text node, and frees it.
void html_as_text(cmark_node* n);

/// Calls `fn` for every node under `root` (itself included), in document order.
template <class Fn>
void for_each_node(cmark_node* root, Fn&& fn) {
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
    if (ev == CMARK_EVENT_ENTER) fn(cmark_iter_get_node(it));
  cmark_iter_free(it);
}

}  // namespace portal::text::markdown_detail
