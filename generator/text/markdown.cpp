#include "text/markdown.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <fmt/format.h>

#include "text/case_evidence.h"
#include "text/html_escape.h"
#include "text/link_sites.h"
#include "text/paper_page_ids.h"
#include "text/prepared_markdown.h"
#include "text/slug.h"
#include "text/table_limits.h"

namespace portal::text {

namespace {

constexpr int kParseOptions = CMARK_OPT_FOOTNOTES;
// Markers for prepared_markdown.cpp: a scheme link's href and an empty image
// as its last child (its end), an inline figure's image URL, a lone figure's
// block, an image's title (its file, resolved per page, takes the src).
constexpr std::string_view kLinkMarker = "portal-link:";
constexpr std::string_view kLinkEndMarker = "portal-end:";
constexpr std::string_view kFigureMarker = "portal-figure:";
constexpr std::string_view kImageMarker = "portal-image:";

// cmark-gfm keeps the inline parser's special-character tables in globals
// that attaching an extension rewrites, so concurrent parses corrupt each
// other (strikethrough and autolinks go missing at random). Creating, feeding
// and freeing parsers is serialized; walking and rendering trees stay parallel.
std::mutex parser_mutex;

/// Parses for an outline or HTML (not for plain text), counted for markdown_parse_count.
std::atomic<size_t> outline_or_html_parses{0};

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
  // A table over the limits is left as text: the loaders have reported it,
  // and cmark-gfm must not spend quadratic time on it meanwhile.
  const bool tables = !find_oversized_table(md);
  std::lock_guard lock(parser_mutex);
  auto doc = std::make_unique<Doc>();
  doc->parser = cmark_parser_new(kParseOptions);
  for (std::string_view name : {"table", "strikethrough", "autolink", "tagfilter"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name.data()); ext && (tables || name != "table"))
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


/// What a walk over a parsed document is for.
enum class Walk {
  outline,  ///< headings and scheme links only
  prepare,  ///< also marks links and figures for PreparedMarkdown
  plain,    ///< for plain text: editorial marks dropped, figures as their captions
};

/// Walks a parsed document: assigns heading ids, finds scheme links, and
/// (unless outlining) rewrites the tree for its output.
struct Walker {
  Walker(std::string_view source, Walk kind) : md(source), walk(kind) {}

