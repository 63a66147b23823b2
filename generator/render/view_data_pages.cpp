// The one place where each page's view model becomes its template's data
// (paper.mustache, author.mustache, …): every key written, absent ones false.

#include "render/page_models.h"

namespace portal {

namespace {

json date_data(const std::optional<DateView>& d) {
  return d ? json{{"text", d->text}, {"iso", d->iso}} : json(false);
}

json paper_data(const PaperView& p) {
  json d = json::object();
  d["title"] = to_data(p.title);
  d["title_translation"] = to_data(p.title_translation);
  d["editorial_title"] = p.editorial_title;
  d["draft"] = p.draft;
  json titles = json::array();
  for (const OtherTitle& t : p.other_titles)
    titles.push_back({{"lang", t.lang}, {"text", t.text}, {"language_name", t.language_name}});
  d["other_titles"] = std::move(titles);
  d["type_caps"] = p.type_caps;
  json authors = json::array();
  for (const PaperAuthor& a : p.authors)
    authors.push_back({{"name", to_data(a.name)},
                       {"href", a.href},
                       {"affiliation", to_data(a.affiliation)},
                       {"email", to_data(a.email)},
                       {"orcid", to_data(a.orcid)}});
  d["authors"] = std::move(authors);
  d["has_authors"] = !p.authors.empty();
  d["language"] = p.language;
  d["language_name"] = p.language_name;
  d["journal"] = p.journal ? json{{"name", p.journal->name},
                                  {"volume", p.journal->volume},
                                  {"issue", p.journal->issue},
                                  {"pages", p.journal->pages}}
                           : json(false);
  d["published"] = date_data(p.published);
  d["received"] = date_data(p.received);
  d["accepted"] = date_data(p.accepted);
  d["doi"] = to_data(p.doi);
  d["udc"] = to_data(p.udc);
  d["topics"] = to_data(p.topics);
  d["keywords"] = p.keywords ? json{{"list", to_data(p.keywords->list)},
                                    {"lang", p.keywords->lang},
                                    {"fallback", p.keywords->fallback},
                                    {"fallback_note", p.keywords->fallback_note}}
                             : json(false);
  if (p.abstract) {
    json a = to_data(p.abstract->shown);
    a["html"] = p.abstract->html;
    d["abstract"] = std::move(a);
  } else {
    d["abstract"] = false;
  }
  auto abstracts = [](const std::vector<OtherAbstract>& list) {
    json out = json::array();
    for (const OtherAbstract& a : list)
      out.push_back({{"lang", a.lang}, {"page_lang", a.page_lang}, {"language_name", a.language_name}, {"html", a.html}});
    return out;
  };
  d["other_abstracts"] = abstracts(p.other_abstracts);
  d["extended_abstracts"] = abstracts(p.extended_abstracts);
  d["body_html"] = to_data(p.body_html);
  d["body_foreign"] = p.body_foreign;
  d["full_text_note"] = p.full_text_note;
  json toc = json::array();
  for (const TocEntry& t : p.toc) toc.push_back({{"text", t.text}, {"href", t.href}, {"sub", t.sub}});
  d["toc"] = std::move(toc);
  d["has_reference_list"] = p.has_reference_list;
  d["references_numbered"] = p.references_numbered;
  d["unresolved_citations_reason"] = to_data(p.unresolved_citations_reason);
  // Built key by key: a list can hold thousands of references.
  json refs = json::array();
  refs.get_ref<json::array_t&>().reserve(p.references.size());
  for (const ReferenceView& r : p.references) {
    json& ref = refs.emplace_back(json::object());
    ref["anchor"] = r.anchor;
    ref["html"] = r.html;
    ref["cited"] = !r.backlinks.empty();
    json& backlinks = ref["backlinks"] = json::array();
    for (const Backlink& b : r.backlinks) {
      json& link = backlinks.emplace_back(json::object());
      link["href"] = b.href;
      link["n"] = b.n;
    }
  }
  d["references"] = std::move(refs);
  d["has_references"] = !p.references.empty();
  d["exports"] = {{"bib", p.export_bib}, {"ris", p.export_ris}, {"json", p.export_json}};
  json cite = json::array();
  for (const CitationView& c : p.cite)
    cite.push_back({{"id", c.id}, {"style", c.style}, {"html", c.html}, {"language", c.language}});
  d["cite"] = std::move(cite);
  d["events"] = to_data(p.events);
  d["related"] = to_data(p.related);
  d["edition"] = to_data(p.edition);
  return d;
}

json meta_tags(const std::vector<MetaTag>& tags, const char* key) {
  json out = json::array();
  for (const MetaTag& t : tags) out.push_back({{key, t.name}, {"content", t.content}});
  return out;
}

}  // namespace

json to_data(const EditionView& v) {
  return {{"source_format", v.source_format}, {"pages", to_data(v.pages)},        {"url", to_data(v.url)},
          {"seed", to_data(v.seed)},          {"changes", to_data(v.changes)},    {"has_changes", !v.changes.empty()}};
}

json to_data(const PaperMeta& v) {
  return {{"tags", meta_tags(v.tags, "name")}, {"og", meta_tags(v.og, "property")}, {"jsonld", v.jsonld}};
}

json to_data(const PaperPage& v) {
  json d = to_data(v.layout);
  d["paper"] = paper_data(v.paper);
  d["meta"] = to_data(v.meta);
  return d;
}

json to_data(const HomePage& v) {
  json d = to_data(v.layout);
  d["papers"] = to_data(v.papers);
  d["topics"] = to_data(v.topics);
  d["recent_events"] = to_data(v.recent_events);
  d["overview"] = to_data(v.overview);
  d["timeline_href"] = v.timeline_href;
  d["papers_href"] = v.papers_href;
  return d;
}

json to_data(const PapersPage& v) {
  json d = to_data(v.layout);
  d["count_text"] = v.count_text;
  d["papers"] = to_data(v.papers);
  json groups = json::array();
  for (const FilterGroup& g : v.filter_groups) {
    json items = json::array();
    for (const FilterLink& f : g.items)
      items.push_back({{"label", f.label}, {"href", f.href}, {"current", f.current},
                       {"count", f.count ? json(*f.count) : json(false)}});
    groups.push_back({{"label", g.label}, {"items", std::move(items)}});
  }
  d["filter_groups"] = std::move(groups);
  d["filtered"] = v.filtered;
  d["show_intro"] = v.show_intro;
  d["all_href"] = v.all_href;
  return d;
}

json to_data(const RootPage& v) {
  json d = to_data(v.layout);
  json choices = json::array();
  for (const RootChoice& c : v.choices)
    choices.push_back({{"code", c.code},
                       {"name", c.name},
                       {"href", c.href},
                       {"title", to_data(c.title)},
                       {"description", to_data(c.description)},
                       {"enter", c.enter},
                       {"default", c.is_default}});
  d["choices"] = std::move(choices);
  return d;
}

json to_data(const NotFoundPage& v) {
  json d = to_data(v.layout);
  json titles = json::array();
  for (const TextIn& t : v.titles) titles.push_back({{"code", t.code}, {"text", t.text}});
  d["titles"] = std::move(titles);
  json choices = json::array();
  for (const NotFoundChoice& c : v.choices)
    choices.push_back({{"code", c.code}, {"name", c.name}, {"href", c.href}, {"message", c.message}, {"back", c.back}});
  d["choices"] = std::move(choices);
  return d;
}

json to_data(const TimelinePage& v) {
  json d = to_data(v.layout);
  json t = json::object();
  t["topic"] = to_data(v.topic);
  t["period_page"] = v.period_page;
  t["count"] = v.count;
  json filters = json::array();
  for (const TimelineFilter& f : v.filters)
    filters.push_back({{"name", to_data(f.name)}, {"href", f.href}, {"count", f.count ? json(*f.count) : json(false)},
                       {"current", f.current}});
  t["filters"] = std::move(filters);
  json periods = json::array();
  for (const PeriodLink& p : v.periods)
    periods.push_back({{"label", p.label}, {"href", p.href}, {"count", p.count}, {"current", p.current}});
  t["periods"] = std::move(periods);
  t["previous"] = to_data(v.previous);
  t["next"] = to_data(v.next);
  t["front_href"] = v.front_href;
  t["overview"] = to_data(v.overview);
  json years = json::array();
  for (const YearGroup& y : v.years) years.push_back({{"anchor", y.anchor}, {"label", y.label}, {"events", to_data(y.events)}});
  t["years"] = std::move(years);
  d["timeline"] = std::move(t);
  return d;
}

json to_data(const SearchPage& v) {
  json d = to_data(v.layout);
  d["index_href"] = v.index_href;
  d["script"] = v.script;
  d["links"] = to_data(v.links);
  auto options = [](const std::vector<SearchOption>& list) {
    json out = json::array();
    for (const SearchOption& o : list) out.push_back({{"value", o.value}, {"label", o.label}});
    return out;
  };
  d["kinds"] = options(v.kinds);
  json topics = json::array();
  for (const SearchTopic& t : v.topics) topics.push_back({{"value", t.value}, {"name", to_data(t.name)}});
  d["topics"] = std::move(topics);
  d["paper_languages"] = options(v.paper_languages);
  d["min_year"] = v.min_year;
  d["max_year"] = v.max_year;
  json notes = json::array();
  for (const LanguageNote& n : v.language_notes) notes.push_back({{"code", n.code}, {"name", n.name}, {"note", n.note}});
  d["language_notes"] = std::move(notes);
  return d;
}

json to_data(const TopicsPage& v) {
  json d = to_data(v.layout);
  d["topics"] = to_data(v.topics);
  return d;
}

json to_data(const TopicPage& v) {
  json d = to_data(v.layout);
  json t = to_data(v.topic);
  t["papers_list"] = to_data(v.papers);
  t["events_list"] = to_data(v.events);
  t["related"] = to_data(v.related);
  json keywords = json::array();
  for (const TopicKeyword& k : v.keywords)
    keywords.push_back({{"text", k.text}, {"lang", k.lang}, {"foreign", k.lang != v.layout.lang},
                        {"page_lang", v.layout.lang}, {"language_in", k.language_in}});
  t["keywords"] = std::move(keywords);
  t["timeline_href"] = v.timeline_href;
  d["topic"] = std::move(t);
  return d;
}

json to_data(const AuthorsPage& v) {
  json d = to_data(v.layout);
  json list = json::array();
  for (const AuthorEntryView& a : v.authors)
    list.push_back({{"name", to_data(a.name)}, {"href", a.href}, {"papers", a.papers}, {"affiliation", to_data(a.affiliation)}});
  d["authors"] = std::move(list);
  return d;
}

json to_data(const AuthorPage& v) {
  json d = to_data(v.layout);
  json names = json::array();
  for (const OtherName& n : v.other_names) names.push_back({{"text", n.text}, {"lang", n.lang}});
  d["author"] = {{"name", to_data(v.name)},       {"other_names", std::move(names)}, {"affiliation", to_data(v.affiliation)},
                 {"email", to_data(v.email)},     {"orcid", to_data(v.orcid)},       {"papers", to_data(v.papers)}};
  return d;
}

}  // namespace portal
