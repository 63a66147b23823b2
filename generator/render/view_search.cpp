#include <algorithm>

#include "render/urls.h"
#include "render/views.h"

namespace portal {

json search_view(const RenderContext& ctx, const PageRef& page) {
  const LinkedSite& ls = ctx.ls;
  const Lang& lang = page.lang;
  json v = layout_view(ctx, page, ctx.t(lang, "search.title"), [](const Lang& l) { return urls::search(l); }, "search");
  v["index_href"] = page.rel("search-index/");
  v["script"] = page.rel("assets/search.js");
  v["links"] = json::array({
      {{"href", page.rel(urls::papers(lang))}, {"label", ctx.t(lang, "nav.papers")}},
      {{"href", page.rel(urls::topics(lang))}, {"label", ctx.t(lang, "nav.topics")}},
      {{"href", page.rel(urls::authors(lang))}, {"label", ctx.t(lang, "nav.authors")}},
      {{"href", page.rel(urls::timeline(lang))}, {"label", ctx.t(lang, "nav.timeline")}},
  });
  json kinds = json::array();
  for (const char* k : {"paper", "event", "topic", "author"})
    kinds.push_back({{"value", k}, {"label", ctx.t(lang, std::string("search.kinds.") + k)}});
  v["kinds"] = kinds;
  json topics = json::array();
  for (size_t t = 0; t < ls.site->topics.size(); ++t)
    topics.push_back({{"value", t}, {"name", localized(ctx, ls.site->topics[t].name, lang)}});
  v["topics"] = topics;
  // The languages papers are written in, as the index numbers them (site.yaml order).
  json languages = json::array();
  const auto& langs = ctx.config().languages;
  for (size_t l = 0; l < langs.size(); ++l)
    if (std::any_of(ls.site->papers.begin(), ls.site->papers.end(), [&](const Paper& p) { return p.language == langs[l]; }))
      languages.push_back({{"value", l}, {"label", ctx.language_name(lang, langs[l])}});
  v["paper_languages"] = languages;
  int min_year = 0, max_year = 0;
  auto see = [&](int y) {
    if (y == 0) return;
    min_year = min_year == 0 ? y : std::min(min_year, y);
    max_year = std::max(max_year, y);
  };
  for (const auto& p : ls.site->papers) see(p.published ? p.published->year : 0);
  for (const auto& e : ls.site->events) see(e.date.year);
  v["min_year"] = min_year;
  v["max_year"] = max_year;
  // What the script shows, in this page's language: a visible fallback note
  // for each language a title may be shown in instead, and each language's name.
  json notes = json::array();
  for (const auto& l : langs)
    notes.push_back({{"code", l},
                     {"name", ctx.language_name(lang, l)},
                     {"note", l == lang ? std::string() : ctx.msg(lang, "fallback.shown_in", {{"language", ctx.language_name(lang, l)}})}});
  v["language_notes"] = notes;
  return v;
}

}  // namespace portal
