// Scholarly metadata in a paper page's head: Google Scholar (Highwire Press)
// tags, schema.org ScholarlyArticle as JSON-LD, Open Graph. Each tag appears
// only when the paper has the fact; nothing is invented.
//
// One record per paper: every language version names the page in the paper's
// own language as canonical, and only that page carries the Highwire tags.
// A paper whose title the editors wrote (the source has none) gets no Highwire
// record at all, since citation_title must be the published title.

#include <fmt/format.h>

#include "render/citation.h"
#include "render/urls.h"
#include "render/views.h"
#include "text/markdown.h"
#include "text/page_range.h"
#include "text/shorten.h"
#include "text/trim.h"

namespace portal {

namespace {

/// A localized value in `lang`, else the first the value has.
template <class T>
const T* prefer(const Localized<T>& v, const Lang& lang) {
  if (const T* x = v.get(lang)) return x;
  return v.empty() ? nullptr : &v.values.begin()->second;
}

std::string og_locale(const Lang& lang) {
  if (lang == "kk") return "kk_KZ";
  if (lang == "ru") return "ru_RU";
  if (lang == "tr") return "tr_TR";
  if (lang == "en") return "en_US";
  return lang;
}

/// JSON for a <script> element: '<', '>' and '&' escaped so no text can close it.
std::string script_safe(const json& j) {
  std::string s = j.dump(), out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else out += c;
  }
  return out;
}

}  // namespace

