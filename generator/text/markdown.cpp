#include "text/markdown.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <fmt/format.h>

#include "text/html_escape.h"
#include "text/link_sites.h"
#include "text/slug.h"

namespace portal::text {

namespace {

constexpr int kParseOptions = CMARK_OPT_FOOTNOTES;
constexpr std::string_view kLinkMarker = "portal-link:";
constexpr std::string_view kFigureMarker = "portal-figure:";

// cmark-gfm keeps the inline parser's special-character tables in globals
// that attaching an extension rewrites, so concurrent parses corrupt each
// other (strikethrough and autolinks go missing at random). Creating, feeding
// and freeing parsers is serialized; walking and rendering trees stay parallel.
std::mutex parser_mutex;

/// A parsed document with the parser that owns its extension list.
struct Doc {
  cmark_parser* parser = nullptr;
  cmark_node* root = nullptr;
  ~Doc() {
    if (root) cmark_node_free(root);
    std::lock_guard lock(parser_mutex);
    if (parser) cmark_parser_free(parser);
  }
};

std::unique_ptr<Doc> parse(std::string_view md) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  std::lock_guard lock(parser_mutex);
  auto doc = std::make_unique<Doc>();
  doc->parser = cmark_parser_new(kParseOptions);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(doc->parser, ext);
  cmark_parser_feed(doc->parser, md.data(), md.size());
  doc->root = cmark_parser_finish(doc->parser);
  return doc;
}

void collect_text(cmark_node* node, std::string& out) {
  for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
    cmark_node_type t = cmark_node_get_type(c);
    if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE) {
      if (const char* lit = cmark_node_get_literal(c)) out += lit;
    } else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) {
      out += ' ';
    } else {
      collect_text(c, out);
    }
  }
}

/// Strips a trailing `{#id}` from a heading's last text node; returns the id.
std::string take_explicit_id(cmark_node* heading) {
  cmark_node* last = cmark_node_last_child(heading);
  if (!last || cmark_node_get_type(last) != CMARK_NODE_TEXT) return {};
  std::string lit = cmark_node_get_literal(last);
  while (!lit.empty() && lit.back() == ' ') lit.pop_back();
  if (lit.empty() || lit.back() != '}') return {};
  size_t open = lit.rfind("{#");
  if (open == std::string::npos) return {};
  std::string id = lit.substr(open + 2, lit.size() - open - 3);
  if (id.empty() || id.find_first_of(" {}") != std::string::npos) return {};
  lit.erase(open);
  while (!lit.empty() && lit.back() == ' ') lit.pop_back();
  cmark_node_set_literal(last, lit.c_str());
  return id;
}

/// ` lang="…"` for the notes the generator adds, in the page's language; empty when unknown.
std::string lang_attr_of(const MarkdownOptions& options) {
  return options.ui_lang.empty() ? std::string() : " lang=\"" + escape_html(options.ui_lang) + "\"";
}

/// Walks a parsed document: assigns heading ids, finds scheme links. With
/// `render`, also rewrites the tree for HTML output.
struct Walker {
  /// A walk over `md`'s tree: outline only (`options` null), HTML, or `plain` text.
  Walker(std::string_view source, const MarkdownOptions* render_options, bool to_plain)
      : md(source), options(render_options), plain(to_plain) {}

  std::string_view md;
  const MarkdownOptions* options = nullptr;  // null: outline only
  MarkdownOutline outline;
  std::map<std::string, int> link_counts;
  std::map<std::pair<int, std::string>, int> line_link_counts;  // (line, url) → links seen
  std::vector<std::pair<std::string, std::string>> link_markup;  // marker n → (open, close)
  std::vector<std::string> figure_markup;                        // marker n → inline figure
  bool plain = false;  // rendering to plain text (descriptions, feeds, exports)

  /// Removes an editorial mark from plain text: there it could not be told
  /// from the authors' words, so descriptions, feeds and citation exports
  /// carry the text as printed. The space before the mark goes with it.
  static void drop_mark(cmark_node* n) {
    cmark_node* prev = cmark_node_previous(n);
    if (prev && cmark_node_get_type(prev) == CMARK_NODE_TEXT && cmark_node_get_literal(prev)) {
      std::string lit = cmark_node_get_literal(prev);
      if (!lit.empty() && lit.back() == ' ') {
        lit.pop_back();
        cmark_node_set_literal(prev, lit.c_str());
      }
    }
    cmark_node_unlink(n);
    cmark_node_free(n);
  }

