#include "render/edition_view.h"

#include <fmt/format.h>

#include "content/edition.h"
#include "text/html_escape.h"

namespace portal {

text::LinkTarget editorial_mark(const RenderContext& ctx, const PageRef& page, const text::SchemeLink& link,
                                const Paper* paper, PageMarks* seen) {
  text::LinkTarget t;
  // Only `sic` exists (the link stage rejects other kinds): "[sic]", with
  // "sic" marked as Latin and the brackets as the editors' own.
  (void)link;
  std::string note = ctx.t(page.lang, "edition.sic_title");
  bool first = !seen || seen->sic++ == 0;
  t.markup_open = std::string("<ins class=\"editorial") + (first ? " explained" : "") + "\" title=\"" + text::escape_html(note) + "\" lang=\"" +
                  text::escape_html(page.lang) + "\">";
  if (paper && paper->edition) t.markup_open += "<a href=\"#edition\">";
  t.markup_open += "[<i lang=\"la\">";
  t.markup_close = "</i>]";
  if (paper && paper->edition) t.markup_close += "</a>";
  t.markup_close += "</ins>";
  return t;
}

std::optional<EditionView> edition_view(const RenderContext& ctx, const PageRef& page, const Paper& p) {
  if (!p.edition) return std::nullopt;
  const Edition& e = *p.edition;
  EditionView v;
  v.source_format = ctx.t(page.lang, "edition.formats." + e.source.format);
  if (!e.source.pages.empty()) v.pages = e.source.pages;
  if (!e.source.url.empty()) v.url = e.source.url;
  for (const auto& c : e.changes)
    v.changes.push_back(ctx.msg(page.lang, fmt::format("edition.changes.{}", edition_change_id(c.kind)),
                                {{"count", static_cast<long long>(c.count)}}));
  if (!p.source.empty()) v.seed = p.source;
  return v;
}

}  // namespace portal
