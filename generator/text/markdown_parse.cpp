#include "text/markdown_parse.h"

#include <atomic>
#include <mutex>

#include <cmark-gfm-core-extensions.h>

#include "text/markdown.h"
#include "text/table_limits.h"

namespace portal::text {

namespace markdown_detail {

namespace {

// cmark-gfm keeps the inline parser's special-character tables in globals
// that attaching an extension rewrites, so concurrent parses corrupt each
// other (strikethrough and autolinks go missing at random). Creating, feeding
// and freeing parsers is serialized; walking and rendering trees stay parallel.
std::mutex cmark_parser_mutex;

/// Parses for an outline or HTML (not for plain text), counted for markdown_parse_count.
std::atomic<size_t> outline_or_html_parses{0};

}  // namespace

Doc::~Doc() {
  if (root) cmark_node_free(root);
  std::lock_guard lock(cmark_parser_mutex);
  if (parser) cmark_parser_free(parser);
}

std::unique_ptr<Doc> parse_document(std::string_view md) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  // A table over the limits is left as text: the loaders have reported it,
  // and cmark-gfm must not spend quadratic time on it meanwhile.
  const bool tables = !find_oversized_table(md);
  std::lock_guard lock(cmark_parser_mutex);
  auto doc = std::make_unique<Doc>();
  doc->parser = cmark_parser_new(kParseOptions);
  for (std::string_view name : {"table", "strikethrough", "autolink", "tagfilter"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name.data()); ext && (tables || name != "table"))
      cmark_parser_attach_syntax_extension(doc->parser, ext);
  cmark_parser_feed(doc->parser, md.data(), md.size());
  doc->root = cmark_parser_finish(doc->parser);
  return doc;
}

void count_outline_or_html_parse() { ++outline_or_html_parses; }

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

bool inside_image(cmark_node* n) {
  for (cmark_node* a = cmark_node_parent(n); a; a = cmark_node_parent(a))
    if (cmark_node_get_type(a) == CMARK_NODE_IMAGE) return true;
  return false;
}

void html_as_text(cmark_node* n) {
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

}  // namespace markdown_detail

size_t markdown_parse_count() { return markdown_detail::outline_or_html_parses.load(); }

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

}  // namespace portal::text
