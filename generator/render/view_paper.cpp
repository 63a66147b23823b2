#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "render/citation.h"
#include "render/edition_view.h"
#include "render/urls.h"
#include "render/views.h"
#include "text/case_map.h"
#include "text/date_format.h"
#include "text/html_escape.h"

namespace portal {

namespace {

/// Length of a URL or DOI starting at `at`, trailing punctuation excluded.
size_t link_length(std::string_view s, size_t at) {
  size_t end = at;
  while (end < s.size() && s[end] != ' ' && s[end] != '\n' && s[end] != '\t' && s[end] != '<' && s[end] != '>' &&
         s[end] != '"')
    ++end;
  while (end > at && std::string_view(".,;:)]").find(s[end - 1]) != std::string_view::npos) --end;
  return end - at;
}

/// True when a DOI ("10.<4–9 digits>/…") starts at `at`, not inside a word.
bool doi_at(std::string_view s, size_t at) {
  if (s.compare(at, 3, "10.") != 0) return false;
  if (at > 0 && (std::isalnum(static_cast<unsigned char>(s[at - 1])) || s[at - 1] == '/' || s[at - 1] == '.')) return false;
  size_t i = at + 3, digits = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
  return digits >= 4 && digits <= 9 && i < s.size() && s[i] == '/';
}

/// A reference's text as HTML: escaped, with URLs and DOIs as links. (A
/// scanner rather than std::regex: it runs for every reference on every page.)
std::string reference_html(std::string_view s) {
  std::string out;
  size_t last = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    bool url = s.compare(i, 7, "http://") == 0 || s.compare(i, 8, "https://") == 0;
    if (!url && !doi_at(s, i)) continue;
    size_t len = link_length(s, i);
    if (len < 8) continue;
    std::string_view target = s.substr(i, len);
    text::append_escaped(out, s.substr(last, i - last));
    out += "<a href=\"";
    text::append_escaped(out, url ? std::string(target) : "https://doi.org/" + std::string(target));
    out += "\">";
    text::append_escaped(out, target);
    out += "</a>";
    i += len - 1;
    last = i + 1;
  }
  text::append_escaped(out, s.substr(last));
  return out;
}

std::vector<PaperAuthor> authors_view(const RenderContext& ctx, const PageRef& page, const Paper& p) {
  std::vector<PaperAuthor> list;
  for (const auto& a : p.authors) {
    PaperAuthor& v = list.emplace_back();
    v.name = shown(ctx, a.name, page.lang, false);
    v.href = page.rel(urls::author(page.lang, a.id));
    if (!a.affiliation.empty()) v.affiliation = shown(ctx, a.affiliation, page.lang, false);
    if (!a.email.empty()) v.email = a.email;
    if (!a.orcid.empty()) v.orcid = a.orcid;
  }
  return list;
}

/// The keywords in the reader's language (or its fallback), each linking to a
/// search for it: `/L/search/?q=<keyword>`.
std::optional<Keywords> keywords_view(const RenderContext& ctx, const PageRef& page, const Paper& p) {
  const Lang& lang = page.lang;
  Lang in = pick_language(p.keywords, lang, ctx.config());
  if (in.empty()) return std::nullopt;
  Keywords v;
  std::string search = page.rel(urls::search(lang));
  for (const auto& k : *p.keywords.get(in)) v.list.push_back({k, search + "?q=" + urls::query_escape(k)});
  v.fallback = in != lang;
  if (v.fallback) v.fallback_note = fallback_note(ctx, lang, in);
  v.lang = std::move(in);
  return v;
}

/// The abstract in the page's language (or its fallback), and the others folded.
void abstracts_view(const RenderContext& ctx, const PageRef& page, const Paper& p, PaperView& v, PageMarks& marks) {
  Shown main = shown(ctx, p.abstract, page.lang);
  if (!main.missing) {
    std::string html = markdown_html(ctx, page, main.text, &p, &marks);
    v.abstract = MainAbstract{std::move(main), std::move(html)};
  }
  for (const auto& l : ctx.config().languages) {
    if ((v.abstract && l == v.abstract->shown.lang) || !p.abstract.has(l)) continue;
    v.other_abstracts.push_back(
        {l, page.lang, ctx.language_name(page.lang, l), markdown_html(ctx, page, *p.abstract.get(l), &p, &marks)});
  }
  for (const auto& l : ctx.config().languages)
    if (p.extended_abstract.has(l))
      v.extended_abstracts.push_back(
          {l, page.lang, ctx.language_name(page.lang, l), markdown_html(ctx, page, *p.extended_abstract.get(l), &p, &marks)});
}

/// Why a related paper is related, in the reader's language: "2 shared topics · cites this paper".
std::string related_reasons(const RenderContext& ctx, const Lang& lang, const RelatedPaper& r) {
  std::vector<std::string> parts;
  auto count = [&](const char* key, int n) {
    if (n > 0) parts.push_back(ctx.msg(lang, key, {{"count", static_cast<long long>(n)}}));
  };
  count("related.shared_authors", r.shared_authors);
  if (r.cites) parts.push_back(ctx.t(lang, "related.cites_this"));
  if (r.cited) parts.push_back(ctx.t(lang, "related.cited_here"));
  count("related.shared_events", r.shared_events);
  count("related.shared_topics", r.shared_topics);
  return fmt::format("{}", fmt::join(parts, " · "));
}

/// The reference list, each with its anchor and the links back to where it is cited.
std::vector<ReferenceView> references_view(const RenderContext& ctx, size_t i) {
  const Paper& p = ctx.ls.paper(i);
  const auto& cited = ctx.ls.papers[i].cited_at;
  std::vector<ReferenceView> refs;
  refs.reserve(p.references.size());
  for (const auto& r : p.references) {
    ReferenceView& ref = refs.emplace_back();
    ref.anchor = fmt::format("ref-{}", r.key);
    ref.html = reference_html(r.text);
    if (auto it = cited.find(r.key); it != cited.end())
      for (int occ : it->second) ref.backlinks.push_back({fmt::format("#cite-{}-{}", r.key, occ), occ});
  }
  return refs;
}

}  // namespace

