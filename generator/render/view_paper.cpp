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

json authors_view(const RenderContext& ctx, const PageRef& page, const Paper& p) {
  json list = json::array();
  for (const auto& a : p.authors) {
    json v = {{"name", localized(ctx, a.name, page.lang, false)}, {"href", page.rel(urls::author(page.lang, a.id))}};
    v["affiliation"] = a.affiliation.empty() ? json(false) : localized(ctx, a.affiliation, page.lang, false);
    v["email"] = a.email.empty() ? json(false) : json(a.email);
    v["orcid"] = a.orcid.empty() ? json(false) : json(a.orcid);
    list.push_back(v);
  }
  return list;
}

/// The keywords in the reader's language (or its fallback), each linking to a
/// search for it: `/L/search/?q=<keyword>`.
json keywords_view(const RenderContext& ctx, const PageRef& page, const Paper& p) {
  const Lang& lang = page.lang;
  Lang shown = pick_language(p.keywords, lang, ctx.config());
  if (shown.empty()) return nullptr;
  json list = json::array();
  std::string search = page.rel(urls::search(lang));
  for (const auto& k : *p.keywords.get(shown))
    list.push_back({{"text", k}, {"href", search + "?q=" + urls::query_escape(k)}});
  json v = {{"list", list}, {"lang", shown}, {"fallback", shown != lang}};
  if (shown != lang) v["fallback_note"] = ctx.msg(lang, "fallback.shown_in", {{"language", ctx.t(lang, "language_in." + shown)}});
  return v;
}

/// The abstract in the page's language (or its fallback), and the others folded.
void abstracts_view(const RenderContext& ctx, const PageRef& page, const Paper& p, json& v, PageMarks& marks) {
  Lang shown = pick_language(p.abstract, page.lang, ctx.config());
  if (!shown.empty()) {
    json main = localized(ctx, p.abstract, page.lang);
    main["html"] = markdown_html(ctx, page, *p.abstract.get(shown), &p, &marks);
    main["language_name"] = ctx.language_name(page.lang, shown);
    v["abstract"] = main;
  }
  json others = json::array();
  for (const auto& l : ctx.config().languages) {
    if (l == shown || !p.abstract.has(l)) continue;
    others.push_back({{"lang", l},
                      {"page_lang", page.lang},
                      {"language_name", ctx.language_name(page.lang, l)},
                      {"html", markdown_html(ctx, page, *p.abstract.get(l), &p, &marks)}});
  }
  v["other_abstracts"] = others;
  json extended = json::array();
  for (const auto& l : ctx.config().languages)
    if (p.extended_abstract.has(l))
      extended.push_back({{"lang", l},
                          {"language_name", ctx.language_name(page.lang, l)},
                          {"html", markdown_html(ctx, page, *p.extended_abstract.get(l), &p, &marks)}});
  v["extended_abstracts"] = extended;
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

/// The reference list, each with its anchor and the links back to where it
/// is cited. Built key by key: a list can hold thousands of references, and
/// nested initializer lists would copy every value once more.
json references_view(const RenderContext& ctx, size_t i) {
  const Paper& p = ctx.ls.paper(i);
  const auto& cited = ctx.ls.papers[i].cited_at;
  json refs = json::array();
  refs.get_ref<json::array_t&>().reserve(p.references.size());
  for (const auto& r : p.references) {
    json backlinks = json::array();
    if (auto it = cited.find(r.key); it != cited.end())
      for (int occ : it->second) {
        json& link = backlinks.emplace_back(json::object());
        link["href"] = fmt::format("#cite-{}-{}", r.key, occ);
        link["n"] = occ;
      }
    json& ref = refs.emplace_back(json::object());
    ref["key"] = r.key;
    ref["anchor"] = fmt::format("ref-{}", r.key);
    ref["html"] = reference_html(r.text);
    ref["cited"] = !backlinks.empty();
    ref["backlinks"] = std::move(backlinks);
  }
  return refs;
}

}  // namespace

/// The heading's title: in the page's language when the source gives one,
/// else the original title (in the paper's language, or the nearest the
/// source gives to it), with a lang attribute. Never a fallback translation.
json title_view(const RenderContext& ctx, const PageRef& page, const Paper& p) {
  Lang shown = p.title.has(page.lang) ? page.lang : pick_language(p.title, p.language, ctx.config());
  if (shown.empty()) return localized(ctx, p.title, page.lang);
  return {{"text", *p.title.get(shown)}, {"lang", shown}, {"foreign", shown != page.lang}, {"fallback", false},
          {"missing", false}};
}

/// Beneath an original title in another language: the title in the reader's
/// fallback language, marked as a translation; false when there is none.
json title_translation_view(const RenderContext& ctx, const PageRef& page, const Paper& p, const std::string& shown) {
  if (shown == page.lang) return false;
  Lang l = pick_language(p.title, page.lang, ctx.config());
  if (l.empty() || l == shown) return false;
  return {{"text", *p.title.get(l)}, {"lang", l},
          {"label", ctx.msg(page.lang, "paper_notes.title_translation", {{"language", ctx.language_name(page.lang, l)}})}};
}

