#include <fmt/format.h>

#include "render/charts.h"
#include "text/century.h"
#include "render/urls.h"
#include "render/views.h"

namespace portal {

namespace {

/// Text of the heading `anchor` in paper `pi`; empty when the anchor is not a heading.
std::string section_title(const RenderContext& ctx, size_t pi, const std::string& anchor) {
  for (const auto& h : ctx.ls.papers[pi].body.headings)
    if (h.id == anchor) return h.text;
  return {};
}

}  // namespace

json event_view(const RenderContext& ctx, const PageRef& page, size_t i) {
  const Event& e = ctx.ls.event(i);
  json v = {{"id", e.id},
            {"anchor", urls::event_anchor(e.id)},
            {"href", page.rel(urls::timeline(page.lang)) + "#" + urls::event_anchor(e.id)},
            {"date", date_text(ctx, e.date, e.end, page.lang)},
            {"date_iso", e.date.iso()},
            {"title", localized(ctx, e.title, page.lang)},
            {"topics", topic_chips(ctx, page, e.topics)}};
  // Absent values are set to false so Mustache does not find them in an outer context.
  v["summary"] = e.summary.empty() ? json(false) : localized_markdown(ctx, page, e.summary);
  v["note"] = e.note.empty() ? json(false) : localized_markdown(ctx, page, e.note);
  json sources = json::array();
  for (const auto& s : e.sources) {
    auto it = ctx.ls.paper_by_id.find(s.paper);
    if (it == ctx.ls.paper_by_id.end()) continue;
    const Paper& p = ctx.ls.paper(it->second);
    json src = {{"section", false},
                {"title", localized(ctx, p.title, page.lang)},
                {"href", page.rel(urls::paper(page.lang, p.id)) + (s.anchor.empty() ? "" : "#" + s.anchor)}};
    if (std::string sec = section_title(ctx, it->second, s.anchor); !sec.empty()) {
      src["section"] = sec;
      src["section_lang"] = p.language;
    }
    sources.push_back(src);
  }
  v["sources"] = sources;
  return v;
}

json overview_view(const RenderContext& ctx, const PageRef& page, const std::vector<size_t>& events) {
  json v;
  if (events.empty()) return v;
  std::map<int, std::vector<charts::Segment>> years;
  std::map<std::string, size_t> used_topics;  // topic id → palette index
  const auto& topics = ctx.ls.site->topics;
  std::map<int, int> per_year;
  for (size_t i : events) {
    const Event& e = ctx.ls.event(i);
    size_t color = topics.size();
    if (!e.topics.empty()) {
      auto it = ctx.ls.topic_by_id.find(e.topics.front().id);
      if (it != ctx.ls.topic_by_id.end()) color = it->second;
    }
    auto& segs = years[e.date.year];
    if (segs.empty()) segs.resize(topics.size() + 1);
    segs[color].count++;
    segs[color].color = charts::topic_color(color);
    if (color < topics.size()) used_topics[topics[color].id] = color;
    per_year[e.date.year]++;
  }
  int peak = per_year.begin()->first, peak_count = 0;
  for (const auto& [y, c] : per_year)
    if (c > peak_count) peak = y, peak_count = c;
  std::string alt = ctx.msg(page.lang, "timeline.overview_alt",
                            {{"count", static_cast<long long>(events.size())},
                             {"from", std::to_string(per_year.begin()->first)},
                             {"to", std::to_string(per_year.rbegin()->first)},
                             {"peak", std::to_string(peak)},
                             {"peak_count", static_cast<long long>(peak_count)}});
  v["svg"] = charts::stacked_years_svg(years, alt);
  v["alt"] = alt;
  json legend = json::array();
  for (size_t t = 0; t < topics.size(); ++t)
    if (used_topics.count(topics[t].id))
      legend.push_back({{"name", localized(ctx, topics[t].name, page.lang)}, {"color", charts::topic_color(t)},
                        {"href", page.rel(urls::timeline_topic(page.lang, topics[t].id))}});
  v["legend"] = legend;
  return v;
}

json timeline_view(const RenderContext& ctx, const PageRef& page, size_t topic_index) {
  const auto& topics = ctx.ls.site->topics;
  bool filtered = topic_index < topics.size();
  std::string title = ctx.t(page.lang, "timeline.title");
  json topic_name;
  if (filtered) {
    topic_name = localized(ctx, topics[topic_index].name, page.lang);
    title = ctx.msg(page.lang, "timeline.filtered", {{"topic", topic_name["text"].get<std::string>()}});
  }
  json v = layout_view(
      ctx, page, title,
      [&](const Lang& l) { return filtered ? urls::timeline_topic(l, topics[topic_index].id) : urls::timeline(l); },
      "timeline");
  static const std::vector<size_t> none;
  const std::vector<size_t>* events = &ctx.ls.events_in_order;
  if (filtered) {
    auto it = ctx.ls.topic_events.find(topics[topic_index].id);
    events = it == ctx.ls.topic_events.end() ? &none : &it->second;
  }
  json tl;
  tl["filtered"] = filtered;
  if (filtered) tl["topic"] = topic_name;
  json years = json::array(), decades = json::array();
  constexpr int kEarly = 1900;
  int current_year = -1, current_decade = -2;
  for (size_t i : *events) {
    const Event& e = ctx.ls.event(i);
    if (e.date.year != current_year) {
      current_year = e.date.year;
      // A group that starts with a span of whole centuries is headed by the centuries.
      bool centuries = e.end && text::whole_centuries(e.date, *e.end);
      json y = {{"year", current_year},
                {"label", centuries ? date_text(ctx, e.date, e.end, page.lang) : std::to_string(current_year)},
                {"decade_anchor", false}, {"anchor", fmt::format("year-{}", current_year)}, {"events", json::array()}};
      // Decades from 1900 on; everything earlier is one entry, "before 1900".
      int decade = current_year < kEarly ? -1 : current_year / 10;
      if (decade != current_decade) {
        current_decade = decade;
        std::string anchor = decade < 0 ? "before-1900" : fmt::format("decade-{}", decade * 10);
        std::string before = ctx.msg(page.lang, "dates.before", {{"year", std::to_string(kEarly)}});
        y["decade_anchor"] = anchor;
        decades.push_back({{"label", decade < 0 ? before : fmt::format("{}–{}", decade * 10, decade * 10 + 9)},
                           {"href", "#" + anchor}});
      }
      years.push_back(y);
    }
    years.back()["events"].push_back(event_view(ctx, page, i));
  }
  tl["years"] = years;
  tl["decades"] = decades;
  tl["count"] = events->size();
  json filters = json::array();
  filters.push_back({{"name", {{"text", ctx.t(page.lang, "timeline.all_topics")}}},
                     {"href", page.rel(urls::timeline(page.lang))},
                     {"count", false},
                     {"current", !filtered}});
  for (size_t t = 0; t < topics.size(); ++t) {
    auto it = ctx.ls.topic_events.find(topics[t].id);
    if (it == ctx.ls.topic_events.end() || it->second.empty()) continue;
    filters.push_back({{"name", localized(ctx, topics[t].name, page.lang)},
                       {"href", page.rel(urls::timeline_topic(page.lang, topics[t].id))},
                       {"count", it->second.size()},
                       {"current", filtered && t == topic_index}});
  }
  tl["filters"] = filters;
  tl["overview"] = overview_view(ctx, page, *events);
  v["timeline"] = tl;
  flag_arrays(v);
  return v;
}

}  // namespace portal