  void run(cmark_node* root) {
    std::vector<cmark_node*> headings, links, images, html;
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* n = cmark_iter_get_node(it);
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING: headings.push_back(n); break;
        case CMARK_NODE_LINK: links.push_back(n); break;
        case CMARK_NODE_IMAGE:
          // An image inside another image's description is part of that one's
          // caption text; replacing the outer figure's paragraph frees it.
          if (!inside_image(n)) images.push_back(n);
          break;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: html.push_back(n); break;
        default: break;
      }
    }
    cmark_iter_free(it);
    // Raw HTML becomes text first: a figure replaces its whole paragraph and
    // a dropped editorial mark frees its link, and with them any HTML nodes
    // inside, which must not be visited afterwards. Headings and links read
    // the same text either way, so the outline agrees with the page.
    for (cmark_node* h : html) html_as_text(h);
    assign_heading_ids(headings);
    for (cmark_node* l : links) link(l);
    if (!options) {
      if (!plain)
        for (cmark_node* i : images) {
          const char* url = cmark_node_get_url(i);
          if (url && std::strcmp(url, "figure:missing") != 0) note_plain_link(i, url, true);
        }
      return;
    }
    for (cmark_node* i : images) image(i);
  }

  /// The first `base-N` (N = 2, 3, …) not in `used`, which it joins. The
  /// search resumes where the last one for `base` stopped (`used` only
  /// grows), so N headings with the same text cost N steps, not N².
  static std::string unused_id(const std::string& base, std::set<std::string>& used,
                               std::map<std::string, int>& next_suffix) {
    int& n = next_suffix.try_emplace(base, 2).first->second;
    std::string id;
    while (used.count(id = fmt::format("{}-{}", base, n))) ++n;
    ++n;
    used.insert(id);
    return id;
  }

  void assign_heading_ids(const std::vector<cmark_node*>& headings) {
    std::set<std::string> used, explicit_used;
    std::map<std::string, int> next_suffix;
    std::vector<std::string> explicit_ids;
    for (cmark_node* h : headings) explicit_ids.push_back(take_explicit_id(h));
    for (const auto& id : explicit_ids)
      if (!id.empty()) used.insert(id);
    for (size_t i = 0; i < headings.size(); ++i) {
      Heading h;
      h.level = cmark_node_get_heading_level(headings[i]);
      h.line = cmark_node_get_start_line(headings[i]);
      collect_text(headings[i], h.text);
      h.explicit_id = !explicit_ids[i].empty();
      if (h.explicit_id && explicit_used.insert(explicit_ids[i]).second) {
        h.id = explicit_ids[i];
      } else if (h.explicit_id) {
        // The same explicit anchor twice: keep ids unique, and let the link stage report it.
        h.duplicate_of = explicit_ids[i];
        h.id = unused_id(explicit_ids[i], used, next_suffix);
      } else {
        std::string base = slugify(h.text);
        h.id = used.count(base) ? unused_id(base, used, next_suffix) : base;
        used.insert(h.id);
      }
      outline.headings.push_back(std::move(h));
    }
  }

  std::vector<size_t> line_starts;  // byte offset of each line of `md`, built on first use

  /// Byte offset where 1-based `line` starts, or npos.
  size_t line_start(int line) {
    if (line_starts.empty()) {
      line_starts.push_back(0);
      for (size_t i = 0; i < md.size(); ++i)
        if (md[i] == '\n') line_starts.push_back(i + 1);
    }
    return line >= 1 && static_cast<size_t>(line) <= line_starts.size() ? line_starts[static_cast<size_t>(line) - 1]
                                                                       : std::string_view::npos;
  }

  /// Characters before byte column `byte_col` (1-based) of `line`, plus one.
  /// Links come in source order, so counting resumes from the previous call's
  /// place on the same line: a line of many links is counted once, not per link.
  int char_column(int line, int byte_col) {
    size_t start = line_start(line);
    if (start == std::string_view::npos) return byte_col;
    size_t target = start + static_cast<size_t>(std::max(byte_col, 1) - 1);
    if (column_line != line || column_pos > target) {
      column_line = line;
      column_pos = start;
      column_chars = 1;
    }
    for (; column_pos < target && column_pos < md.size() && md[column_pos] != '\n'; ++column_pos)
      if ((static_cast<unsigned char>(md[column_pos]) & 0xC0) != 0x80) ++column_chars;
    return column_chars;
  }
  int column_line = 0;      // the line char_column counted on last
  size_t column_pos = 0;    // the byte it stopped at
  int column_chars = 1;     // the character column there

  std::optional<LinkSites> sites;  // the source's `](url` sites, indexed on first use

  /// Character column of the `[` of a link to `url` on `line`. cmark's own
  /// column leaves out a continuation line's indentation, so the link is
  /// looked up in the source line; cmark's column is the fallback.
  int link_column(int line, const char* url, int cmark_col) {
    size_t start = line_start(line);
    if (start == std::string_view::npos) return cmark_col;
    if (!sites) sites.emplace(md);
    size_t end = md.find('\n', start);
    int nth = ++line_link_counts[{line, url}];
    size_t at = sites->find(url, nth, start);
    if (at == std::string_view::npos || (end != std::string_view::npos && at >= end))
      return char_column(line, cmark_col);
    return char_column(line, static_cast<int>(at - start) + 1);
  }

  void link(cmark_node* n) {
    const char* url = cmark_node_get_url(n);
    SchemeLink sl;
    if (!url || !parse_scheme_link(url, sl)) {
      if (url && !options && !plain) note_plain_link(n, url, false);
      return;
    }
    sl.occurrence = ++link_counts[sl.scheme + ":" + sl.target];
    sl.line = cmark_node_get_start_line(n);
    sl.col = link_column(sl.line, url, cmark_node_get_start_column(n));
    if (plain && sl.scheme == "editorial") {
      drop_mark(n);
      return;
    }
    if (options) {
      LinkTarget t = options->resolve ? options->resolve(sl) : LinkTarget{};
      replace_link(n, t);
    }
    outline.links.push_back(std::move(sl));
  }

  /// Points the link at a marker that the HTML pass replaces by the <a> (or
  /// <span>) the generator writes, so it can carry an id and a class. Markers
  /// rather than custom nodes: cmark-gfm's tables refuse custom inlines in cells.
  void replace_link(cmark_node* n, const LinkTarget& t) {
    std::string open, close;
    if (!t.markup_open.empty()) {
      open = t.markup_open;
      close = t.markup_close;
    } else if (!t.href.empty()) {
      open = "<a href=\"" + escape_html(t.href) + "\"";
      if (!t.id.empty()) open += " id=\"" + escape_html(t.id) + "\"";
      if (!t.css_class.empty()) open += " class=\"" + escape_html(t.css_class) + "\"";
      if (!t.title.empty()) open += " title=\"" + escape_html(t.title) + "\"";
      open += ">";
      close = "</a>";
    } else if (!t.css_class.empty() || !t.title.empty()) {
      open = "<span";
      if (!t.css_class.empty()) open += " class=\"" + escape_html(t.css_class) + "\"";
      if (!t.title.empty()) open += " title=\"" + escape_html(t.title) + "\"";
      open += ">";
      close = "</span>";
    }
    cmark_node_set_url(n, fmt::format("{}{}", kLinkMarker, link_markup.size()).c_str());
    cmark_node_set_title(n, "");
    link_markup.push_back({std::move(open), std::move(close)});
  }

  /// The placeholder's note, with a link to where the image can be seen when known.
  std::string figure_note_html() const {
    std::string html = escape_html(options->missing_figure_note);
    if (!options->missing_figure_href.empty())
      html += " <a href=\"" + escape_html(options->missing_figure_href) + "\">" +
              escape_html(options->missing_figure_link_text) + "</a>";
    return html;
  }

  std::string lang_attr() const { return lang_attr_of(*options); }

  /// Records, in the outline walk, a destination that is no portal scheme, for the link stage to check.
  void note_plain_link(cmark_node* n, const char* url, bool is_image) {
    int line = cmark_node_get_start_line(n);
    outline.plain_links.push_back({url, is_image, line, link_column(line, url, cmark_node_get_start_column(n))});
  }

  static bool inside_image(cmark_node* n) {
    for (cmark_node* a = cmark_node_parent(n); a; a = cmark_node_parent(a))
      if (cmark_node_get_type(a) == CMARK_NODE_IMAGE) return true;
    return false;
  }

  /// `![caption](figure:missing)`: a figure that says its image is not in the
  /// source. Alone in a paragraph it becomes a <figure>; inline (a table cell)
  /// a marked-up span, placed by the HTML pass like links.
  void image(cmark_node* n) {
    const char* url = cmark_node_get_url(n);
    if (!url || std::strcmp(url, "figure:missing") != 0) return;
    std::string caption;
    collect_text(n, caption);
    cmark_node* parent = cmark_node_parent(n);
    bool alone = parent && cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH && cmark_node_first_child(parent) == n &&
                 cmark_node_last_child(parent) == n;
    if (alone) {
      std::string html = "<figure class=\"figure-missing\"><div class=\"figure-placeholder\"" + lang_attr() + ">" +
                         figure_note_html() + "</div><figcaption>" + escape_html(caption) +
                         "</figcaption></figure>\n";
      cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
      cmark_node_set_on_enter(custom, html.c_str());
      cmark_node_set_on_exit(custom, "");
      if (cmark_node_replace(parent, custom)) {
        cmark_node_free(parent);
        return;
      }
      cmark_node_free(custom);
    }
    std::string html = "<span class=\"figure-missing\"><span class=\"figure-caption\">" + escape_html(caption) +
                       "</span> <span class=\"figure-placeholder\"" + lang_attr() + ">(" +
                       figure_note_html() + ")</span></span>";
    cmark_node_set_url(n, fmt::format("{}{}", kFigureMarker, figure_markup.size()).c_str());
    cmark_node_set_title(n, "");
    figure_markup.push_back(std::move(html));
  }

  /// Raw HTML is shown as the text it is, never passed through.
  static void html_as_text(cmark_node* n) {
    std::string lit = cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "";
    if (cmark_node_get_type(n) == CMARK_NODE_HTML_BLOCK) {
      while (!lit.empty() && lit.back() == '\n') lit.pop_back();
      cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
      cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(text, lit.c_str());
      cmark_node_append_child(para, text);
      cmark_node_replace(n, para);
    } else {
      cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(text, lit.c_str());
      cmark_node_replace(n, text);
    }
    cmark_node_free(n);
  }
};

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) s.replace(pos, from.size(), to);
}