json paper_view(const RenderContext& ctx, const PageRef& page, size_t i) {
  const Paper& p = ctx.ls.paper(i);
  const PaperLinks& pl = ctx.ls.papers[i];
  json title = title_view(ctx, page, p);
  json v = layout_view(ctx, page, title["text"], [&](const Lang& l) { return urls::paper(l, p.id); }, "papers");
  json pv;
  pv["id"] = p.id;
  pv["title"] = title;
  pv["title_translation"] = title_translation_view(ctx, page, p, title["lang"]);
  pv["editorial_title"] = p.title_editorial;
  // Titles in the other languages the source gives, for readers of those languages.
  json other_titles = json::array();
  for (const auto& [l, t] : p.title.values)
    if (l != title["lang"] && !(pv["title_translation"].is_object() && l == pv["title_translation"]["lang"]))
      other_titles.push_back({{"lang", l}, {"text", t}, {"language_name", ctx.language_name(page.lang, l)}});
  pv["other_titles"] = other_titles;
  pv["type"] = ctx.t(page.lang, "paper_types." + p.type);
  pv["type_caps"] = text::to_upper(pv["type"].get<std::string>(), page.lang);  // ICU: Turkish i → İ
  pv["authors"] = authors_view(ctx, page, p);
  pv["has_authors"] = !p.authors.empty();
  pv["language"] = p.language;
  pv["language_name"] = ctx.language_name(page.lang, p.language);
  if (p.journal) {
    json j = {{"name", p.journal->name}, {"volume", p.journal->volume}, {"issue", p.journal->issue},
              {"pages", p.journal->pages}, {"issn", p.journal->issn}};
    pv["journal"] = j;
  }
  if (p.published) pv["published"] = {{"text", text::format_date(*p.published, page.lang)}, {"iso", p.published->iso()}};
  if (p.received) pv["received"] = {{"text", text::format_date(*p.received, page.lang)}, {"iso", p.received->iso()}};
  if (p.accepted) pv["accepted"] = {{"text", text::format_date(*p.accepted, page.lang)}, {"iso", p.accepted->iso()}};
  if (!p.doi.empty()) pv["doi"] = {{"text", p.doi}, {"href", "https://doi.org/" + p.doi}};
  if (!p.udc.empty()) pv["udc"] = p.udc;
  pv["topics"] = topic_chips(ctx, page, p.topics);
  if (auto kw = keywords_view(ctx, page, p); !kw.is_null()) pv["keywords"] = kw;
  // The texts in the order the page shows them, so the first editorial mark
  // of the page is the one that explains itself in print.
  PageMarks marks;
  abstracts_view(ctx, page, p, pv, marks);
  if (p.has_full_text()) {
    pv["body_html"] = markdown_html(ctx, page, p.body, &p, &marks);
    pv["body_foreign"] = p.language != page.lang;
    pv["full_text_note"] = ctx.msg(page.lang, "paper.full_text_note", {{"language", ctx.language_name(page.lang, p.language)}});
    json toc = json::array();
    for (const auto& h : pl.body.headings)
      if (h.level <= 3) toc.push_back({{"text", h.text}, {"href", "#" + h.id}, {"sub", h.level == 3}});
    pv["toc"] = toc;
  }
  pv["draft"] = p.draft;
  pv["has_reference_list"] = p.has_reference_list;
  pv["unresolved_citations_reason"] = p.unresolved_citations_reason.empty()
                                          ? json(false)
                                          : localized(ctx, p.unresolved_citations_reason, page.lang);
  pv["references"] = references_view(ctx, i);
  pv["has_references"] = !p.references.empty();
  pv["references_numbered"] = p.references_style == ReferencesStyle::numbered;
  pv["unresolved_citations"] = !p.has_reference_list && std::any_of(pl.body.links.begin(), pl.body.links.end(),
                                                                    [](const text::SchemeLink& l) { return l.scheme == "cite"; });
  pv["exports"] = {{"bib", page.rel(urls::paper_export(p.id, "bib"))},
                   {"ris", page.rel(urls::paper_export(p.id, "ris"))},
                   {"json", page.rel(urls::paper_export(p.id, "json"))}};
  std::string page_url =
      ctx.config().base_url.empty() ? std::string() : ctx.config().base_url + urls::paper(p.language, p.id);
  Citation apa = cite_apa(p, page.lang, ctx.ls.name_evidence, page_url), gost = cite_gost(p, page.lang);
  pv["cite"] = json::array({{{"id", "cite-apa"}, {"style", "APA 7"}, {"html", apa.html}, {"text", apa.text},
                             {"language", apa_language(p, page.lang)}},
                            {{"id", "cite-gost"}, {"style", ctx.t(page.lang, "paper.gost")}, {"html", gost.html}, {"text", gost.text},
                             {"language", p.language}}});
  json events = json::array();
  for (size_t e : pl.events) {
    const Event& ev = ctx.ls.event(e);
    events.push_back({{"title", localized(ctx, ev.title, page.lang)},
                      {"date", date_text(ctx, ev.date, ev.end, page.lang)},
                      {"href", event_href(ctx, page, e)}});
  }
  pv["events"] = events;
  json related = json::array();
  for (const RelatedPaper& r : pl.related) {
    json card = paper_card(ctx, page, r.paper);
    card["why"] = related_reasons(ctx, page.lang, r);
    related.push_back(card);
  }
  pv["related"] = related;
  if (!p.source.empty()) pv["source"] = p.source;
  pv["edition"] = edition_view(ctx, page, p);
  v["paper"] = pv;
  v["meta"] = paper_meta(ctx, page, i);
  v["canonical"] = v["meta"]["canonical"];  // the paper's own-language page, on every language version
  if (!v["meta"]["description"].get<std::string>().empty()) v["description"] = v["meta"]["description"];
  return v;
}

}  // namespace portal
