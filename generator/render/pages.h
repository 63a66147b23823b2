#pragma once
/// The page plan: every page of the site as (kind, language, subject, URL),
/// and the renderer that turns one planned page into HTML. Pages are
/// independent, so the build renders them in parallel.

#include <string>
#include <string_view>
#include <vector>

#include "render/context.h"
#include "render/paper_filter.h"

namespace portal {

enum class PageKind {
  root, not_found, home, papers, paper, topics, topic,
  timeline, timeline_topic, timeline_period, timeline_topic_period,
  authors, author, papers_filtered, search
};

/// One page to render. `index` is the paper/topic/author index for per-item kinds.
struct PagePlan {
  PageKind kind;
  Lang lang;
  size_t index = 0;
  std::string url;  ///< site-relative, e.g. "kk/papers/x/" or "404.html"
  size_t period = 0;  ///< for timeline_period and timeline_topic_period: index into TimelinePeriods::periods
  PaperFilter filter{};  ///< papers_filtered: which papers the list shows
};

/// Every page of the site, in a stable order.
std::vector<PagePlan> plan_pages(const LinkedSite& ls);

/// The names of the templates render_page() uses, which every theme must have.
std::vector<std::string_view> page_templates();

/// Renders one page to HTML.
std::string render_page(const RenderContext& ctx, const PagePlan& plan);

}  // namespace portal
