#include "output/search_docs.h"

#include <algorithm>

#include "render/urls.h"
#include "text/markdown.h"
#include "text/trim.h"

namespace portal {

namespace {

/// Passages are cut at about this many bytes, at a space, so that an excerpt
/// and its chunk file stay small.
constexpr size_t kPassageBytes = 600;

/// Splits plain text (cmark's plain-text rendering: blocks separated by blank
/// lines) into passages, folding whitespace; long blocks are cut at spaces.
void add_passages(SearchDoc& doc, const std::string& anchor, const Lang& lang, std::string_view plain, int weight) {
  size_t start = 0;
  while (start < plain.size()) {
    size_t end = plain.find("\n\n", start);
    if (end == std::string_view::npos) end = plain.size();
    std::string block = text::fold_whitespace(plain.substr(start, end - start));
    start = end + 2;
    while (!block.empty()) {
      size_t cut = block.size();
      if (cut > kPassageBytes + kPassageBytes / 2) {
        // At the end of a sentence when there is one in reach, else at a space.
        size_t sentence = block.rfind(". ", kPassageBytes + kPassageBytes / 4);
        cut = sentence != std::string::npos && sentence > kPassageBytes / 2 ? sentence + 1 : block.rfind(' ', kPassageBytes);
        if (cut == std::string::npos || cut == 0) cut = block.find(' ', kPassageBytes);
        if (cut == std::string::npos) cut = block.size();
      }
      doc.passages.push_back({anchor, lang, block.substr(0, cut), weight});
      block.erase(0, cut == block.size() ? cut : cut + 1);
    }
  }
}

void add_titles(SearchDoc& doc, const Localized<std::string>& values, int weight) {
  for (const auto& [lang, text] : values.values) doc.fields.push_back({lang, text, weight, -1});
}

/// The full text of a paper, one section (heading to heading) at a time, so
/// that each passage knows the anchor of its section. The text is parsed once:
/// cmark's plain-text rendering gives every heading a block of its own, and
/// the headings come in the outline's order.
void add_body(SearchDoc& doc, const Paper& p, const PaperLinks& links) {
  const auto& headings = links.body.headings;
  std::string plain = text::markdown_to_plain(p.body);
  std::string anchor;
  size_t next = 0, start = 0;
  while (start < plain.size()) {
    size_t end = plain.find("\n\n", start);
    if (end == std::string::npos) end = plain.size();
    std::string_view block = std::string_view(plain).substr(start, end - start);
    start = end + 2;
    auto trim = [](std::string_view v) {
      while (!v.empty() && (v.back() == ' ' || v.back() == '\n')) v.remove_suffix(1);
      while (!v.empty() && (v.front() == ' ' || v.front() == '\n')) v.remove_prefix(1);
      return v;
    };
    if (next < headings.size() && trim(block) == trim(headings[next].text)) {
      anchor = headings[next].id;
      doc.fields.push_back({p.language, headings[next].text, search_weight::heading,
                            static_cast<int>(doc.passages.size())});
      ++next;
      continue;
    }
    add_passages(doc, anchor, p.language, block, search_weight::body);
  }
}

SearchDoc paper_doc(const LinkedSite& ls, size_t i) {
  const Paper& p = ls.paper(i);
  SearchDoc doc;
  doc.kind = SearchKind::paper;
  doc.url = urls::relative(urls::home("L"), urls::paper("L", p.id));
  doc.title = p.title;
  doc.year = p.published ? p.published->year : 0;
  doc.lang = p.language;
  for (const auto& t : p.topics)
    if (auto it = ls.topic_by_id.find(t.id); it != ls.topic_by_id.end()) doc.topics.push_back(it->second);
  add_titles(doc, p.title, search_weight::title);
  for (const auto& a : p.authors) {
    doc.authors.push_back(a.name);
    add_titles(doc, a.name, search_weight::author);
  }
  for (const auto& [lang, words] : p.keywords.values)
    for (const auto& w : words) doc.fields.push_back({lang, w, search_weight::keyword, -1});
  // The abstract in the paper's own language first: it is the excerpt of a
  // result found by its title.
  auto abstracts = [&](const Localized<std::string>& values, int weight) {
    if (const std::string* own = values.get(p.language))
      add_passages(doc, "", p.language, text::markdown_to_plain(*own), weight);
    for (const auto& [lang, md] : values.values)
      if (lang != p.language) add_passages(doc, "", lang, text::markdown_to_plain(md), weight);
  };
  // The abstracts' plain texts were made by the link stage; the extended ones are made here.
  const auto& plain = ls.papers[i].abstract_plain;
  if (auto own = plain.find(p.language); own != plain.end())
    add_passages(doc, "", p.language, own->second, search_weight::abstract);
  for (const auto& [lang, text] : plain)
    if (lang != p.language) add_passages(doc, "", lang, text, search_weight::abstract);
  abstracts(p.extended_abstract, search_weight::extended_abstract);
  if (p.has_full_text()) add_body(doc, p, ls.papers[i]);
  return doc;
}

SearchDoc event_doc(const LinkedSite& ls, size_t e) {
  const Event& ev = ls.event(e);
  SearchDoc doc;
  doc.kind = SearchKind::event;
  doc.url = urls::relative(urls::home("L"), urls::timeline("L")) + "#" + urls::event_anchor(ev.id);
  doc.title = ev.title;
  doc.year = ev.date.year;
  for (const auto& t : ev.topics)
    if (auto it = ls.topic_by_id.find(t.id); it != ls.topic_by_id.end()) doc.topics.push_back(it->second);
  add_titles(doc, ev.title, search_weight::title);
  for (const auto& [lang, md] : ev.summary.values)
    add_passages(doc, "", lang, text::markdown_to_plain(md), search_weight::summary);
  for (const auto& [lang, md] : ev.note.values)
    add_passages(doc, "", lang, text::markdown_to_plain(md), search_weight::note);
  return doc;
}

SearchDoc topic_doc(const LinkedSite& ls, size_t t) {
  const Topic& topic = ls.site->topics[t];
  SearchDoc doc;
  doc.kind = SearchKind::topic;
  doc.url = urls::relative(urls::home("L"), urls::topic("L", topic.id));
  doc.title = topic.name;
  doc.topics = {t};
  add_titles(doc, topic.name, search_weight::title);
  for (const auto& [lang, md] : topic.description.values)
    add_passages(doc, "", lang, text::markdown_to_plain(md), search_weight::description);
  return doc;
}

SearchDoc author_doc(const LinkedSite& ls, size_t a) {
  const AuthorEntry& entry = ls.authors[a];
  SearchDoc doc;
  doc.kind = SearchKind::author;
  doc.url = urls::relative(urls::home("L"), urls::author("L", entry.id));
  doc.title = entry.author.name;
  doc.title_is_name = true;
  add_titles(doc, entry.author.name, search_weight::title);
  for (const auto& [lang, text] : entry.author.affiliation.values)
    add_passages(doc, "", lang, text, search_weight::affiliation);
  for (size_t p : entry.papers)
    for (const auto& t : ls.paper(p).topics)
      if (auto it = ls.topic_by_id.find(t.id); it != ls.topic_by_id.end()) doc.topics.push_back(it->second);
  std::sort(doc.topics.begin(), doc.topics.end());
  doc.topics.erase(std::unique(doc.topics.begin(), doc.topics.end()), doc.topics.end());
  return doc;
}

}  // namespace

size_t search_doc_count(const LinkedSite& ls) {
  return ls.site->papers.size() + ls.site->events.size() + ls.site->topics.size() + ls.authors.size();
}

SearchDoc search_doc(const LinkedSite& ls, size_t n) {
  const size_t papers = ls.site->papers.size(), events = ls.events_in_order.size(), topics = ls.site->topics.size();
  if (n < papers) return paper_doc(ls, n);
  n -= papers;
  if (n < events) return event_doc(ls, ls.events_in_order[n]);
  n -= events;
  if (n < topics) return topic_doc(ls, n);
  return author_doc(ls, n - topics);
}

}  // namespace portal
