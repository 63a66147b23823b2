// The one place where each shared view model becomes template data: the key
// names the templates read are spelt here, and every key of a type is written
// whether the value is there or not (absent: false).

#include "render/view_models.h"

namespace portal {

json to_data(const Shown& v) {
  json d = json::object();
  d["text"] = v.text;
  d["lang"] = v.lang;
  d["fallback"] = v.fallback;
  d["foreign"] = v.foreign;
  d["fallback_note"] = v.fallback_note;
  return d;
}

json to_data(const ShownMarkdown& v) {
  json d = to_data(v.shown);
  d["html"] = v.html;
  d["print_html"] = v.print_html;
  return d;
}

json to_data(const LinkItem& v) { return {{"label", v.label}, {"href", v.href}}; }

json to_data(const TextLink& v) { return {{"text", v.text}, {"href", v.href}}; }

json to_data(const Layout& v) {
  json d = json::object();
  d["lang"] = v.lang;
  d["multilingual"] = v.multilingual;
  d["site"] = {{"title", to_data(v.site_title)}, {"description", to_data(v.site_description)}, {"home", v.site_home}};
  d["page_title"] = v.page_title;
  d["description"] = v.description;
  d["head_title"] = v.head_title;
  d["css"] = v.css;
  d["root"] = v.root;
  d["search_href"] = v.search_href;
  json langs = json::array();
  for (const LanguageLink& l : v.languages)
    langs.push_back({{"code", l.code}, {"name", l.name}, {"href", l.href}, {"current", l.current}});
  d["languages"] = std::move(langs);
  json alternates = json::array();
  for (const LinkItem& a : v.alternates) alternates.push_back({{"code", a.label}, {"href", a.href}});
  d["alternates"] = std::move(alternates);
  d["canonical"] = to_data(v.canonical);
  d["feed"] = to_data(v.feed);
  json nav = json::array();
  for (const NavItem& n : v.nav) nav.push_back({{"label", n.label}, {"href", n.href}, {"current", n.current}});
  d["nav"] = std::move(nav);
  return d;
}

json to_data(const TopicChip& v) { return {{"name", to_data(v.name)}, {"href", v.href}}; }

json to_data(const TitleTranslation& v) { return {{"text", v.text}, {"lang", v.lang}, {"label", v.label}}; }

json to_data(const PaperCard& v) {
  json d = json::object();
  d["href"] = v.href;
  d["title"] = to_data(v.title);
  d["title_translation"] = to_data(v.title_translation);
  json authors = json::array();
  for (size_t i = 0; i < v.authors.size(); ++i) {
    json& a = authors.emplace_back(to_data(v.authors[i]));
    a["sep"] = i + 1 < v.authors.size();
  }
  d["authors"] = std::move(authors);
  d["has_authors"] = !v.authors.empty();
  d["language_name"] = v.language_name;
  d["type"] = v.type;
  d["date"] = to_data(v.date);
  d["date_iso"] = v.date_iso;
  d["journal"] = to_data(v.journal);
  d["why"] = to_data(v.why);
  return d;
}

json to_data(const EventLink& v) {
  return {{"title", to_data(v.title)}, {"date", v.date}, {"date_iso", to_data(v.date_iso)}, {"href", v.href}};
}

json to_data(const EventView& v) {
  json d = to_data(v.link);
  d["anchor"] = v.anchor;
  d["summary"] = to_data(v.summary);
  d["note"] = to_data(v.note);
  d["topics"] = to_data(v.topics);
  json sources = json::array();
  for (const EventSourceView& s : v.sources) {
    json sections = json::array();
    for (const SourceSection& x : s.sections) sections.push_back({{"text", x.text}, {"lang", x.lang}, {"href", x.href}});
    sources.push_back({{"title", to_data(s.title)}, {"href", s.href}, {"sections", std::move(sections)}});
  }
  d["sources"] = std::move(sources);
  return d;
}

json to_data(const TopicChart& v) { return {{"html", to_data(v.html)}, {"undated", to_data(v.undated)}}; }

json to_data(const TopicTile& v) {
  return {{"name", to_data(v.name)},         {"description", to_data(v.description)},
          {"href", v.href},                  {"color", v.color},
          {"papers", v.papers},              {"events", v.events},
          {"chart", to_data(v.chart)}};
}

json to_data(const Overview& v) {
  json legend = json::array();
  for (const LegendItem& l : v.legend) legend.push_back({{"name", to_data(l.name)}, {"color", l.color}, {"href", l.href}});
  return {{"chart", v.chart}, {"summary", v.summary}, {"legend", std::move(legend)}};
}

}  // namespace portal