/// The heading's title: in the page's language when the source gives one,
/// else the original title (in the paper's language, or the nearest the
/// source gives to it), with a lang attribute. Never a fallback translation.
Shown title_view(const RenderContext& ctx, const PageRef& page, const Paper& p) {
  Lang in = p.title.has(page.lang) ? page.lang : pick_language(p.title, p.language, ctx.config());
  if (in.empty()) return shown(ctx, p.title, page.lang);
  Shown v;
  v.text = *p.title.get(in);
  v.foreign = in != page.lang;
  v.lang = std::move(in);
  return v;
}

/// Beneath an original title in another language: the title in the reader's
/// fallback language, marked as a translation; none when there is none.
std::optional<TitleTranslation> title_translation_view(const RenderContext& ctx, const PageRef& page, const Paper& p,
                                                       const std::string& original) {
  if (original == page.lang) return std::nullopt;
  Lang l = pick_language(p.title, page.lang, ctx.config());
  if (l.empty() || l == original) return std::nullopt;
  std::string label = ctx.msg(page.lang, "paper_notes.title_translation", {{"language", ctx.language_name(page.lang, l)}});
  return TitleTranslation{*p.title.get(l), l, std::move(label)};
}

PaperPage paper_view(const RenderContext& ctx, const PageRef& page, size_t i) {
  const Paper& p = ctx.ls.paper(i);
  const PaperLinks& pl = ctx.ls.papers[i];
  PaperPage page_view;
  PaperView& pv = page_view.paper;
  pv.title = title_view(ctx, page, p);
  page_view.layout = layout_view(ctx, page, pv.title.text, [&](const Lang& l) { return urls::paper(l, p.id); }, "papers");
  pv.title_translation = title_translation_view(ctx, page, p, pv.title.lang);
  pv.editorial_title = p.title_editorial;
  // Titles in the other languages the source gives, for readers of those languages.
  for (const auto& [l, t] : p.title.values)
    if (l != pv.title.lang && !(pv.title_translation && l == pv.title_translation->lang))
      pv.other_titles.push_back({l, t, ctx.language_name(page.lang, l)});
  pv.type_caps = text::to_upper(ctx.t(page.lang, "paper_types." + p.type), page.lang);  // ICU: Turkish i → İ
  pv.authors = authors_view(ctx, page, p);
  pv.language = p.language;
  pv.language_name = ctx.language_name(page.lang, p.language);
  if (p.journal) pv.journal = JournalView{p.journal->name, p.journal->volume, p.journal->issue, p.journal->pages};
  auto date = [&](const std::optional<Date>& d) {
    return d ? std::optional<DateView>(DateView{text::format_date(*d, page.lang), d->iso()}) : std::nullopt;
  };
  pv.published = date(p.published);
  pv.received = date(p.received);
  pv.accepted = date(p.accepted);
  if (!p.doi.empty()) pv.doi = TextLink{p.doi, "https://doi.org/" + p.doi};
  if (!p.udc.empty()) pv.udc = p.udc;
  pv.topics = topic_chips(ctx, page, p.topics);
  pv.keywords = keywords_view(ctx, page, p);
  // The texts in the order the page shows them, so the first editorial mark
  // of the page is the one that explains itself in print.
  PageMarks marks;
  abstracts_view(ctx, page, p, pv, marks);
  if (p.has_full_text()) {
    pv.body_html = markdown_html(ctx, page, p.body, &p, &marks);
    pv.body_foreign = p.language != page.lang;
    pv.full_text_note = ctx.msg(page.lang, "paper.full_text_note", {{"language", ctx.language_name(page.lang, p.language)}});
    for (const auto& h : pl.body.headings)
      if (h.level <= 3) pv.toc.push_back({h.text, "#" + h.id, h.level == 3});
  }
  pv.draft = p.draft;
  pv.has_reference_list = p.has_reference_list;
  if (!p.unresolved_citations_reason.empty())
    pv.unresolved_citations_reason = shown(ctx, p.unresolved_citations_reason, page.lang);
  pv.references = references_view(ctx, i);
  pv.references_numbered = p.references_style == ReferencesStyle::numbered;
  pv.export_bib = page.rel(urls::paper_export(p.id, "bib"));
  pv.export_ris = page.rel(urls::paper_export(p.id, "ris"));
  pv.export_json = page.rel(urls::paper_export(p.id, "json"));
  std::string page_url =
      ctx.config().base_url.empty() ? std::string() : ctx.config().base_url + urls::paper(p.language, p.id);
  Citation apa = cite_apa(p, page.lang, ctx.ls.name_evidence, page_url), gost = cite_gost(p, page.lang);
  pv.cite.push_back({"cite-apa", "APA 7", std::move(apa.html), apa_language(p, page.lang)});
  pv.cite.push_back({"cite-gost", ctx.t(page.lang, "paper.gost"), std::move(gost.html), p.language});
  for (size_t e : pl.events) pv.events.push_back(event_link(ctx, page, e));
  for (const RelatedPaper& r : pl.related) {
    PaperCard& card = pv.related.emplace_back(paper_card(ctx, page, r.paper));
    card.why = related_reasons(ctx, page.lang, r);
  }
  pv.edition = edition_view(ctx, page, p);
  page_view.meta = paper_meta(ctx, page, i);
  // The paper's own-language page is canonical, on every language version.
  page_view.layout.canonical = page_view.meta.canonical;
  if (!page_view.meta.description.empty()) page_view.layout.description = page_view.meta.description;
  return page_view;
}

}  // namespace portal
