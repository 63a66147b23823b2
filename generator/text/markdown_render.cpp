#include "text/markdown_render.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>

#include <cmark-gfm-extension_api.h>
#include <fmt/format.h>

#include "text/html_escape.h"
#include "text/markdown.h"
#include "text/markdown_outline.h"
#include "text/markdown_parse.h"

namespace portal::text {

namespace markdown_detail {

namespace {

// Markers for prepared_markdown.cpp: a scheme link's href and an empty image
// as its last child (its end), an inline figure's image URL, a lone figure's
// block, an image's title (its file, resolved per page, takes the src).
constexpr std::string_view kLinkMarker = "portal-link:";
constexpr std::string_view kLinkEndMarker = "portal-end:";
constexpr std::string_view kFigureMarker = "portal-figure:";
constexpr std::string_view kImageMarker = "portal-image:";

}  // namespace

void disarm(cmark_node* n) {
  const char* url = cmark_node_get_url(n);
  if (!url || std::strncmp(url, "portal-", 7) != 0) return;
  cmark_node_set_url(n, fmt::format("portal%2D{}", url + 7).c_str());
}

void mark_link(cmark_node* n, size_t index) {
  cmark_node_set_url(n, fmt::format("{}{}", kLinkMarker, index).c_str());
  cmark_node_set_title(n, "");
  cmark_node* end = cmark_node_new(CMARK_NODE_IMAGE);
  cmark_node_set_url(end, fmt::format("{}{}", kLinkEndMarker, index).c_str());
  if (!cmark_node_append_child(n, end)) cmark_node_free(end);
}

void ImageMarks::mark_all(cmark_node* root) {
  // An image inside another image's description is part of that one's
  // caption text, and replacing the outer figure's paragraph frees it.
  std::vector<cmark_node*> found;
  for_each_node(root, [&](cmark_node* n) {
    if (cmark_node_get_type(n) == CMARK_NODE_IMAGE && !inside_image(n)) found.push_back(n);
  });
  for (cmark_node* i : found) mark(i);
}

/// `![caption](figure:missing)`: a figure that says its image is not in the
/// source. Alone in a paragraph it becomes a <figure>; inline (a table cell)
/// a marked-up span. Both are markers here, filled in for each page. Any
/// other image gets a marker for its URL: where its file is published, and
/// its size, are filled in for each page too.
void ImageMarks::mark(cmark_node* n) {
  const char* url = cmark_node_get_url(n);
  if (!url || std::string_view(url).substr(0, kLinkEndMarker.size()) == kLinkEndMarker) return;  // a link's end
  if (std::strcmp(url, "figure:missing") != 0) {
    const char* title = cmark_node_get_title(n);
    images.push_back({url, title ? escape_html(title) : std::string(), {}});
    cmark_node_set_title(n, fmt::format("{}{}", kImageMarker, images.size() - 1).c_str());
    return;
  }
  std::string caption;
  collect_text(n, caption);
  const std::string marker = fmt::format("{}{}", kFigureMarker, figures.size());
  cmark_node* parent = cmark_node_parent(n);
  bool alone = parent && cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH && cmark_node_first_child(parent) == n &&
               cmark_node_last_child(parent) == n;
  if (alone) {
    cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(custom, fmt::format("<{}>\n", marker).c_str());
    cmark_node_set_on_exit(custom, "");
    if (cmark_node_replace(parent, custom)) {
      cmark_node_free(parent);
      figures.push_back({escape_html(caption), true});
      return;
    }
    cmark_node_free(custom);
  }
  cmark_node_set_url(n, marker.c_str());
  cmark_node_set_title(n, "");
  figures.push_back({escape_html(caption), false});
}

}  // namespace markdown_detail

PreparedMarkdown prepare_markdown(std::string_view markdown) {
  using namespace markdown_detail;
  count_outline_or_html_parse();
  auto doc = parse_document(markdown);
  OutlineWalk w(markdown, Walk::prepare);
  w.run(doc->root, /*want_prose=*/true);
  ImageMarks marks;
  marks.mark_all(doc->root);
  // cmark allocates with malloc
  std::unique_ptr<char, decltype(&std::free)> html(
      cmark_render_html(doc->root, kParseOptions, cmark_parser_get_syntax_extensions(doc->parser)), &std::free);
  return PreparedMarkdown(std::move(w.outline), html.get(), std::move(marks.figures), std::move(w.prose),
                          std::move(marks.images));
}

std::string render_markdown(std::string_view markdown, const MarkdownOptions& options) {
  return prepare_markdown(markdown).render(options);
}

}  // namespace portal::text
