#include "text/prepared_markdown.h"

#include <regex>
#include <set>

#include <fmt/format.h>

#include "text/html_escape.h"

namespace portal::text {

namespace {

// The markers the Markdown walk leaves in cmark-gfm's HTML (markdown.cpp).
// A scheme link keeps its <a> with the marker as href and gets an empty image
// as its last child, so its end is found even when its text holds links of
// its own (a footnote reference); cmark-gfm's safe HTML renders no raw HTML,
// and a user's link or image to a `portal-` URL is renamed by the walk.
constexpr std::string_view kLinkOpen = "<a href=\"portal-link:";
constexpr std::string_view kLinkEnd = "<img src=\"portal-end:";
constexpr std::string_view kLinkEndTail = "\" alt=\"\" /></a>";
constexpr std::string_view kInlineFigure = "<img src=\"portal-figure:";
constexpr std::string_view kBlockFigure = "<portal-figure:";
// Any other image: its title is the marker; its src becomes a hole, its alt stays as cmark-gfm wrote it.
constexpr std::string_view kImage = "<img src=\"";
constexpr std::string_view kImageTitle = " title=\"portal-image:";
// What cmark-gfm writes that the portal changes.
constexpr std::string_view kFootnotes = "<section class=\"footnotes\" data-footnotes>";
// A footnote's way back, found by its attribute (not by cmark-gfm's English
// label, whose wording may change): its label, whatever it says, is replaced.
// (The quotes keep it to markup: in text, cmark-gfm escapes them.)
constexpr std::string_view kBackref = "class=\"footnote-backref\" data-footnote-backref";
constexpr std::string_view kAriaLabel = " aria-label=\"";

bool at(std::string_view s, size_t pos, std::string_view prefix) { return s.substr(pos, prefix.size()) == prefix; }

/// The number written at `pos`, and where it ends; `end` is `pos` when there is none.
std::uint32_t number_at(std::string_view s, size_t pos, size_t& end) {
  std::uint64_t n = 0;
  end = pos;
  while (end < s.size() && s[end] >= '0' && s[end] <= '9' && n < 0xFFFFFFFFu) n = n * 10 + static_cast<unsigned>(s[end++] - '0');
  return static_cast<std::uint32_t>(n);
}

/// The generator's own opening and closing markup for a resolved scheme link.
std::pair<std::string, std::string> link_markup(const LinkTarget& t) {
  if (!t.markup_open.empty()) return {t.markup_open, t.markup_close};
  std::string open;
  if (!t.href.empty()) {
    open = "<a href=\"" + escape_html(t.href) + "\"";
    if (!t.id.empty()) open += " id=\"" + escape_html(t.id) + "\"";
    if (!t.css_class.empty()) open += " class=\"" + escape_html(t.css_class) + "\"";
    if (!t.title.empty()) open += " title=\"" + escape_html(t.title) + "\"";
    return {open + ">", "</a>"};
  }
  if (t.css_class.empty() && t.title.empty()) return {};
  open = "<span";
  if (!t.css_class.empty()) open += " class=\"" + escape_html(t.css_class) + "\"";
  if (!t.title.empty()) open += " title=\"" + escape_html(t.title) + "\"";
  return {open + ">", "</span>"};
}

/// The paragraphs that caption the table right under them: their text opens
/// with a table's label and number ("Tablo 1:", "Tablo: 1.", "Таблица 2 –").
/// Each is found by the `<p>` that opens it, which becomes the table's <caption>.
std::set<size_t> table_captions(std::string_view html) {
  static const std::regex label(R"(^\s*(Tablo|Table|Таблица|Кесте)\s*[:.]?\s*\d)");
  constexpr std::string_view kBeforeTable = "</p>\n<table>";
  std::set<size_t> out;
  for (size_t at = html.find(kBeforeTable); at != std::string_view::npos; at = html.find(kBeforeTable, at + 1)) {
    size_t open = html.rfind("<p>", at);  // paragraphs do not nest, and text has no bare "<p>"
    if (open == std::string_view::npos) continue;
    std::string text;
    bool in_tag = false;
    for (char c : html.substr(open + 3, at - open - 3)) {
      if (c == '<') in_tag = true;
      else if (c == '>') in_tag = false;
      else if (!in_tag) text += c;
      if (text.size() >= 40) break;
    }
    if (std::regex_search(text, label)) out.insert(open);
  }
  return out;
}

}  // namespace

PreparedMarkdown::PreparedMarkdown(MarkdownOutline walked, std::string_view html, std::vector<PreparedFigure> figures,
                                   std::string prose, std::vector<PreparedImage> images)
    : outline_(std::move(walked)), figures_(std::move(figures)), images_(std::move(images)), prose_(std::move(prose)) {
  html_.reserve(html.size() + 32 * outline_.headings.size());
  size_t copied = 0;  // html[copied, …) is not yet in html_
  auto copy_to = [&](size_t end) {
    html_.append(html, copied, end - copied);
    copied = end;
  };
  auto gap = [&](Hole kind, std::uint32_t index = 0) { gaps_.push_back({html_.size(), kind, index}); };
  size_t heading = 0;
  size_t label = html.find(kBackref);
  const std::set<size_t> captions = html.find("<table>") == std::string_view::npos ? std::set<size_t>{}
                                                                                   : table_captions(html);
  bool in_caption = false;
  // One pass: each `<` is looked at once, and the back label (inside a tag) is
  // searched for again only once passed.
  for (size_t pos = 0;;) {
    size_t lt = html.find('<', pos);
    if (label != std::string_view::npos && label < pos) label = html.find(kBackref, pos);
    if (label != std::string_view::npos && label < lt) {
      // Inside the backref's tag: its own aria-label (if any) gives way to the page's.
      size_t tag_end = html.find('>', label);
      if (tag_end == std::string_view::npos) tag_end = html.size();
      size_t after = label + kBackref.size();
      size_t aria = html.substr(0, tag_end).find(kAriaLabel, after);
      size_t aria_end = aria == std::string_view::npos ? std::string_view::npos
                                                       : html.find('"', aria + kAriaLabel.size());
      copy_to(after);
      if (aria_end != std::string_view::npos && aria_end < tag_end) {
        copy_to(aria);
        after = aria_end + 1;
      }
      html_ += kAriaLabel;
      gap(Hole::back_label);
      html_ += '"';
      pos = copied = after;
      continue;
    }
    if (lt == std::string_view::npos) break;
    pos = lt + 1;
    size_t end = 0;
    if (html.size() > lt + 3 && html[lt + 1] == 'h' && html[lt + 2] >= '1' && html[lt + 2] <= '6' &&
        html[lt + 3] == '>' && heading < outline_.headings.size()) {
      // cmark writes bare <hN> tags, and only headings make them (raw HTML
      // never passes), so the n-th tag is the n-th heading.
      copy_to(lt + 3);
      html_ += " id=\"" + escape_html(outline_.headings[heading++].id) + "\">";
      pos = copied = lt + 4;
    } else if (at(html, lt, kLinkOpen)) {
      std::uint32_t n = number_at(html, lt + kLinkOpen.size(), end);
      if (end == lt + kLinkOpen.size() || !at(html, end, "\">") || n >= outline_.links.size()) continue;
      copy_to(lt);
      gap(Hole::link_open, n);
      pos = copied = end + 2;
    } else if (at(html, lt, kLinkEnd)) {
      std::uint32_t n = number_at(html, lt + kLinkEnd.size(), end);
      if (end == lt + kLinkEnd.size() || !at(html, end, kLinkEndTail) || n >= outline_.links.size()) continue;
      copy_to(lt);
      gap(Hole::link_close, n);
      pos = copied = end + kLinkEndTail.size();
    } else if (at(html, lt, kInlineFigure)) {
      std::uint32_t n = number_at(html, lt + kInlineFigure.size(), end);
      size_t close = html.find("/>", end);  // the alt text is escaped: it has no '>'
      if (end == lt + kInlineFigure.size() || close == std::string_view::npos || n >= figures_.size()) continue;
      copy_to(lt);
      gap(Hole::figure, n);
      pos = copied = close + 2;
    } else if (at(html, lt, kImage)) {
      // <img src="SRC" alt="ALT" title="portal-image:N" />: the alt text is escaped, so the tag ends at the first '>'.
      size_t src_end = html.find('"', lt + kImage.size());
      size_t close = html.find(" />", lt);
      size_t title = close == std::string_view::npos ? close : html.rfind(kImageTitle, close);
      if (src_end == std::string_view::npos || title == std::string_view::npos || title < src_end) continue;
      std::uint32_t n = number_at(html, title + kImageTitle.size(), end);
      if (end == title + kImageTitle.size() || end + 1 != close || html[end] != '"' || n >= images_.size()) continue;
      images_[n].cmark_src = std::string(html.substr(lt + kImage.size(), src_end - lt - kImage.size()));
      copy_to(lt + 5);  // "<img "
      gap(Hole::image, n);
      copied = src_end + 1;
      copy_to(title);  // the alt
      if (!images_[n].title_html.empty()) {
        html_ += " title=\"";
        html_ += images_[n].title_html;
        html_ += '"';
      }
      pos = copied = close;
    } else if (at(html, lt, kBlockFigure)) {
      std::uint32_t n = number_at(html, lt + kBlockFigure.size(), end);
      if (end == lt + kBlockFigure.size() || !at(html, end, ">") || n >= figures_.size()) continue;
      copy_to(lt);
      gap(Hole::figure, n);
      pos = copied = end + 1;
    } else if (at(html, lt, kFootnotes)) {
      // The footnotes' section gets a heading in the page's language (a section needs one).
      copy_to(lt + kFootnotes.size());
      gap(Hole::footnotes_heading);
      pos = copied;
    } else if (captions.count(lt) && at(html, lt, "<p>")) {
      // A table's title line is its caption (the first thing inside the <table>).
      copy_to(lt);
      html_ += "<div class=\"table-wrap\"><table><caption>";
      pos = copied = lt + 3;
      in_caption = true;
    } else if (in_caption && at(html, lt, "</p>\n<table>")) {
      copy_to(lt);
      html_ += "</caption>";
      pos = copied = lt + 12;
      in_caption = false;
    } else if (at(html, lt, "<table>")) {
      copy_to(lt);
      html_ += "<div class=\"table-wrap\"><table>";
      pos = copied = lt + 7;
    } else if (at(html, lt, "</table>")) {
      copy_to(lt + 8);
      html_ += "</div>";
      pos = copied;
    } else if (at(html, lt, "<td align=\"") || at(html, lt, "<th align=\"")) {
      // A column's alignment as a class (style.css aligns it): `align` on a cell is obsolete HTML.
      for (std::string_view side : {"left", "center", "right"})
        if (at(html, lt + 11, side) && at(html, lt + 11 + side.size(), "\">")) {
          copy_to(lt);
          html_ += fmt::format("<{} class=\"align-{}\">", html.substr(lt + 1, 2), side);
          pos = copied = lt + 13 + side.size();
          break;
        }
    }
  }
  copy_to(html.size());
}

std::string PreparedMarkdown::render(const MarkdownOptions& options) const {
  std::vector<std::pair<std::string, std::string>> links;
  links.reserve(outline_.links.size());
  size_t extra = 0;
  for (const auto& l : outline_.links) {
    links.push_back(link_markup(options.resolve ? options.resolve(l) : LinkTarget{}));
    extra += links.back().first.size() + links.back().second.size();
  }
  const std::string lang = options.ui_lang.empty() ? "" : " lang=\"" + escape_html(options.ui_lang) + "\"";
  std::string note;  // the placeholder's note, with a link to where the image can be seen when known
  if (!figures_.empty()) {
    note = escape_html(options.missing_figure_note);
    if (!options.missing_figure_href.empty())
      note += " <a href=\"" + escape_html(options.missing_figure_href) + "\">" +
              escape_html(options.missing_figure_link_text) + "</a>";
  }
  const std::string back_label = escape_html(options.footnote_back_label);
  std::string out;
  out.reserve(html_.size() + extra + gaps_.size() * (back_label.size() + 8));
  size_t pos = 0;
  for (const Gap& g : gaps_) {
    out.append(html_, pos, g.at - pos);
    pos = g.at;
    switch (g.kind) {
      case Hole::link_open: out += links[g.index].first; break;
      case Hole::link_close: out += links[g.index].second; break;
      case Hole::figure: {
        const PreparedFigure& f = figures_[g.index];
        if (f.block)
          out += "<figure class=\"figure-missing\"><div class=\"figure-placeholder\"" + lang + ">" + note +
                 "</div><figcaption>" + f.caption_html + "</figcaption></figure>";
        else
          out += "<span class=\"figure-missing\"><span class=\"figure-caption\">" + f.caption_html +
                 "</span> <span class=\"figure-placeholder\"" + lang + ">(" + note + ")</span></span>";
        break;
      }
      case Hole::image: {
        const PreparedImage& image = images_[g.index];
        ImageTarget t = options.resolve_image ? options.resolve_image(image.url) : ImageTarget{};
        out += "src=\"";
        out += t.src.empty() ? image.cmark_src : escape_html(t.src);
        out += '"';
        if (!t.src.empty() && t.width > 0 && t.height > 0)
          out += fmt::format(" width=\"{}\" height=\"{}\"", t.width, t.height);
        break;
      }
      case Hole::footnotes_heading:
        out += "<h2 class=\"footnotes-heading\"" + lang + ">" + escape_html(options.footnotes_heading) + "</h2>";
        break;
      case Hole::back_label: out += back_label; break;
    }
  }
  out.append(html_, pos);
  return out;
}

}  // namespace portal::text