/// Replaces `<a href="portal-link:N">…</a>` and `<img src="portal-figure:N" … />`
/// in cmark's output by the generator's own markup. Links do not nest in
/// Markdown, so the first `</a>` after a marker closes it.
std::string place_markers(const std::string& html, const std::vector<std::pair<std::string, std::string>>& links,
                          const std::vector<std::string>& figures) {
  std::string out;
  out.reserve(html.size() + 64 * (links.size() + figures.size()));
  const std::string link_open = "<a href=\"" + std::string(kLinkMarker);
  const std::string figure_open = "<img src=\"" + std::string(kFigureMarker);
  size_t pos = 0, a = html.find(link_open), f = html.find(figure_open);
  while (pos < html.size()) {
    // Each kind's next marker is searched for again only once passed, so a
    // text of many links is scanned once.
    if (a != std::string::npos && a < pos) a = html.find(link_open, pos);
    if (f != std::string::npos && f < pos) f = html.find(figure_open, pos);
    size_t at = std::min(a, f);
    if (at == std::string::npos) break;
    out.append(html, pos, at - pos);
    bool is_link = at == a;
    size_t num = at + (is_link ? link_open : figure_open).size();
    size_t n = 0;
    while (num < html.size() && html[num] >= '0' && html[num] <= '9') n = n * 10 + static_cast<size_t>(html[num++] - '0');
    if (is_link && n < links.size()) {
      size_t gt = html.find('>', num);
      size_t close = html.find("</a>", gt);
      out += links[n].first;
      out.append(html, gt + 1, close - gt - 1);
      out += links[n].second;
      pos = close + 4;
    } else if (!is_link && n < figures.size()) {
      out += figures[n];
      pos = html.find("/>", num) + 2;
    } else {
      out.append(html, at, num - at);
      pos = num;
    }
  }
  out.append(html, pos);
  return out;
}

}  // namespace

