// One event as the timeline, topic and home pages show it, and the link to
// its entry on the page of its period.

#include "render/urls.h"
#include "render/views.h"
#include "text/century.h"

namespace portal {

namespace {

/// Text of the heading `anchor` in paper `pi`; empty when the anchor is not a heading.
std::string section_title(const RenderContext& ctx, size_t pi, const std::string& anchor) {
  for (const auto& h : ctx.ls.papers[pi].body.headings)
    if (h.id == anchor) return h.text;
  return {};
}

/// The papers that discuss event `e`, each once, with the sections named by
/// its sources; a paper without a title in the page's language is named by
/// its original title, and a section's name is in the paper's language, both
/// marked with `lang`.
std::vector<EventSourceView> sources_view(const RenderContext& ctx, const PageRef& page, size_t event) {
  std::vector<EventSourceView> sources;
  std::map<size_t, size_t> slot;  // paper index → position in `sources`
  std::vector<EventSource> all = ctx.ls.event(event).sources;
  const auto& mentions = ctx.ls.event_mentions[event];  // papers linking the event from their text
  all.insert(all.end(), mentions.begin(), mentions.end());
  for (const auto& s : all) {
    auto it = ctx.ls.paper_by_id.find(s.paper);
    if (it == ctx.ls.paper_by_id.end()) continue;
    const Paper& p = ctx.ls.paper(it->second);
    const std::string paper_href = page.rel(urls::paper(page.lang, p.id));
    auto [pos, fresh] = slot.emplace(it->second, sources.size());
    if (fresh)
      // Named as the paper's heading names it: the original title where the
      // reader's language has none, never a fallback translation.
      sources.push_back({title_view(ctx, page, p), paper_href, {}});
    EventSourceView& src = sources[pos->second];
    if (s.anchor.empty()) continue;
    std::string name = section_title(ctx, it->second, s.anchor);
    if (name.empty()) {
      // An anchor that is not a heading (a table, a footnote): the title links to it.
      if (fresh) src.href = paper_href + "#" + s.anchor;
      continue;
    }
    src.sections.push_back({std::move(name), p.language, paper_href + "#" + s.anchor});
  }
  return sources;
}

/// `html` with cmark-gfm's footnote ids and links (`fn-1`, `fnref-1`, `fnref-1-2`)
/// prefixed with `scope`, so that the footnotes of many events on one page
/// (and a note's copy for print) do not share ids.
std::string scope_footnotes(std::string html, const std::string& scope) {
  for (const std::string key : {"id=\"fn-", "href=\"#fn-", "id=\"fnref-", "href=\"#fnref-"}) {
    const std::string with_scope = key + scope + "-";
    for (size_t at = html.find(key); at != std::string::npos; at = html.find(key, at + with_scope.size()))
      html.replace(at, key.size(), with_scope);
  }
  return html;
}

}  // namespace

std::string event_href(const RenderContext& ctx, const PageRef& page, size_t i) {
  const TimelinePeriod& period = ctx.periods.periods[ctx.periods.event_period[i]];
  return page.rel(urls::timeline_period(page.lang, period.slug)) + "#" + urls::event_anchor(ctx.ls.event(i).id);
}

EventLink event_link(const RenderContext& ctx, const PageRef& page, size_t i) {
  const Event& e = ctx.ls.event(i);
  EventLink v;
  v.title = shown(ctx, e.title, page.lang);
  v.date = date_text(ctx, e.date, e.end, page.lang);
  // A `datetime` only where the date is one: a vague span (the X–XI centuries)
  // has none, and HTML wants years of four digits from 1000 on.
  const bool vague = e.end && text::vague_span(e.date, *e.end);
  if (!vague && e.date.year >= 1000) v.date_iso = e.date.iso();
  v.href = event_href(ctx, page, i);
  return v;
}

EventView event_view(const RenderContext& ctx, const PageRef& page, size_t i) {
  const Event& e = ctx.ls.event(i);
  EventView v;
  v.link = event_link(ctx, page, i);
  v.anchor = urls::event_anchor(e.id);
  v.topics = topic_chips(ctx, page, e.topics);
  if (!e.summary.empty()) {
    v.summary = shown_markdown(ctx, page, e.summary);
    v.summary->html = scope_footnotes(std::move(v.summary->html), v.anchor + "-summary");
  }
  if (!e.note.empty()) {
    // The note is written twice, folded for the screen and in full for print.
    v.note = shown_markdown(ctx, page, e.note);
    v.note->print_html = scope_footnotes(v.note->html, v.anchor + "-print");
    v.note->html = scope_footnotes(std::move(v.note->html), v.anchor + "-note");
  }
  v.sources = sources_view(ctx, page, i);
  return v;
}

}  // namespace portal
