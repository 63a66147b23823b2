#include <algorithm>

#include "render/urls.h"
#include "render/views.h"

namespace portal {

SearchPage search_view(const RenderContext& ctx, const PageRef& page) {
  const LinkedSite& ls = ctx.ls;
  const Lang& lang = page.lang;
  SearchPage v;
  v.layout = layout_view(ctx, page, ctx.t(lang, "search.title"), [](const Lang& l) { return urls::search(l); }, "search");
  v.index_href = page.rel("search-index/");
  v.script = page.rel("assets/search.js");
  v.links = {{ctx.t(lang, "nav.papers"), page.rel(urls::papers(lang))},
             {ctx.t(lang, "nav.topics"), page.rel(urls::topics(lang))},
             {ctx.t(lang, "nav.authors"), page.rel(urls::authors(lang))},
             {ctx.t(lang, "nav.timeline"), page.rel(urls::timeline(lang))}};
  for (const char* k : {"paper", "event", "topic", "author"})
    v.kinds.push_back({k, ctx.t(lang, std::string("search.kinds.") + k)});
  for (size_t t = 0; t < ls.site->topics.size(); ++t)
    v.topics.push_back({std::to_string(t), shown(ctx, ls.site->topics[t].name, lang)});
  // The languages papers are written in, as the index numbers them (site.yaml order).
  const auto& langs = ctx.config().languages;
  for (size_t l = 0; l < langs.size(); ++l)
    if (std::any_of(ls.site->papers.begin(), ls.site->papers.end(), [&](const Paper& p) { return p.language == langs[l]; }))
      v.paper_languages.push_back({std::to_string(l), ctx.language_name(lang, langs[l])});
  auto see = [&](int y) {
    if (y == 0) return;
    v.min_year = v.min_year == 0 ? y : std::min(v.min_year, y);
    v.max_year = std::max(v.max_year, y);
  };
  for (const auto& p : ls.site->papers) see(p.published ? p.published->year : 0);
  for (const auto& e : ls.site->events) see(e.date.year);
  // What the script shows, in this page's language: a visible fallback note
  // for each language a title may be shown in instead, and each language's name.
  for (const auto& l : langs)
    v.language_notes.push_back(
        {l, ctx.language_name(lang, l),
         l == lang ? std::string() : ctx.msg(lang, "fallback.shown_in", {{"language", ctx.language_name(lang, l)}})});
  return v;
}

}  // namespace portal
