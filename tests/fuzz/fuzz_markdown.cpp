/// Fuzz target: the portal's Markdown entry points, as the link and render
/// stages call them: the outline (headings, anchors, scheme links), the HTML
/// with every `paper:`/`event:`/`topic:`/`cite:`/`editorial:` link resolved
/// (an editorial mark with the generator's own markup) and `figure:missing`
/// placeholders, and the plain text used for descriptions and feeds. The
/// prepared form (parsed once, rendered per page) must have the outline's
/// headings and links exactly, and render as the text does by itself.
#include <cstdint>
#include <string>
#include <tuple>

#include "text/markdown.h"
#include "text/prepared_markdown.h"
#include "text/shorten.h"

namespace {

bool same_outline(const portal::text::MarkdownOutline& a, const portal::text::MarkdownOutline& b) {
  auto heading = [](const portal::text::Heading& h) {
    return std::tie(h.level, h.text, h.id, h.line, h.explicit_id, h.written_id, h.id_line, h.id_col, h.duplicate_of);
  };
  auto link = [](const portal::text::SchemeLink& l) {
    return std::tie(l.scheme, l.target, l.fragment, l.occurrence, l.line, l.col);
  };
  if (a.headings.size() != b.headings.size() || a.links.size() != b.links.size()) return false;
  for (size_t i = 0; i < a.headings.size(); ++i)
    if (heading(a.headings[i]) != heading(b.headings[i])) return false;
  for (size_t i = 0; i < a.links.size(); ++i)
    if (link(a.links[i]) != link(b.links[i])) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const portal::text::MarkdownOutline outline = portal::text::outline_markdown(text);
  const portal::text::PreparedMarkdown prepared = portal::text::prepare_markdown(text);
  if (!same_outline(outline, prepared.outline())) __builtin_trap();

  portal::text::MarkdownOptions options;
  options.resolve = [](const portal::text::SchemeLink& link) {
    portal::text::LinkTarget target;
    if (link.scheme == "editorial") {
      target.markup_open = "<ins class=\"editorial\">";
      target.markup_close = "</ins>";
    } else if (link.target.empty() || link.target[0] != 'x') {  // an unknown target renders as text
      target.href = "../" + link.scheme + "/" + link.target + "/#" + link.fragment;
      target.id = "ref-" + std::to_string(link.occurrence);
      target.title = link.target;
    }
    return target;
  };
  options.missing_figure_note = "The figure is not reproduced here.";
  options.missing_figure_href = "https://example.org/article";
  options.missing_figure_link_text = "See it in the published article";
  options.ui_lang = "en";
  const std::string html = portal::text::render_markdown(text, options);
  if (prepared.render(options) != html) __builtin_trap();
  options.ui_lang = "kk";  // another page: the same text, other notes
  options.footnote_back_label = "Мәтінге оралу";
  (void)prepared.render(options);

  (void)portal::text::markdown_to_plain(text);
  (void)portal::text::shorten(text, 160);
  return 0;
}
