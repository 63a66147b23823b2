#pragma once
/// The page plan: every page of the site as (kind, language, subject, URL),
/// and the renderer that turns one planned page into HTML. Pages are
/// independent, so the build renders them in parallel.

#include <string>
#include <vector>

#include "render/context.h"

namespace portal {

enum class PageKind { root, not_found, home, papers, paper, topics, topic, timeline, timeline_topic, authors, author, search };

/// One page to render. `index` is the paper/topic/author index for per-item kinds.
struct PagePlan {
  PageKind kind;
  Lang lang;
  size_t index = 0;
  std::string url;  ///< site-relative, e.g. "kk/papers/x/" or "404.html"
};

/// Every page of the site, in a stable order.
std::vector<PagePlan> plan_pages(const LinkedSite& ls);

/// Renders one page to HTML.
std::string render_page(const RenderContext& ctx, const PagePlan& plan);

}  // namespace portal
