#include "text/markdown_outline.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "text/markdown_parse.h"
#include "text/markdown_plain.h"
#include "text/markdown_render.h"
#include "text/paper_page_ids.h"
#include "text/slug.h"

namespace portal::text {

namespace markdown_detail {

namespace {

/// The first `base-N` (N = 2, 3, …) not in `used`, which it joins. The
/// search resumes where the last one for `base` stopped (`used` only
/// grows), so N headings with the same text cost N steps, not N².
std::string unused_heading_id(const std::string& base, std::set<std::string>& used,
                              std::map<std::string, int>& next_suffix) {
  int& n = next_suffix.try_emplace(base, 2).first->second;
  std::string id;
  while (used.count(id = fmt::format("{}-{}", base, n))) ++n;
  ++n;
  used.insert(id);
  return id;
}

}  // namespace

void OutlineWalk::run(cmark_node* root, bool want_prose) {
  std::vector<cmark_node*> headings, links, html;
  for_each_node(root, [&](cmark_node* n) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_HEADING: headings.push_back(n); break;
      case CMARK_NODE_LINK: links.push_back(n); break;
      case CMARK_NODE_IMAGE:
        if (walk_ != Walk::plain && !inside_image(n)) {
          const char* url = cmark_node_get_url(n);
          if (url && std::strcmp(url, "figure:missing") != 0) note_plain_link(n, url, true);
        }
        if (walk_ == Walk::prepare) disarm(n);  // before the walk adds images of its own
        break;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE: html.push_back(n); break;
      default: break;
    }
  });
  // Raw HTML becomes text first: a figure replaces its whole paragraph and
  // a dropped editorial mark frees its link, and with them any HTML nodes
  // inside, which must not be visited afterwards. Headings and links read
  // the same text either way, so the outline agrees with the page.
  for (cmark_node* h : html) html_as_text(h);
  assign_heading_ids(headings);
  // Before links are marked and figures replaced: the prose reads the text as written.
  if (want_prose) collect_prose(root, prose);
  for (cmark_node* l : links) link(l);
}

/// Strips a trailing `{#id}` from a heading's last text node and returns the
/// id (anything but braces; the link stage checks its form), with where the
/// `{` is written. Empty when there is none, or when the `{` is escaped (`\{#x}`).
std::string OutlineWalk::take_explicit_id(cmark_node* heading, int& line, int& col) {
  cmark_node* last = cmark_node_last_child(heading);
  if (!last || cmark_node_get_type(last) != CMARK_NODE_TEXT) return {};
  std::string lit = cmark_node_get_literal(last);
  while (!lit.empty() && lit.back() == ' ') lit.pop_back();
  if (lit.empty() || lit.back() != '}') return {};
  size_t open = lit.rfind("{#");
  if (open == std::string::npos) return {};
  std::string id = lit.substr(open + 2, lit.size() - open - 3);
  if (id.empty() || id.find_first_of("{}") != std::string::npos) return {};
  // The last `{#` of the heading's lines in the source (a setext heading's
  // text ends on the line before its underline).
  line = cmark_node_get_start_line(heading);
  col = cmark_node_get_start_column(heading);
  for (int l = cmark_node_get_end_line(heading); l >= cmark_node_get_start_line(heading); --l) {
    size_t start = columns_.line_start(l);
    if (start == std::string_view::npos) continue;
    size_t end = std::min(md_.find('\n', start), md_.size());
    size_t brace = md_.substr(start, end - start).rfind("{#");
    if (brace == std::string_view::npos) continue;
    if (brace > 0 && md_[start + brace - 1] == '\\') return {};
    line = l;
    col = columns_.char_column(l, static_cast<int>(brace) + 1);
    break;
  }
  lit.erase(open);
  while (!lit.empty() && lit.back() == ' ') lit.pop_back();
  cmark_node_set_literal(last, lit.c_str());
  return id;
}

void OutlineWalk::assign_heading_ids(const std::vector<cmark_node*>& headings) {
  std::set<std::string> used;
  std::set<std::string> explicit_used;
  std::map<std::string, int> next_suffix;
  std::vector<std::string> explicit_ids;
  std::vector<std::pair<int, int>> id_places;
  for (cmark_node* h : headings) {
    int line = 0, col = 0;
    explicit_ids.push_back(take_explicit_id(h, line, col));
    id_places.emplace_back(line, col);
  }
  for (const auto& id : explicit_ids)
    if (!id.empty()) used.insert(id);
  for (size_t i = 0; i < headings.size(); ++i) {
    Heading h;
    h.level = cmark_node_get_heading_level(headings[i]);
    h.line = cmark_node_get_start_line(headings[i]);
    collect_text(headings[i], h.text);
    h.explicit_id = !explicit_ids[i].empty();
    if (h.explicit_id) {
      h.written_id = explicit_ids[i];
      std::tie(h.id_line, h.id_col) = id_places[i];
    }
    if (h.explicit_id && explicit_used.insert(explicit_ids[i]).second) {
      h.id = explicit_ids[i];
    } else if (h.explicit_id) {
      // The same explicit anchor twice: keep ids unique, and let the link stage report it.
      h.duplicate_of = explicit_ids[i];
      h.id = unused_heading_id(explicit_ids[i], used, next_suffix);
    } else {
      std::string base = slugify(h.text);
      // The paper page's own ids ("main", "fn-1") are never a heading's.
      if (!paper_page_id_owner(base).empty()) base.insert(0, "section-");
      h.id = used.count(base) ? unused_heading_id(base, used, next_suffix) : base;
      used.insert(h.id);
    }
    outline.headings.push_back(std::move(h));
  }
}

/// Records a destination that is no portal scheme, for the link stage to check.
void OutlineWalk::note_plain_link(cmark_node* n, const char* url, bool is_image) {
  int line = cmark_node_get_start_line(n);
  std::string alt;
  if (is_image) collect_text(n, alt);
  outline.plain_links.push_back(
      {url, is_image, std::move(alt), line, columns_.link_column(line, url, cmark_node_get_start_column(n))});
}

void OutlineWalk::link(cmark_node* n) {
  const char* url = cmark_node_get_url(n);
  SchemeLink sl;
  if (!url || !parse_scheme_link(url, sl)) {
    if (url && walk_ != Walk::plain) note_plain_link(n, url, false);
    if (walk_ == Walk::prepare) disarm(n);
    return;
  }
  sl.occurrence = ++link_counts_[sl.scheme + ":" + sl.target];
  sl.line = cmark_node_get_start_line(n);
  sl.col = columns_.link_column(sl.line, url, cmark_node_get_start_column(n));
  if (walk_ == Walk::plain && sl.scheme == "editorial") {
    drop_mark(n);
    return;
  }
  // In an image's description a link is only text (its alt), so it needs no markers.
  if (walk_ == Walk::prepare && !inside_image(n)) mark_link(n, outline.links.size());
  outline.links.push_back(std::move(sl));
}

}  // namespace markdown_detail

MarkdownOutline outline_markdown(std::string_view markdown) {
  markdown_detail::count_outline_or_html_parse();
  auto doc = markdown_detail::parse_document(markdown);
  markdown_detail::OutlineWalk w(markdown, markdown_detail::Walk::outline);
  w.run(doc->root);
  return std::move(w.outline);
}

}  // namespace portal::text
