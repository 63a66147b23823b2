#include <algorithm>
#include <set>

#include "render/charts.h"
#include "render/urls.h"
#include "render/views.h"
#include "text/case_map.h"

namespace portal {

namespace {

/// Papers (by year of publication) and events of topic `id` per period of the
/// timeline, as a table of labelled bars; papers without a date are counted
/// in a note instead, never drawn as if they had one. A period's label links
/// the topic's page for that period when the topic has events in it.
TopicChart topic_chart(const RenderContext& ctx, const PageRef& page, const std::string& id) {
  struct Row {
    TimelinePeriod period;
    int papers = 0, events = 0;
  };
  std::map<int, Row> rows;  // keyed by the period's first year, so they come out in order
  auto row_of = [&](int year) -> Row& {
    TimelinePeriod p = ctx.periods.period_of_year(year);
    Row& r = rows[p.first];
    r.period = p;
    return r;
  };
  long long undated = 0;
  if (auto it = ctx.ls.topic_papers.find(id); it != ctx.ls.topic_papers.end())
    for (size_t p : it->second) {
      if (ctx.ls.paper(p).published) row_of(ctx.ls.paper(p).published->year).papers++;
      else undated++;
    }
  if (auto it = ctx.ls.topic_events.find(id); it != ctx.ls.topic_events.end())
    for (size_t e : it->second) row_of(ctx.ls.event(e).date.year).events++;
  TopicChart v;
  if (rows.empty() && undated == 0) return v;
  charts::BarChart chart;
  chart.caption = ctx.t(page.lang, "timeline_pages.topic_chart_caption");
  chart.row_header = ctx.t(page.lang, "timeline_pages.chart_period");
  chart.columns = {ctx.t(page.lang, "timeline_pages.chart_papers"), ctx.t(page.lang, "timeline_pages.chart_events")};
  chart.css_class = "chart-topic";
  for (const auto& entry : rows) {
    const Row& r = entry.second;
    std::string href;
    if (r.events > 0) href = page.rel(urls::timeline_topic_period(page.lang, id, r.period.slug));
    chart.rows.push_back({period_label(ctx, page.lang, r.period), href,
                          {{{r.papers, "#0072B2"}}, {{r.events, "#E69F00"}}}});
  }
  if (!rows.empty()) v.html = charts::bar_table(chart);
  if (undated) v.undated = ctx.msg(page.lang, "timeline_pages.undated_papers", {{"count", undated}});
  return v;
}

size_t count_of(const std::map<std::string, std::vector<size_t>>& index, const std::string& id) {
  auto it = index.find(id);
  return it == index.end() ? 0 : it->second.size();
}

/// Sorts `items` by `key(item)` with the page language's collation, keeping
/// the order of equal keys.
template <class T, class Key>
void collate_by(const RenderContext& ctx, const Lang& lang, std::vector<T>& items, Key key) {
  std::vector<std::pair<std::string, size_t>> keyed;
  keyed.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) keyed.emplace_back(ctx.collator(lang).sort_key(key(items[i])), i);
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const auto& entry : keyed) sorted.push_back(std::move(items[entry.second]));
  items = std::move(sorted);
}

}  // namespace

TopicTile topic_tile(const RenderContext& ctx, const PageRef& page, size_t t) {
  const Topic& topic = ctx.ls.site->topics[t];
  TopicTile v;
  v.name = shown(ctx, topic.name, page.lang);
  if (!topic.description.empty()) v.description = shown(ctx, topic.description, page.lang);
  v.href = page.rel(urls::topic(page.lang, topic.id));
  v.color = charts::topic_color(t);
  v.papers = ctx.msg(page.lang, "topics.papers_count",
                     {{"count", static_cast<long long>(count_of(ctx.ls.topic_papers, topic.id))}});
  v.events = ctx.msg(page.lang, "topics.events_count",
                     {{"count", static_cast<long long>(count_of(ctx.ls.topic_events, topic.id))}});
  return v;
}

TopicsPage topics_view(const RenderContext& ctx, const PageRef& page) {
  TopicsPage v;
  v.layout = layout_view(ctx, page, ctx.t(page.lang, "topics.title"), [](const Lang& l) { return urls::topics(l); },
                         "topics");
  for (size_t t = 0; t < ctx.ls.site->topics.size(); ++t) {
    TopicTile& tile = v.topics.emplace_back(topic_tile(ctx, page, t));
    tile.chart = topic_chart(ctx, page, ctx.ls.site->topics[t].id);
  }
  collate_by(ctx, page.lang, v.topics, [](const TopicTile& tile) { return tile.name.text; });
  return v;
}

TopicPage topic_view(const RenderContext& ctx, const PageRef& page, size_t t) {
  const Topic& topic = ctx.ls.site->topics[t];
  TopicPage v;
  v.topic = topic_tile(ctx, page, t);
  v.layout = layout_view(ctx, page, v.topic.name.text, [&](const Lang& l) { return urls::topic(l, topic.id); }, "topics");
  v.topic.chart = topic_chart(ctx, page, topic.id);
  std::map<std::string, int> co;  // other topic → papers and events shared
  std::set<std::string> seen_keywords;
  if (auto it = ctx.ls.topic_papers.find(topic.id); it != ctx.ls.topic_papers.end())
    for (size_t p : it->second) {
      v.papers.push_back(paper_card(ctx, page, p));
      const Paper& paper = ctx.ls.paper(p);
      for (const auto& o : paper.topics) co[o.id]++;
      Lang kl = pick_language(paper.keywords, page.lang, ctx.config());
      if (kl.empty()) continue;
      // A keyword in another language (its paper has none in the page's) says so visibly, as fallbacks do.
      for (const auto& k : *paper.keywords.get(kl))
        if (seen_keywords.insert(text::to_lower(k, kl)).second)
          v.keywords.push_back({k, kl, kl != page.lang ? ctx.t(page.lang, "language_in." + kl) : std::string()});
    }
  // The topic page lists its events by date and title only: their summaries and notes are on the timeline.
  if (auto it = ctx.ls.topic_events.find(topic.id); it != ctx.ls.topic_events.end())
    for (size_t e : it->second) {
      v.events.push_back(event_link(ctx, page, e));
      for (const auto& o : ctx.ls.event(e).topics) co[o.id]++;
    }
  co.erase(topic.id);
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [id, n] : co) ranked.push_back({-n, id});
  std::sort(ranked.begin(), ranked.end());
  for (const auto& entry : ranked) {
    auto it = ctx.ls.topic_by_id.find(entry.second);
    if (it == ctx.ls.topic_by_id.end()) continue;
    v.related.push_back({shown(ctx, ctx.ls.site->topics[it->second].name, page.lang),
                         page.rel(urls::topic(page.lang, entry.second))});
  }
  collate_by(ctx, page.lang, v.keywords, [](const TopicKeyword& k) { return k.text; });
  v.timeline_href = page.rel(urls::timeline_topic(page.lang, topic.id));
  return v;
}

}  // namespace portal
