#include "text/markdown.h"

#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <fmt/format.h>

#include "text/slug.h"

namespace portal::text {

namespace {

constexpr int kParseOptions = CMARK_OPT_FOOTNOTES;

/// A parsed document with the parser that owns its extension list.
struct Doc {
  cmark_parser* parser = nullptr;
  cmark_node* root = nullptr;
  ~Doc() {
    if (root) cmark_node_free(root);
    if (parser) cmark_parser_free(parser);
  }
};

std::unique_ptr<Doc> parse(std::string_view md) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  auto doc = std::make_unique<Doc>();
  doc->parser = cmark_parser_new(kParseOptions);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(doc->parser, ext);
  cmark_parser_feed(doc->parser, md.data(), md.size());
  doc->root = cmark_parser_finish(doc->parser);
  return doc;
}

/// Byte column → character column on a line of the source.
int char_col(std::string_view md, int line, int byte_col) {
  size_t pos = 0;
  for (int l = 1; l < line && pos != std::string_view::npos; ++l) {
    pos = md.find('\n', pos);
    if (pos != std::string_view::npos) ++pos;
  }
  if (pos == std::string_view::npos) return byte_col;
  int col = 1;
  for (int b = 1; b < byte_col && pos < md.size() && md[pos] != '\n'; ++b, ++pos)
    if ((static_cast<unsigned char>(md[pos]) & 0xC0) != 0x80) ++col;
  return col;
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

/// Walks a parsed document: assigns heading ids, finds scheme links. With
/// `render`, also rewrites the tree for HTML output.
struct Walker {
  std::string_view md;
  const MarkdownOptions* options = nullptr;  // null: outline only
  MarkdownOutline outline;
  std::map<std::string, int> link_counts;

  void run(cmark_node* root) {
    std::vector<cmark_node*> headings, links, images, html;
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* n = cmark_iter_get_node(it);
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING: headings.push_back(n); break;
        case CMARK_NODE_LINK: links.push_back(n); break;
        case CMARK_NODE_IMAGE: images.push_back(n); break;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: html.push_back(n); break;
        default: break;
      }
    }
    cmark_iter_free(it);
    assign_heading_ids(headings);
    for (cmark_node* l : links) link(l);
    if (!options) return;
    for (cmark_node* i : images) image(i);
    for (cmark_node* h : html) html_as_text(h);
  }

  void assign_heading_ids(const std::vector<cmark_node*>& headings) {
    std::set<std::string> used;
    std::vector<std::string> explicit_ids;
    for (cmark_node* h : headings) explicit_ids.push_back(take_explicit_id(h));
    for (const auto& id : explicit_ids)
      if (!id.empty()) used.insert(id);
    for (size_t i = 0; i < headings.size(); ++i) {
      Heading h;
      h.level = cmark_node_get_heading_level(headings[i]);
      h.line = cmark_node_get_start_line(headings[i]);
      collect_text(headings[i], h.text);
      if (!explicit_ids[i].empty()) {
        h.id = explicit_ids[i];
      } else {
        std::string base = slugify(h.text);
        h.id = base;
        for (int n = 2; used.count(h.id); ++n) h.id = fmt::format("{}-{}", base, n);
        used.insert(h.id);
      }
      outline.headings.push_back(std::move(h));
    }
  }

  void link(cmark_node* n) {
    const char* url = cmark_node_get_url(n);
    SchemeLink sl;
    if (!url || !parse_scheme_link(url, sl)) return;
    sl.occurrence = ++link_counts[sl.scheme + ":" + sl.target];
    sl.line = cmark_node_get_start_line(n);
    sl.col = char_col(md, sl.line, cmark_node_get_start_column(n));
    if (options) {
      LinkTarget t = options->resolve ? options->resolve(sl) : LinkTarget{};
      replace_link(n, t);
    }
    outline.links.push_back(std::move(sl));
  }

