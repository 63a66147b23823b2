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

json edition_view(const RenderContext& ctx, const PageRef& page, const Paper& p) {
  if (!p.edition) return false;
  const Edition& e = *p.edition;
  json v;
  v["source_format"] = ctx.t(page.lang, "edition.formats." + e.source.format);
  v["pages"] = e.source.pages.empty() ? json(false) : json(e.source.pages);
  v["url"] = e.source.url.empty() ? json(false) : json(e.source.url);
  json changes = json::array();
  for (const auto& c : e.changes)
    changes.push_back(ctx.msg(page.lang, fmt::format("edition.changes.{}", edition_change_id(c.kind)),
                              {{"count", static_cast<long long>(c.count)}}));
  v["changes"] = changes;
  v["has_changes"] = !changes.empty();
  v["seed"] = p.source.empty() ? json(false) : json(p.source);
  return v;
}

}  // namespace portal