bool parse_scheme_link(std::string_view url, SchemeLink& out) {
  for (std::string_view scheme : {"paper", "event", "topic", "cite", "editorial"}) {
    if (url.size() > scheme.size() && url.substr(0, scheme.size()) == scheme && url[scheme.size()] == ':') {
      std::string_view rest = url.substr(scheme.size() + 1);
      size_t hash = rest.find('#');
      out.scheme = std::string(scheme);
      out.target = std::string(rest.substr(0, hash));
      out.fragment = hash == std::string_view::npos ? "" : std::string(rest.substr(hash + 1));
      return true;
    }
  }
  return false;
}

std::string markdown_to_plain(std::string_view markdown) {
  auto doc = parse(markdown);
  MarkdownOptions none;
  Walker w(markdown, &none, true);
  w.run(doc->root);  // raw HTML becomes text, as on the page
  char* raw = cmark_render_plaintext(doc->root, kParseOptions, 0);
  std::string out(raw);
  free(raw);  // NOLINT: cmark allocates with malloc
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

MarkdownOutline outline_markdown(std::string_view markdown) {
  auto doc = parse(markdown);
  Walker w(markdown, nullptr, false);
  w.run(doc->root);
  return std::move(w.outline);
}

std::string render_markdown(std::string_view markdown, const MarkdownOptions& options) {
  auto doc = parse(markdown);
  Walker w(markdown, &options, false);
  w.run(doc->root);
  char* raw = cmark_render_html(doc->root, kParseOptions, cmark_parser_get_syntax_extensions(doc->parser));
  std::string html(raw);
  free(raw);  // NOLINT: cmark allocates with malloc

  // Heading ids: cmark writes bare <hN> tags; only headings produce them, as
  // raw HTML never passes through, so the n-th tag is the n-th heading.
  std::string out;
  out.reserve(html.size() + 64 * w.outline.headings.size());
  size_t pos = 0, h = 0;
  while (h < w.outline.headings.size()) {
    size_t at = html.find("<h", pos);
    if (at == std::string::npos) break;
    if (at + 3 < html.size() && html[at + 2] >= '1' && html[at + 2] <= '6' && html[at + 3] == '>') {
      out.append(html, pos, at + 3 - pos);
      out += " id=\"" + escape_html(w.outline.headings[h++].id) + "\">";
      pos = at + 4;
    } else {
      out.append(html, pos, at + 2 - pos);
      pos = at + 2;
    }
  }
  out.append(html, pos);
  if (!w.link_markup.empty() || !w.figure_markup.empty()) out = place_markers(out, w.link_markup, w.figure_markup);
  replace_all(out, "<table>", "<div class=\"table-wrap\"><table>");
  replace_all(out, "</table>", "</table></div>");
  // A column's alignment as a class (style.css aligns it): `align` on a cell is obsolete HTML.
  for (std::string_view cell : {"td", "th"})
    for (std::string_view side : {"left", "center", "right"})
      replace_all(out, fmt::format("<{} align=\"{}\">", cell, side), fmt::format("<{} class=\"align-{}\">", cell, side));
  // The footnotes' section gets a heading in the page's language (a section needs one).
  replace_all(out, "<section class=\"footnotes\" data-footnotes>",
              "<section class=\"footnotes\" data-footnotes><h2 class=\"footnotes-heading\"" + lang_attr_of(options) +
                  ">" + escape_html(options.footnotes_heading) + "</h2>");
  replace_all(out, "aria-label=\"Back to content\"", "aria-label=\"" + escape_html(options.footnote_back_label) + "\"");
  return out;
}

}  // namespace portal::text
