#include <algorithm>
#include <functional>
#include <set>

#include <fmt/format.h>

#include "render/urls.h"
#include "render/views.h"

namespace portal {

namespace {

bool matches(const Paper& p, const PaperFilter& f, const LinkedSite& ls) {
  switch (f.kind) {
    case PaperFilter::Kind::all:
    case PaperFilter::Kind::oldest_first: return true;
    case PaperFilter::Kind::topic: {
      const std::string& id = ls.site->topics[f.topic].id;
      return std::any_of(p.topics.begin(), p.topics.end(), [&](const TopicRef& t) { return t.id == id; });
    }
    case PaperFilter::Kind::language: return p.language == f.language;
    case PaperFilter::Kind::year: return p.published && p.published->year == f.year;
  }
  return false;
}

bool same_filter(const PaperFilter& a, const PaperFilter& b) {
  return a.kind == b.kind && a.topic == b.topic && a.language == b.language && a.year == b.year;
}

/// What a filter is called on its chip and in the page title.
std::string filter_name(const RenderContext& ctx, const Lang& lang, const PaperFilter& f) {
  switch (f.kind) {
    case PaperFilter::Kind::all: return ctx.t(lang, "paper_filters.all");
    case PaperFilter::Kind::oldest_first: return ctx.t(lang, "paper_filters.oldest_first");
    case PaperFilter::Kind::topic: return shown(ctx, ctx.ls.site->topics[f.topic].name, lang).text;
    case PaperFilter::Kind::language: return ctx.language_name(lang, f.language);
    case PaperFilter::Kind::year: return fmt::format("{}", f.year);
  }
  return {};
}

/// The filter bar: one group of links per kind, the current one marked.
std::vector<FilterGroup> filter_groups(const RenderContext& ctx, const PageRef& page, const PaperFilter& current) {
  const LinkedSite& ls = ctx.ls;
  std::vector<FilterGroup> groups;
  auto group = [&](const char* key, PaperFilter::Kind kind, bool with_all) {
    std::vector<FilterLink> items;
    if (with_all) {
      bool here = current.kind == PaperFilter::Kind::all || current.kind == PaperFilter::Kind::oldest_first;
      items.push_back({ctx.t(page.lang, "paper_filters.all"), page.rel(urls::papers(page.lang)), here,
                       ls.site->papers.size()});
    }
    for (const PaperFilter& f : paper_filters(ls)) {
      if (f.kind != kind) continue;
      size_t count = std::count_if(ls.site->papers.begin(), ls.site->papers.end(),
                                   [&](const Paper& p) { return matches(p, f, ls); });
      items.push_back({filter_name(ctx, page.lang, f), page.rel(paper_filter_url(ls, page.lang, f)),
                       same_filter(f, current), count});
    }
    if (items.size() > (with_all ? 1u : 0u))
      groups.push_back({ctx.t(page.lang, std::string("paper_filters.") + key), std::move(items)});
  };
  group("topic", PaperFilter::Kind::topic, true);
  group("language", PaperFilter::Kind::language, false);
  group("year", PaperFilter::Kind::year, false);
  // Order: newest first is the full list itself; oldest first a page of its own.
  PaperFilter oldest{PaperFilter::Kind::oldest_first, 0, {}, 0};
  groups.push_back({ctx.t(page.lang, "paper_filters.order"),
                    {{ctx.t(page.lang, "paper_filters.newest_first"), page.rel(urls::papers(page.lang)),
                      current.kind == PaperFilter::Kind::all, std::nullopt},
                     {ctx.t(page.lang, "paper_filters.oldest_first"), page.rel(paper_filter_url(ls, page.lang, oldest)),
                      current.kind == PaperFilter::Kind::oldest_first, std::nullopt}}});
  return groups;
}

}  // namespace

std::vector<PaperFilter> paper_filters(const LinkedSite& ls) {
  std::vector<PaperFilter> out;
  out.push_back({PaperFilter::Kind::oldest_first, 0, {}, 0});
  for (size_t t = 0; t < ls.site->topics.size(); ++t)
    if (auto it = ls.topic_papers.find(ls.site->topics[t].id); it != ls.topic_papers.end() && !it->second.empty())
      out.push_back({PaperFilter::Kind::topic, t, {}, 0});
  for (const Lang& l : ls.site->config.languages)
    if (std::any_of(ls.site->papers.begin(), ls.site->papers.end(), [&](const Paper& p) { return p.language == l; }))
      out.push_back({PaperFilter::Kind::language, 0, l, 0});
  std::set<int, std::greater<>> years;
  for (const Paper& p : ls.site->papers)
    if (p.published) years.insert(p.published->year);
  for (int y : years) out.push_back({PaperFilter::Kind::year, 0, {}, y});
  return out;
}

std::string paper_filter_url(const LinkedSite& ls, const Lang& lang, const PaperFilter& f) {
  switch (f.kind) {
    case PaperFilter::Kind::all: return urls::papers(lang);
    case PaperFilter::Kind::oldest_first: return urls::papers_oldest_first(lang);
    case PaperFilter::Kind::topic: return urls::papers_by_topic(lang, ls.site->topics[f.topic].id);
    case PaperFilter::Kind::language: return urls::papers_by_language(lang, f.language);
    case PaperFilter::Kind::year: return urls::papers_by_year(lang, f.year);
  }
  return urls::papers(lang);
}

PapersPage papers_view(const RenderContext& ctx, const PageRef& page, const PaperFilter& filter) {
  const LinkedSite& ls = ctx.ls;
  bool filtered = filter.kind != PaperFilter::Kind::all;
  std::string title = filtered ? ctx.msg(page.lang, "paper_filters.title", {{"filter", filter_name(ctx, page.lang, filter)}})
                               : ctx.t(page.lang, "papers.title");
  PapersPage v;
  v.layout = layout_view(ctx, page, title, [&](const Lang& l) { return paper_filter_url(ls, l, filter); }, "papers");
  std::vector<size_t> order = ls.papers_newest_first;
  if (filter.kind == PaperFilter::Kind::oldest_first) {
    // Oldest first: dated papers by date ascending, undated ones last as in the full list.
    auto undated = std::stable_partition(order.begin(), order.end(), [&](size_t i) { return ls.paper(i).published.has_value(); });
    std::reverse(order.begin(), undated);
  }
  for (size_t i : order)
    if (matches(ls.paper(i), filter, ls)) v.papers.push_back(paper_card(ctx, page, i));
  v.count_text = ctx.msg(page.lang, "paper_filters.count", {{"count", static_cast<long long>(v.papers.size())}});
  v.filter_groups = filter_groups(ctx, page, filter);
  v.filtered = filtered && filter.kind != PaperFilter::Kind::oldest_first;
  v.all_href = page.rel(urls::papers(page.lang));
  v.show_intro = !filtered;  // "all papers, newest first" fits the full list only
  return v;
}

HomePage home_view(const RenderContext& ctx, const PageRef& page) {
  constexpr size_t kNewest = 5, kRecent = 6;
  HomePage v;
  v.layout = layout_view(ctx, page, "", [](const Lang& l) { return urls::home(l); }, "home");
  for (size_t n = 0; n < ctx.ls.papers_newest_first.size() && n < kNewest; ++n)
    v.papers.push_back(paper_card(ctx, page, ctx.ls.papers_newest_first[n]));
  for (size_t t = 0; t < ctx.ls.site->topics.size(); ++t) v.topics.push_back(topic_tile(ctx, page, t));
  const auto& events = ctx.ls.events_in_order;
  for (size_t n = 0; n < events.size() && n < kRecent; ++n)
    v.recent_events.push_back(event_link(ctx, page, events[events.size() - 1 - n]));
  v.overview = overview_view(ctx, page, events);
  v.timeline_href = page.rel(urls::timeline(page.lang));
  v.papers_href = page.rel(urls::papers(page.lang));
  return v;
}

RootPage root_view(const RenderContext& ctx, const PageRef& page) {
  RootPage v;
  v.layout = layout_view(ctx, page, "", [](const Lang& l) { return urls::home(l); }, "");
  for (const auto& l : ctx.config().languages)
    v.choices.push_back({l, ctx.autonym(l), page.rel(urls::home(l)), shown(ctx, ctx.config().title, l),
                         shown(ctx, ctx.config().description, l), ctx.t(l, "root.enter"),
                         l == ctx.config().default_language});
  return v;
}

NotFoundPage not_found_view(const RenderContext& ctx, const PageRef& page) {
  // A 404 page is served at any depth, so relative links cannot work: use
  // base_url when known, else links from the server root.
  const SiteConfig& config = ctx.config();
  std::string base = config.base_url.empty() ? "/" : config.base_url;
  NotFoundPage v;
  Layout& layout = v.layout;
  layout = layout_view(ctx, page, ctx.t(page.lang, "not_found.title"), [](const Lang& l) { return urls::home(l); }, "");
  // The reader's language is unknown, so the page speaks all of them equally:
  // no language is current, the page as a whole is multilingual ("mul"), and
  // each language's text carries its own lang. The layout leaves out what
  // would be in one language only (brand, navigation, footer).
  layout.lang = "mul";
  layout.multilingual = true;
  layout.description.clear();
  layout.alternates.clear();
  layout.canonical.reset();
  layout.feed.reset();
  for (LanguageLink& l : layout.languages) {
    l.href = base + urls::home(l.code);
    l.current = false;
  }
  layout.css = base + "assets/style.css";
  layout.search_href = base + urls::search(page.lang);
  layout.root = base;
  layout.head_title.clear();
  for (const auto& l : config.languages) {
    std::string title = ctx.t(l, "not_found.title");
    if (!layout.head_title.empty()) layout.head_title += " · ";
    layout.head_title += title;
    v.titles.push_back({l, std::move(title)});
    v.choices.push_back({l, ctx.autonym(l), base + urls::home(l), ctx.t(l, "not_found.message"), ctx.t(l, "not_found.back")});
  }
  return v;
}

}  // namespace portal
