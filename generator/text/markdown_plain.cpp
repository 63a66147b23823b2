#include "text/markdown_plain.h"

#include <cstdlib>

#include "text/case_evidence.h"
#include "text/markdown.h"
#include "text/markdown_outline.h"
#include "text/markdown_parse.h"
#include "text/markdown_render.h"

namespace portal::text {

namespace markdown_detail {

void drop_mark(cmark_node* n) {
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

void collect_prose(cmark_node* root, std::string& out) {
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

}  // namespace markdown_detail

std::string markdown_to_plain(std::string_view markdown) {
  using namespace markdown_detail;
  auto doc = parse_document(markdown);
  OutlineWalk w(markdown, Walk::plain);
  w.run(doc->root);  // raw HTML becomes text, as on the page
  ImageMarks marks;  // a lone `figure:missing` leaves its paragraph, as on the page
  marks.mark_all(doc->root);
  char* raw = cmark_render_plaintext(doc->root, kParseOptions, 0);
  std::string out(raw);
  free(raw);  // NOLINT: cmark allocates with malloc
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string markdown_prose(std::string_view markdown) {
  using namespace markdown_detail;
  auto doc = parse_document(markdown);
  OutlineWalk w(markdown, Walk::outline);
  w.run(doc->root, /*want_prose=*/true);
  return std::move(w.prose);
}

}  // namespace portal::text
