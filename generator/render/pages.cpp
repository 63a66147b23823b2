#include "render/pages.h"

#include <algorithm>
#include <iterator>

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

namespace {

constexpr size_t npos = TimelinePeriods::npos;

/// One page kind: the template that renders it and how its data is made
/// (its view model, built and turned into template data).
struct PageKindSpec {
  PageKind kind;
  std::string_view template_name;
  json (*data)(const RenderContext& ctx, const PageRef& page, const PagePlan& plan);
};

using Ctx = const RenderContext&;
using Page = const PageRef&;
using Plan = const PagePlan&;

/// Every page kind, in the order of the enum.
constexpr PageKindSpec kPageKinds[] = {
    {PageKind::root, "root", [](Ctx ctx, Page page, Plan) { return to_data(root_view(ctx, page)); }},
    {PageKind::not_found, "not_found", [](Ctx ctx, Page page, Plan) { return to_data(not_found_view(ctx, page)); }},
    {PageKind::home, "home", [](Ctx ctx, Page page, Plan) { return to_data(home_view(ctx, page)); }},
    {PageKind::papers, "papers", [](Ctx ctx, Page page, Plan) { return to_data(papers_view(ctx, page, PaperFilter{})); }},
    {PageKind::paper, "paper", [](Ctx ctx, Page page, Plan plan) { return to_data(paper_view(ctx, page, plan.index)); }},
    {PageKind::topics, "topics", [](Ctx ctx, Page page, Plan) { return to_data(topics_view(ctx, page)); }},
    {PageKind::topic, "topic", [](Ctx ctx, Page page, Plan plan) { return to_data(topic_view(ctx, page, plan.index)); }},
    {PageKind::timeline, "timeline",
     [](Ctx ctx, Page page, Plan) { return to_data(timeline_view(ctx, page, npos, npos)); }},
    {PageKind::timeline_topic, "timeline",
     [](Ctx ctx, Page page, Plan plan) { return to_data(timeline_view(ctx, page, plan.index, npos)); }},
    {PageKind::timeline_period, "timeline",
     [](Ctx ctx, Page page, Plan plan) { return to_data(timeline_view(ctx, page, npos, plan.period)); }},
    {PageKind::timeline_topic_period, "timeline",
     [](Ctx ctx, Page page, Plan plan) { return to_data(timeline_view(ctx, page, plan.index, plan.period)); }},
    {PageKind::authors, "authors", [](Ctx ctx, Page page, Plan) { return to_data(authors_view(ctx, page)); }},
    {PageKind::author, "author", [](Ctx ctx, Page page, Plan plan) { return to_data(author_view(ctx, page, plan.index)); }},
    {PageKind::papers_filtered, "papers",
     [](Ctx ctx, Page page, Plan plan) { return to_data(papers_view(ctx, page, plan.filter)); }},
    {PageKind::search, "search", [](Ctx ctx, Page page, Plan) { return to_data(search_view(ctx, page)); }},
};

constexpr bool in_enum_order() {
  for (size_t i = 0; i < std::size(kPageKinds); ++i)
    if (static_cast<size_t>(kPageKinds[i].kind) != i) return false;
  return true;
}
static_assert(std::size(kPageKinds) == static_cast<size_t>(PageKind::search) + 1 && in_enum_order(),
              "kPageKinds lists every page kind once, in the order of the enum");

}  // namespace

std::vector<std::string_view> page_templates() {
  std::vector<std::string_view> names;
  for (const PageKindSpec& k : kPageKinds)
    if (std::find(names.begin(), names.end(), k.template_name) == names.end()) names.push_back(k.template_name);
  return names;
}

std::string render_page(const RenderContext& ctx, const PagePlan& plan) {
  const PageKindSpec& spec = kPageKinds[static_cast<size_t>(plan.kind)];
  PageRef page{plan.lang, plan.url};
  return ctx.templates.render(spec.template_name, spec.data(ctx, page, plan), ctx.globals.at(plan.lang));
}

}  // namespace portal
