#include "render/pages.h"

#include "render/urls.h"
#include "render/views.h"

namespace portal {

std::vector<PagePlan> plan_pages(const LinkedSite& ls) {
  const SiteConfig& config = ls.site->config;
  const TimelinePeriods periods = plan_timeline_periods(ls);
  std::vector<PagePlan> plan;
  plan.push_back({PageKind::root, config.default_language, 0, ""});
  plan.push_back({PageKind::not_found, config.default_language, 0, "404.html"});
  const std::vector<PaperFilter> filters = paper_filters(ls);
  for (const auto& lang : config.languages) {
    plan.push_back({PageKind::home, lang, 0, urls::home(lang)});
    plan.push_back({PageKind::papers, lang, 0, urls::papers(lang)});
    for (const PaperFilter& f : filters)
      plan.push_back({PageKind::papers_filtered, lang, 0, paper_filter_url(ls, lang, f), 0, f});
    for (size_t i = 0; i < ls.site->papers.size(); ++i)
      plan.push_back({PageKind::paper, lang, i, urls::paper(lang, ls.site->papers[i].id)});
    plan.push_back({PageKind::topics, lang, 0, urls::topics(lang)});
    for (size_t i = 0; i < ls.site->topics.size(); ++i) {
      plan.push_back({PageKind::topic, lang, i, urls::topic(lang, ls.site->topics[i].id)});
      const std::string& topic = ls.site->topics[i].id;
      plan.push_back({PageKind::timeline_topic, lang, i, urls::timeline_topic(lang, topic)});
      for (size_t p = 0; p < periods.periods.size(); ++p)  // the periods in which the topic has events
        if (!periods.events_in(ls, p, topic).empty())
          plan.push_back({PageKind::timeline_topic_period, lang, i,
                          urls::timeline_topic_period(lang, topic, periods.periods[p].slug), p});
    }
    plan.push_back({PageKind::timeline, lang, 0, urls::timeline(lang)});
    for (size_t p = 0; p < periods.periods.size(); ++p)
      plan.push_back({PageKind::timeline_period, lang, 0, urls::timeline_period(lang, periods.periods[p].slug), p});
    plan.push_back({PageKind::authors, lang, 0, urls::authors(lang)});
    for (size_t i = 0; i < ls.authors.size(); ++i)
      plan.push_back({PageKind::author, lang, i, urls::author(lang, ls.authors[i].id)});
    plan.push_back({PageKind::search, lang, 0, urls::search(lang)});
  }
  return plan;
}

std::vector<std::string_view> page_templates() {
  return {"root", "not_found", "home", "papers", "paper", "topics", "topic", "timeline", "authors", "author", "search"};
}

std::string render_page(const RenderContext& ctx, const PagePlan& plan) {
  PageRef page{plan.lang, plan.url};
  const json& globals = ctx.globals.at(plan.lang);
  constexpr size_t npos = TimelinePeriods::npos;
  switch (plan.kind) {
    case PageKind::root: return ctx.templates.render("root", root_view(ctx, page), globals);
    case PageKind::not_found: return ctx.templates.render("not_found", not_found_view(ctx, page), globals);
    case PageKind::home: return ctx.templates.render("home", home_view(ctx, page), globals);
    case PageKind::papers: return ctx.templates.render("papers", papers_view(ctx, page, PaperFilter{}), globals);
    case PageKind::papers_filtered:
      return ctx.templates.render("papers", papers_view(ctx, page, plan.filter), globals);
    case PageKind::paper: return ctx.templates.render("paper", paper_view(ctx, page, plan.index), globals);
    case PageKind::topics: return ctx.templates.render("topics", topics_view(ctx, page), globals);
    case PageKind::topic: return ctx.templates.render("topic", topic_view(ctx, page, plan.index), globals);
    case PageKind::timeline:
      return ctx.templates.render("timeline", timeline_view(ctx, page, npos, npos), globals);
    case PageKind::timeline_topic:
      return ctx.templates.render("timeline", timeline_view(ctx, page, plan.index, npos), globals);
    case PageKind::timeline_period:
      return ctx.templates.render("timeline", timeline_view(ctx, page, npos, plan.period), globals);
    case PageKind::timeline_topic_period:
      return ctx.templates.render("timeline", timeline_view(ctx, page, plan.index, plan.period), globals);
    case PageKind::authors: return ctx.templates.render("authors", authors_view(ctx, page), globals);
    case PageKind::author: return ctx.templates.render("author", author_view(ctx, page, plan.index), globals);
    case PageKind::search: return ctx.templates.render("search", search_view(ctx, page), globals);
  }
  return {};
}

}  // namespace portal
