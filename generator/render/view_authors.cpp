#include <algorithm>

#include "render/citation.h"
#include "render/urls.h"
#include "render/views.h"

namespace portal {

json authors_view(const RenderContext& ctx, const PageRef& page) {
  json v = layout_view(ctx, page, ctx.t(page.lang, "authors.title"), [](const Lang& l) { return urls::authors(l); },
                       "authors");
  std::vector<std::pair<std::string, json>> keyed;
  for (const auto& entry : ctx.ls.authors) {
    const Author& a = entry.author;
    json name = localized(ctx, a.name, page.lang, false);
    json item = {{"name", name},
                 {"href", page.rel(urls::author(page.lang, a.id))},
                 {"papers", ctx.msg(page.lang, "topics.papers_count", {{"count", static_cast<long long>(entry.papers.size())}})}};
    // An affiliation is a translation like any other: one in another language is marked visibly.
    item["affiliation"] = a.affiliation.empty() ? json(false) : localized(ctx, a.affiliation, page.lang);
    // Sorted by family name, then given names, as author indexes are.
    PersonName split = name_parts(a, name["lang"].get<std::string>());
    keyed.emplace_back(ctx.collator(page.lang).sort_key(split.family + ", " + split.given), item);
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  json list = json::array();
  for (auto& [k, item] : keyed) list.push_back(std::move(item));
  v["authors"] = list;
  return v;
}

json author_view(const RenderContext& ctx, const PageRef& page, size_t i) {
  const AuthorEntry& entry = ctx.ls.authors[i];
  const Author& a = entry.author;
  json name = localized(ctx, a.name, page.lang, false);
  json v = layout_view(ctx, page, name["text"], [&](const Lang& l) { return urls::author(l, a.id); }, "authors");
  json av = {{"name", name}};
  json other = json::array();
  for (const auto& [l, n] : a.name.values) {
    const std::string& text = n;  // a structured binding cannot be captured by clang 14
    if (text != name["text"].get<std::string>() &&
        std::none_of(other.begin(), other.end(), [&](const json& o) { return o["text"] == text; }))
      other.push_back({{"text", text}, {"lang", l}});
  }
  av["other_names"] = other;
  if (!a.affiliation.empty()) av["affiliation"] = localized(ctx, a.affiliation, page.lang);
  if (!a.email.empty()) av["email"] = a.email;
  if (!a.orcid.empty()) av["orcid"] = a.orcid;
  json papers = json::array();
  for (size_t p : entry.papers) papers.push_back(paper_card(ctx, page, p));
  av["papers"] = papers;
  v["author"] = av;
  return v;
}

}  // namespace portal