  std::string_view md;
  Walk walk = Walk::outline;
  MarkdownOutline outline;
  std::map<std::string, int> link_counts;
  std::map<std::pair<int, std::string>, int> line_link_counts;  // (line, url) → links seen
  std::vector<PreparedFigure> figures;                          // marker n → its caption
  std::vector<PreparedImage> images;                            // image marker n → its destination and title
  bool want_prose = false;  // collect `prose` (text::PreparedMarkdown::prose)
  std::string prose;

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
    std::vector<cmark_node*> headings, links, html;
    for_each_node(root, [&](cmark_node* n) {
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING: headings.push_back(n); break;
        case CMARK_NODE_LINK: links.push_back(n); break;
        case CMARK_NODE_IMAGE:
          if (walk != Walk::plain && !inside_image(n)) {
            const char* url = cmark_node_get_url(n);
            if (url && std::strcmp(url, "figure:missing") != 0) note_plain_link(n, url, true);
          }
          if (walk == Walk::prepare) disarm(n);  // before the walk adds images of its own
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
    if (walk == Walk::outline) return;
    // Images are found after the links are done, since a dropped editorial
    // mark frees the images inside it. An image inside another image's
    // description is part of that one's caption text, and replacing the
    // outer figure's paragraph frees it.
    std::vector<cmark_node*> found;
    for_each_node(root, [&](cmark_node* n) {
      if (cmark_node_get_type(n) == CMARK_NODE_IMAGE && !inside_image(n)) found.push_back(n);
    });
    for (cmark_node* i : found) image(i);
  }

  template <class Fn>
  static void for_each_node(cmark_node* root, Fn&& fn) {
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
      if (ev == CMARK_EVENT_ENTER) fn(cmark_iter_get_node(it));
    cmark_iter_free(it);
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

  /// Strips a trailing `{#id}` from a heading's last text node and returns the
  /// id (anything but braces; the link stage checks its form), with where the
  /// `{` is written. Empty when there is none, or when the `{` is escaped (`\{#x}`).
  std::string take_explicit_id(cmark_node* heading, int& line, int& col) {
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
      size_t start = line_start(l);
      if (start == std::string_view::npos) continue;
      size_t end = std::min(md.find('\n', start), md.size());
      size_t brace = md.substr(start, end - start).rfind("{#");
      if (brace == std::string_view::npos) continue;
      if (brace > 0 && md[start + brace - 1] == '\\') return {};
      line = l;
      col = char_column(l, static_cast<int>(brace) + 1);
      break;
    }
    lit.erase(open);
    while (!lit.empty() && lit.back() == ' ') lit.pop_back();
    cmark_node_set_literal(last, lit.c_str());
    return id;
  }

  void assign_heading_ids(const std::vector<cmark_node*>& headings) {
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
        h.id = unused_id(explicit_ids[i], used, next_suffix);
      } else {
        std::string base = slugify(h.text);
        // The paper page's own ids ("main", "fn-1") are never a heading's.
        if (!paper_page_id_owner(base).empty()) base.insert(0, "section-");
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
    // The line's end from the line index: searching for it would read a long
    // line once per link.
    size_t end = line_start(line + 1);
    int nth = ++line_link_counts[{line, url}];
    size_t at = sites->find(url, nth, start);
    if (at == std::string_view::npos || (end != std::string_view::npos && at >= end))
      return char_column(line, cmark_col);
    return char_column(line, static_cast<int>(at - start) + 1);
  }

  /// A user's link or image to a URL that looks like one of the walk's
  /// markers gets its `-` written as `%2D`, so it cannot pass for one.
  static void disarm(cmark_node* n) {
    const char* url = cmark_node_get_url(n);
    if (!url || std::strncmp(url, "portal-", 7) != 0) return;
    cmark_node_set_url(n, fmt::format("portal%2D{}", url + 7).c_str());
  }

  /// Records a destination that is no portal scheme, for the link stage to check.
  void note_plain_link(cmark_node* n, const char* url, bool is_image) {
    int line = cmark_node_get_start_line(n);
    std::string alt;
    if (is_image) collect_text(n, alt);
    outline.plain_links.push_back(
        {url, is_image, std::move(alt), line, link_column(line, url, cmark_node_get_start_column(n))});
  }

  void link(cmark_node* n) {
    const char* url = cmark_node_get_url(n);
    SchemeLink sl;
    if (!url || !parse_scheme_link(url, sl)) {
      if (url && walk != Walk::plain) note_plain_link(n, url, false);
      if (walk == Walk::prepare) disarm(n);
      return;
    }
    sl.occurrence = ++link_counts[sl.scheme + ":" + sl.target];
    sl.line = cmark_node_get_start_line(n);
    sl.col = link_column(sl.line, url, cmark_node_get_start_column(n));
    if (walk == Walk::plain && sl.scheme == "editorial") {
      drop_mark(n);
      return;
    }
    // In an image's description a link is only text (its alt), so it needs no markers.
    if (walk == Walk::prepare && !inside_image(n)) mark_link(n, outline.links.size());
    outline.links.push_back(std::move(sl));
  }

  /// Points the link at a marker and ends its text with an empty image that
  /// marks its end: PreparedMarkdown puts the <a> (or <span>) the generator
  /// writes in their place, so it can carry an id and a class. Markers
  /// rather than custom nodes: cmark-gfm's tables refuse custom inlines in cells.
  static void mark_link(cmark_node* n, size_t index) {
    cmark_node_set_url(n, fmt::format("{}{}", kLinkMarker, index).c_str());
    cmark_node_set_title(n, "");
    cmark_node* end = cmark_node_new(CMARK_NODE_IMAGE);
    cmark_node_set_url(end, fmt::format("{}{}", kLinkEndMarker, index).c_str());
    if (!cmark_node_append_child(n, end)) cmark_node_free(end);
  }

  static bool inside_image(cmark_node* n) {
    for (cmark_node* a = cmark_node_parent(n); a; a = cmark_node_parent(a))
      if (cmark_node_get_type(a) == CMARK_NODE_IMAGE) return true;
    return false;
  }

  /// `![caption](figure:missing)`: a figure that says its image is not in the
  /// source. Alone in a paragraph it becomes a <figure>; inline (a table cell)
  /// a marked-up span. Both are markers here, filled in for each page. Any
  /// other image gets a marker for its URL: where its file is published, and
  /// its size, are filled in for each page too.
  void image(cmark_node* n) {
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
      cmark_node_set_on_enter(custom, ("<" + marker + ">\n").c_str());
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

  /// The text a reader reads (PreparedMarkdown::prose): each block (paragraph,
  /// list item, table cell, footnote) on a line of its own, each link's text
  /// between kPartMark marks; headings (titles, perhaps in Title Case), code,
  /// images (figure captions) and editorial marks left out, footnote
  /// references too. One pass over the
  /// tree, without recursion.
  static void collect_prose(cmark_node* root, std::string& out) {
    cmark_iter* it = cmark_iter_new(root);
    cmark_node* skipping = nullptr;  // a node whose subtree is left out, until its exit
    auto line_break = [&] {
      if (!out.empty() && out.back() != '\n') out += '\n';
    };
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
      cmark_node* n = cmark_iter_get_node(it);
      if (skipping) {
        if (n == skipping && ev == CMARK_EVENT_EXIT) skipping = nullptr;
        continue;
      }
      cmark_node_type t = cmark_node_get_type(n);
      if (ev == CMARK_EVENT_ENTER) {
        if (t == CMARK_NODE_TEXT) {
          if (const char* lit = cmark_node_get_literal(n)) out += lit;
        } else if (t == CMARK_NODE_SOFTBREAK) {
          out += ' ';
        } else if (t == CMARK_NODE_LINEBREAK) {
          line_break();
        } else if (t == CMARK_NODE_HEADING) {
          skipping = n;  // a heading is a title: its capitals may be style
        } else if (t == CMARK_NODE_IMAGE || t == CMARK_NODE_LINK) {
          SchemeLink sl;
          const char* url = cmark_node_get_url(n);
          bool mark = t == CMARK_NODE_LINK && url && parse_scheme_link(url, sl) && sl.scheme == "editorial";
          if (t == CMARK_NODE_IMAGE || mark) {
            if (cmark_node_first_child(n)) skipping = n;
          } else {
            out += kPartMark;
          }
        }
        continue;
      }
      // exits: a link ends its part, a block its line
      if (t == CMARK_NODE_LINK)
        out += kPartMark;
      else if ((t & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK)
        line_break();
    }
    cmark_iter_free(it);
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
  Walker w(markdown, Walk::plain);
  w.run(doc->root);  // raw HTML becomes text, as on the page
  char* raw = cmark_render_plaintext(doc->root, kParseOptions, 0);
  std::string out(raw);
  free(raw);  // NOLINT: cmark allocates with malloc
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string markdown_prose(std::string_view markdown) {
  auto doc = parse(markdown);
  Walker w(markdown, Walk::outline);
  w.want_prose = true;
  w.run(doc->root);
  return std::move(w.prose);
}

size_t markdown_parse_count() { return outline_or_html_parses.load(); }

MarkdownOutline outline_markdown(std::string_view markdown) {
  ++outline_or_html_parses;
  auto doc = parse(markdown);
  Walker w(markdown, Walk::outline);
  w.run(doc->root);
  return std::move(w.outline);
}

PreparedMarkdown prepare_markdown(std::string_view markdown) {
  ++outline_or_html_parses;
  auto doc = parse(markdown);
  Walker w(markdown, Walk::prepare);
  w.want_prose = true;
  w.run(doc->root);
  // cmark allocates with malloc
  std::unique_ptr<char, decltype(&std::free)> html(
      cmark_render_html(doc->root, kParseOptions, cmark_parser_get_syntax_extensions(doc->parser)), &std::free);
  return PreparedMarkdown(std::move(w.outline), html.get(), std::move(w.figures), std::move(w.prose),
                          std::move(w.images));
}

std::string render_markdown(std::string_view markdown, const MarkdownOptions& options) {
  return prepare_markdown(markdown).render(options);
}

}  // namespace portal::text
