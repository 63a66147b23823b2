// The timeline pages: the front page (topic filters, the overview chart, the
// periods), and one page per period, for all topics and per topic.

#include <fmt/format.h>

#include "render/charts.h"
#include "render/urls.h"
#include "render/views.h"
#include "text/century.h"
#include "text/date_format.h"
#include "text/list_format.h"

namespace portal {

namespace {

constexpr size_t npos = TimelinePeriods::npos;

const std::string& topic_id(const RenderContext& ctx, size_t topic_index) {
  static const std::string none;
  return topic_index < ctx.ls.site->topics.size() ? ctx.ls.site->topics[topic_index].id : none;
}

/// URL of a timeline page: front page or period, all topics or one.
std::string timeline_url(const RenderContext& ctx, const Lang& lang, size_t topic_index, size_t period_index) {
  const std::string& topic = topic_id(ctx, topic_index);
  if (period_index == npos) return topic.empty() ? urls::timeline(lang) : urls::timeline_topic(lang, topic);
  const std::string& slug = ctx.periods.periods[period_index].slug;
  return topic.empty() ? urls::timeline_period(lang, slug) : urls::timeline_topic_period(lang, topic, slug);
}

/// The events of a topic (all events for npos), in date order.
const std::vector<size_t>& events_of(const RenderContext& ctx, size_t topic_index) {
  static const std::vector<size_t> none;
  const std::string& topic = topic_id(ctx, topic_index);
  if (topic.empty()) return ctx.ls.events_in_order;
  auto it = ctx.ls.topic_events.find(topic);
  return it == ctx.ls.topic_events.end() ? none : it->second;
}

std::string events_count(const RenderContext& ctx, const Lang& lang, size_t n) {
  return ctx.msg(lang, "topics.events_count", {{"count", static_cast<long long>(n)}});
}

/// Sentences that end on an abbreviation ("1991 г.", "XIX в.") take no second
/// full stop; an ellipsis ("...") is left alone.
std::string sentence(std::string s) {
  for (size_t at = s.find(".."); at != std::string::npos; at = s.find("..", at + 1)) {
    if (at + 2 < s.size() && s[at + 2] == '.') {
      at += 2;
      continue;
    }
    s.erase(at, 1);
  }
  return s;
}

/// The sentences under the overview: how many events, the earliest and latest
/// dates as the sources give them, and the busiest year (every year of a tie).
/// Vague spans count towards no year: they have none.
std::string overview_summary(const RenderContext& ctx, const Lang& lang, const std::vector<size_t>& events) {
  const Event& first = ctx.ls.event(events.front());
  const Event& last = ctx.ls.event(events.back());
  std::string out = sentence(ctx.msg(lang, "timeline_pages.overview_summary",
                            {{"count", static_cast<long long>(events.size())},
                             {"from", date_text(ctx, first.date, first.end, lang)},
                             {"to", date_text(ctx, last.date, last.end, lang)}}));
  std::map<int, int> per_year;
  for (size_t i : events) {
    const Event& e = ctx.ls.event(i);
    if (!(e.end && text::vague_span(e.date, *e.end))) per_year[e.date.year]++;
  }
  int peak = 0;
  for (const auto& [y, c] : per_year) peak = std::max(peak, c);
  std::vector<std::string> years;
  for (const auto& [y, c] : per_year)
    if (c == peak) years.push_back(text::format_year(y, lang));
  // A "busiest year" means something only when one year, or a few, stand out.
  constexpr size_t kMaxTied = 4;
  if (peak >= 2 && years.size() <= kMaxTied) {
    out += ' ';
    out += sentence(ctx.msg(lang, "timeline_pages.busiest", {{"years_count", static_cast<long long>(years.size())},
                                                            {"years", text::join_list(years, lang)},
                                                            {"count", static_cast<long long>(peak)}}));
  }
  return out;
}

/// Colour index of an event: its first topic's, or one past the topics.
size_t color_of(const RenderContext& ctx, const Event& e) {
  if (!e.topics.empty())
    if (auto it = ctx.ls.topic_by_id.find(e.topics.front().id); it != ctx.ls.topic_by_id.end()) return it->second;
  return ctx.ls.site->topics.size();
}

}  // namespace

std::string period_label(const RenderContext& ctx, const Lang& lang, const TimelinePeriod& p) {
  if (p.open_start()) return ctx.msg(lang, "dates.before", {{"year", text::format_year(p.last + 1, lang)}});
  return fmt::format("{}–{}", text::format_year(p.first, lang), text::format_year(p.last, lang));
}

std::optional<Overview> overview_view(const RenderContext& ctx, const PageRef& page, const std::vector<size_t>& events,
                                      size_t topic_index) {
  if (events.empty()) return std::nullopt;
  const auto& topics = ctx.ls.site->topics;
  charts::BarChart chart;
  chart.caption = ctx.t(page.lang, "timeline_pages.overview_caption");
  chart.row_header = ctx.t(page.lang, "timeline_pages.chart_period");
  chart.columns = {ctx.t(page.lang, "timeline_pages.chart_events")};
  chart.css_class = "chart-overview";
  std::map<size_t, std::vector<charts::Segment>> per_period;  // period → one segment per colour
  std::set<size_t> used;                                      // topics that colour a segment
  for (size_t i : events) {
    size_t color = color_of(ctx, ctx.ls.event(i));
    auto& segs = per_period[ctx.periods.event_period[i]];
    if (segs.empty()) {
      segs.resize(topics.size() + 1);
      for (size_t c = 0; c < segs.size(); ++c) segs[c].color = charts::topic_color(c);
    }
    segs[color].count++;
    if (color < topics.size()) used.insert(color);
  }
  for (auto& [p, segs] : per_period)
    chart.rows.push_back({period_label(ctx, page.lang, ctx.periods.periods[p]),
                          page.rel(timeline_url(ctx, page.lang, topic_index, p)), {segs}});
  Overview v;
  v.chart = charts::bar_table(chart);
  v.summary = overview_summary(ctx, page.lang, events);
  for (size_t t : used)
    v.legend.push_back({shown(ctx, topics[t].name, page.lang), charts::topic_color(t),
                        page.rel(urls::timeline_topic(page.lang, topics[t].id))});
  return v;
}

TimelinePage timeline_view(const RenderContext& ctx, const PageRef& page, size_t topic_index, size_t period_index) {
  const auto& topics = ctx.ls.site->topics;
  const bool filtered = topic_index < topics.size();
  const bool period_page = period_index != npos;
  TimelinePage v;
  if (filtered) v.topic = shown(ctx, topics[topic_index].name, page.lang);
  const std::string topic_text = filtered ? v.topic->text : std::string();
  std::string title;
  if (period_page) {
    std::string period = period_label(ctx, page.lang, ctx.periods.periods[period_index]);
    title = filtered ? ctx.msg(page.lang, "timeline_pages.topic_period_title", {{"topic", topic_text}, {"period", period}})
                     : ctx.msg(page.lang, "timeline_pages.period_title", {{"period", period}});
  } else {
    title = filtered ? ctx.msg(page.lang, "timeline.filtered", {{"topic", topic_text}}) : ctx.t(page.lang, "timeline.title");
  }
  v.layout = layout_view(
      ctx, page, title, [&](const Lang& l) { return timeline_url(ctx, l, topic_index, period_index); }, "timeline");
  const std::string& topic = topic_id(ctx, topic_index);
  const std::vector<size_t> events =
      period_page ? ctx.periods.events_in(ctx.ls, period_index, topic) : events_of(ctx, topic_index);
  v.period_page = period_page;
  v.count = events_count(ctx, page.lang, events.size());

  // Topic filters: on a period page they keep the period.
  Shown all_topics;
  all_topics.text = ctx.t(page.lang, "timeline.all_topics");
  v.filters.push_back({std::move(all_topics), page.rel(timeline_url(ctx, page.lang, npos, period_index)), std::nullopt,
                       !filtered});
  for (size_t t = 0; t < topics.size(); ++t) {
    size_t n = period_page ? ctx.periods.events_in(ctx.ls, period_index, topics[t].id).size() : events_of(ctx, t).size();
    if (n == 0) continue;
    v.filters.push_back({shown(ctx, topics[t].name, page.lang), page.rel(timeline_url(ctx, page.lang, t, period_index)), n,
                         filtered && t == topic_index});
  }

  // The periods in which this filter has events; on a period page, the ones before and after it.
  const PeriodLink* previous = nullptr;
  std::optional<size_t> next;
  for (size_t p = 0; p < ctx.periods.periods.size(); ++p) {
    size_t n = ctx.periods.events_in(ctx.ls, p, topic).size();
    if (n == 0) continue;
    v.periods.push_back({period_label(ctx, page.lang, ctx.periods.periods[p]),
                         page.rel(timeline_url(ctx, page.lang, topic_index, p)), events_count(ctx, page.lang, n),
                         p == period_index});
  }
  for (size_t k = 0; period_page && k < v.periods.size(); ++k)
    if (v.periods[k].current) {
      if (k > 0) previous = &v.periods[k - 1];
      if (k + 1 < v.periods.size()) next = k + 1;
    }
  if (previous)
    v.previous = TextLink{ctx.msg(page.lang, "timeline_pages.earlier", {{"period", previous->label}}), previous->href};
  if (next) {
    const PeriodLink& after = v.periods[*next];
    v.next = TextLink{ctx.msg(page.lang, "timeline_pages.later", {{"period", after.label}}), after.href};
  }
  v.front_href = page.rel(timeline_url(ctx, page.lang, topic_index, npos));

  if (period_page) {
    // Events grouped under their year, or under the vague period a source gives
    // ("Second half of the 19th century") without inventing a year for it.
    std::map<std::string, size_t> group_of;
    for (size_t i : events) {
      const Event& e = ctx.ls.event(i);
      auto vague = e.end ? text::vague_span(e.date, *e.end) : std::nullopt;
      std::string anchor = vague ? fmt::format("period-{}-{}", e.date.year, e.end->year) : fmt::format("year-{}", e.date.year);
      auto [it, fresh] = group_of.emplace(anchor, v.years.size());
      if (fresh)
        v.years.push_back({anchor,
                           vague ? vague_span_text(ctx, *vague, page.lang) : text::format_year(e.date.year, page.lang),
                           {}});
      v.years[it->second].events.push_back(event_view(ctx, page, i));
    }
  } else {
    v.overview = overview_view(ctx, page, events, topic_index);
  }
  return v;
}

}  // namespace portal
