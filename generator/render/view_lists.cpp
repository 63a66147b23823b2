#include "render/urls.h"
#include "render/views.h"

namespace portal {

json papers_view(const RenderContext& ctx, const PageRef& page) {
  json v = layout_view(ctx, page, ctx.t(page.lang, "papers.title"), [](const Lang& l) { return urls::papers(l); },
                       "papers");
  json list = json::array();
  for (size_t i : ctx.ls.papers_newest_first) list.push_back(paper_card(ctx, page, i));
  v["papers"] = list;
  v["count"] = list.size();
  return v;
}

json home_view(const RenderContext& ctx, const PageRef& page) {
  constexpr size_t kNewest = 5, kRecent = 6;
  json v = layout_view(ctx, page, "", [](const Lang& l) { return urls::home(l); }, "home");
  json list = json::array();
  for (size_t n = 0; n < ctx.ls.papers_newest_first.size() && n < kNewest; ++n)
    list.push_back(paper_card(ctx, page, ctx.ls.papers_newest_first[n]));
  v["papers"] = list;
  json tiles = json::array();
  for (size_t t = 0; t < ctx.ls.site->topics.size(); ++t) tiles.push_back(topic_tile(ctx, page, t));
  v["topics"] = tiles;
  json recent = json::array();
  const auto& events = ctx.ls.events_in_order;
  for (size_t n = 0; n < events.size() && n < kRecent; ++n)
    recent.push_back(event_view(ctx, page, events[events.size() - 1 - n]));
  v["recent_events"] = recent;
  v["overview"] = overview_view(ctx, page, events);
  v["timeline_href"] = page.rel(urls::timeline(page.lang));
  v["is_home"] = true;
  v["papers_href"] = page.rel(urls::papers(page.lang));
  flag_arrays(v);
  return v;
}

json root_view(const RenderContext& ctx, const PageRef& page) {
  json v = layout_view(ctx, page, "", [](const Lang& l) { return urls::home(l); }, "");
  json choices = json::array();
  for (const auto& l : ctx.config().languages)
    choices.push_back({{"code", l},
                       {"name", ctx.autonym(l)},
                       {"href", page.rel(urls::home(l))},
                       {"title", localized(ctx, ctx.config().title, l)},
                       {"description", localized(ctx, ctx.config().description, l)},
                       {"enter", ctx.t(l, "root.enter")},
                       {"default", l == ctx.config().default_language}});
  v["choices"] = choices;
  v["default_href"] = page.rel(urls::home(ctx.config().default_language));
  return v;
}

json not_found_view(const RenderContext& ctx, const PageRef& page) {
  // A 404 page is served at any depth, so relative links cannot work: use
  // base_url when known, else links from the server root.
  const SiteConfig& config = ctx.config();
  std::string base = config.base_url.empty() ? "/" : config.base_url;
  json v = layout_view(ctx, page, ctx.t(page.lang, "not_found.title"), [](const Lang& l) { return urls::home(l); }, "");
  auto absolute = [&](json& items) {
    for (auto& item : items) {
      std::string href = item["href"];
      item["href"] = base + href;
    }
  };
  absolute(v["nav"]);
  absolute(v["languages"]);
  v["css"] = base + "assets/style.css";
  v["search_href"] = base + urls::search(page.lang);
  v["site"]["home"] = base + urls::home(page.lang);
  json choices = json::array();
  for (const auto& l : config.languages)
    choices.push_back({{"code", l},
                       {"name", ctx.autonym(l)},
                       {"href", base + urls::home(l)},
                       {"message", ctx.t(l, "not_found.message")},
                       {"back", ctx.t(l, "not_found.back")}});
  v["choices"] = choices;
  return v;
}

}  // namespace portal
