#include <algorithm>

#include "render/citation.h"
#include "render/urls.h"
#include "render/views.h"

namespace portal {

AuthorsPage authors_view(const RenderContext& ctx, const PageRef& page) {
  AuthorsPage v;
  v.layout = layout_view(ctx, page, ctx.t(page.lang, "authors.title"), [](const Lang& l) { return urls::authors(l); },
                         "authors");
  std::vector<std::pair<std::string, AuthorEntryView>> keyed;
  for (const auto& entry : ctx.ls.authors) {
    const Author& a = entry.author;
    AuthorEntryView item;
    item.name = shown(ctx, a.name, page.lang, false);
    item.href = page.rel(urls::author(page.lang, a.id));
    item.papers = ctx.msg(page.lang, "topics.papers_count", {{"count", static_cast<long long>(entry.papers.size())}});
    // An affiliation is a translation like any other: one in another language is marked visibly.
    if (!a.affiliation.empty()) item.affiliation = shown(ctx, a.affiliation, page.lang);
    // Sorted by family name, then given names, as author indexes are.
    PersonName split = name_parts(a, item.name.lang);
    keyed.emplace_back(ctx.collator(page.lang).sort_key(split.family + ", " + split.given), std::move(item));
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& entry : keyed) v.authors.push_back(std::move(entry.second));
  return v;
}

AuthorPage author_view(const RenderContext& ctx, const PageRef& page, size_t i) {
  const AuthorEntry& entry = ctx.ls.authors[i];
  const Author& a = entry.author;
  AuthorPage v;
  v.name = shown(ctx, a.name, page.lang, false);
  v.layout = layout_view(ctx, page, v.name.text, [&](const Lang& l) { return urls::author(l, a.id); }, "authors");
  for (const auto& [l, n] : a.name.values) {
    const std::string& text = n;  // a structured binding cannot be captured by clang 14
    if (text != v.name.text &&
        std::none_of(v.other_names.begin(), v.other_names.end(), [&](const OtherName& o) { return o.text == text; }))
      v.other_names.push_back({text, l});
  }
  if (!a.affiliation.empty()) v.affiliation = shown(ctx, a.affiliation, page.lang);
  if (!a.email.empty()) v.email = a.email;
  if (!a.orcid.empty()) v.orcid = a.orcid;
  for (size_t p : entry.papers) v.papers.push_back(paper_card(ctx, page, p));
  return v;
}

}  // namespace portal
