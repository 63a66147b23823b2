/// Fuzz target: the portal's Markdown entry points, as the link and render
/// stages call them: the outline (headings, anchors, scheme links), the HTML
/// with every `paper:`/`event:`/`topic:`/`cite:`/`editorial:` link resolved
/// (an editorial mark with the generator's own markup) and `figure:missing`
/// placeholders, and the plain text used for descriptions and feeds.
#include <cstdint>
#include <string>

#include "text/markdown.h"
#include "text/shorten.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)portal::text::outline_markdown(text);

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
  (void)portal::text::render_markdown(text, options);

  (void)portal::text::markdown_to_plain(text);
  (void)portal::text::shorten(text, 160);
  return 0;
}