  /// Replaces a link node by a custom inline whose <a> we write ourselves, so
  /// it can carry an id and class; with no href, by its children as plain text.
  static void replace_link(cmark_node* n, const LinkTarget& t) {
    cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    std::string open, close;
    if (!t.href.empty()) {
      open = "<a href=\"" + escape_html(t.href) + "\"";
      if (!t.id.empty()) open += " id=\"" + escape_html(t.id) + "\"";
      if (!t.css_class.empty()) open += " class=\"" + escape_html(t.css_class) + "\"";
      if (!t.title.empty()) open += " title=\"" + escape_html(t.title) + "\"";
      open += ">";
      close = "</a>";
    } else if (!t.css_class.empty()) {
      open = "<span class=\"" + escape_html(t.css_class) + "\"";
      if (!t.title.empty()) open += " title=\"" + escape_html(t.title) + "\"";
      open += ">";
      close = "</span>";
    }
    cmark_node_set_on_enter(custom, open.c_str());
    cmark_node_set_on_exit(custom, close.c_str());
    while (cmark_node* child = cmark_node_first_child(n)) cmark_node_append_child(custom, child);
    cmark_node_replace(n, custom);
    cmark_node_free(n);
  }

  /// `![caption](figure:missing)`: a figure that says its image is not in the source.
  void image(cmark_node* n) {
    const char* url = cmark_node_get_url(n);
    if (!url || std::strcmp(url, "figure:missing") != 0) return;
    std::string caption;
    collect_text(n, caption);
    std::string html = "<figure class=\"figure-missing\"><div class=\"figure-placeholder\">" +
                       escape_html(options->missing_figure_note) + "</div><figcaption>" + escape_html(caption) +
                       "</figcaption></figure>\n";
    cmark_node* parent = cmark_node_parent(n);
    bool alone = parent && cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH && cmark_node_first_child(parent) == n &&
                 cmark_node_last_child(parent) == n;
    cmark_node* custom = cmark_node_new(alone ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(custom, html.c_str());
    cmark_node_set_on_exit(custom, "");
    cmark_node* old = alone ? parent : n;
    cmark_node_replace(old, custom);
    cmark_node_free(old);
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

}  // namespace

bool parse_scheme_link(std::string_view url, SchemeLink& out) {
  for (std::string_view scheme : {"paper", "event", "topic", "cite"}) {
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

void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped(out, text);
  return out;
}

std::string markdown_to_plain(std::string_view markdown) {
  auto doc = parse(markdown);
  char* raw = cmark_render_plaintext(doc->root, kParseOptions, 0);
  std::string out(raw);
  free(raw);  // NOLINT: cmark allocates with malloc
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string shorten(std::string_view text, size_t max_chars) {
  std::string folded;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !folded.empty();
      continue;
    }
    if (space) folded += ' ';
    space = false;
    folded += c;
  }
  size_t chars = 0, cut = std::string::npos;
  for (size_t i = 0; i < folded.size(); ++i) {
    if ((static_cast<unsigned char>(folded[i]) & 0xC0) == 0x80) continue;
    if (chars == max_chars) {
      cut = i;
      break;
    }
    ++chars;
  }
  if (cut == std::string::npos) return folded;
  size_t space_at = folded.rfind(' ', cut);
  if (space_at == std::string::npos || space_at == 0) space_at = cut;
  std::string out = folded.substr(0, space_at);
  while (!out.empty() && std::string_view(",;:-").find(out.back()) != std::string_view::npos) out.pop_back();
  return out + "…";
}

MarkdownOutline outline_markdown(std::string_view markdown) {
  auto doc = parse(markdown);
  Walker w{markdown, nullptr, {}, {}};
  w.run(doc->root);
  return std::move(w.outline);
}

std::string render_markdown(std::string_view markdown, const MarkdownOptions& options) {
  auto doc = parse(markdown);
  Walker w{markdown, &options, {}, {}};
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
  replace_all(out, "<table>", "<div class=\"table-wrap\"><table>");
  replace_all(out, "</table>", "</table></div>");
  replace_all(out, "aria-label=\"Back to content\"", "aria-label=\"" + escape_html(options.footnote_back_label) + "\"");
  return out;
}

}  // namespace portal::text