PaperMeta paper_meta(const RenderContext& ctx, const PageRef& page, size_t i) {
  const Paper& p = ctx.ls.paper(i);
  const SiteConfig& config = ctx.config();
  const Lang& own = p.language;
  PaperMeta meta;
  auto tag = [&](const char* name, const std::string& content) {
    if (!content.empty()) meta.tags.push_back({name, content});
  };
  const std::string* title = prefer(p.title, own);
  auto absolute = [&](const std::string& url) { return config.base_url.empty() ? page.rel(url) : config.base_url + url; };
  const std::string canonical_path = urls::paper(own, p.id);
  const bool scholar_record = page.url == canonical_path && !p.title_editorial && title;
  if (scholar_record) tag("citation_title", *title);
  for (const auto& a : p.authors) {
    if (!scholar_record) break;
    PersonName n = name_parts(a, own);
    if (!n.family.empty()) tag("citation_author", n.given.empty() ? n.family : n.family + ", " + n.given);
    if (!a.orcid.empty()) tag("citation_author_orcid", "https://orcid.org/" + a.orcid);
    if (const std::string* aff = prefer(a.affiliation, own)) tag("citation_author_institution", *aff);
  }
  if (p.published && scholar_record) {
    std::string d = fmt::format("{:04}", p.published->year);
    if (p.published->month) d += fmt::format("/{:02}", p.published->month);
    if (p.published->day) d += fmt::format("/{:02}", p.published->day);
    tag("citation_publication_date", d);
  }
  std::string first, last;
  if (p.journal) {
    auto range = text::page_range(p.journal->pages);
    first = text::trim_blanks(range.first);
    last = text::trim_blanks(range.last);
  }
  if (p.journal && scholar_record) {
    tag("citation_journal_title", p.journal->name);
    tag("citation_volume", p.journal->volume);
    tag("citation_issue", p.journal->issue);
    tag("citation_firstpage", first);
    tag("citation_lastpage", last);
    tag("citation_issn", p.journal->issn);
  }
  Lang kw_lang = pick_language(p.keywords, page.lang, config);
  std::string page_url = config.base_url.empty() ? std::string() : config.base_url + page.url;
  if (scholar_record) {
    tag("citation_doi", p.doi);
    tag("citation_language", own);
    if (!kw_lang.empty()) tag("citation_keywords", fmt::format("{}", fmt::join(*p.keywords.get(kw_lang), "; ")));
    tag("citation_abstract_html_url", absolute(canonical_path));
    if (p.has_full_text()) tag("citation_fulltext_html_url", absolute(canonical_path));
  }

  // Description and Open Graph: the abstract in the page's language, shortened.
  // Its plain text was made once, by the link stage, for this and for JSON-LD.
  Lang abs_lang = pick_language(p.abstract, page.lang, config);
  static const std::string none;
  const std::string& abstract_plain = abs_lang.empty() ? none : ctx.ls.papers[i].abstract_plain.at(abs_lang);
  if (!abs_lang.empty()) meta.description = text::shorten(abstract_plain, 200);
  // og:title is the title the page's heading shows (the original one where the
  // reader's language has none), never a fallback translation passed off as the title.
  auto prop = [&](const char* name, const std::string& content) {
    if (!content.empty()) meta.og.push_back({name, content});
  };
  prop("og:type", "article");
  prop("og:title", title_view(ctx, page, p).text);
  prop("og:description", meta.description);
  prop("og:locale", og_locale(page.lang));
  for (const auto& l : config.languages)
    if (l != page.lang) prop("og:locale:alternate", og_locale(l));
  prop("og:url", page_url);
  if (const std::string* site = prefer(config.title, page.lang)) prop("og:site_name", *site);

  // schema.org ScholarlyArticle.
  json ld = {{"@context", "https://schema.org"}, {"@type", "ScholarlyArticle"}, {"inLanguage", own}};
  if (title) ld["headline"] = p.title_editorial ? "[" + *title + "]" : *title;
  if (p.title.values.size() > 1) {
    json alt = json::array();
    for (const auto& [l, t] : p.title.values)
      if (&t != title) alt.push_back(t);
    ld["alternativeHeadline"] = alt;
  }
  json authors = json::array();
  for (const auto& a : p.authors) {
    json person = {{"@type", "Person"}};
    if (const std::string* n = prefer(a.name, own)) person["name"] = *n;
    if (PersonName parts = name_parts(a, own); !parts.family.empty()) {
      person["familyName"] = parts.family;
      if (!parts.given.empty()) person["givenName"] = parts.given;
    }
    if (const std::string* aff = prefer(a.affiliation, own))
      person["affiliation"] = {{"@type", "Organization"}, {"name", *aff}};
    if (!a.email.empty()) person["email"] = a.email;
    if (!a.orcid.empty()) person["identifier"] = "https://orcid.org/" + a.orcid;
    authors.push_back(person);
  }
  if (!authors.empty()) ld["author"] = authors;
  if (p.published) ld["datePublished"] = p.published->iso();
  if (p.journal && !p.journal->name.empty()) {
    json periodical = {{"@type", "Periodical"}, {"name", p.journal->name}};
    if (!p.journal->issn.empty()) periodical["issn"] = p.journal->issn;
    json part = periodical;
    if (!p.journal->volume.empty())
      part = {{"@type", "PublicationVolume"}, {"volumeNumber", p.journal->volume}, {"isPartOf", part}};
    if (!p.journal->issue.empty())
      part = {{"@type", "PublicationIssue"}, {"issueNumber", p.journal->issue}, {"isPartOf", part}};
    ld["isPartOf"] = part;
    if (!first.empty()) ld["pageStart"] = first;
    if (!last.empty()) ld["pageEnd"] = last;
  }
  if (!p.doi.empty()) {
    ld["identifier"] = {{"@type", "PropertyValue"}, {"propertyID", "DOI"}, {"value", p.doi}};
    ld["sameAs"] = "https://doi.org/" + p.doi;
  }
  if (!kw_lang.empty()) ld["keywords"] = *p.keywords.get(kw_lang);
  json about = json::array();
  for (const auto& t : p.topics) {
    auto it = ctx.ls.topic_by_id.find(t.id);
    if (it == ctx.ls.topic_by_id.end()) continue;
    if (const std::string* n = prefer(ctx.ls.site->topics[it->second].name, page.lang))
      about.push_back({{"@type", "Thing"}, {"name", *n}});
  }
  if (!about.empty()) ld["about"] = about;
  if (!abs_lang.empty()) ld["abstract"] = abstract_plain;
  ld["url"] = absolute(canonical_path);
  json translations = json::array();
  for (const auto& l : config.languages)
    if (l != page.lang)
      translations.push_back({{"@type", "WebPage"}, {"inLanguage", l}, {"url", absolute(urls::paper(l, p.id))}});
  ld["mainEntityOfPage"] = {{"@type", "WebPage"},
                            {"inLanguage", page.lang},
                            {"url", absolute(page.url)},
                            {"workTranslation", translations}};
  meta.jsonld = script_safe(ld);
  meta.canonical = absolute(canonical_path);
  return meta;
}

}  // namespace portal
