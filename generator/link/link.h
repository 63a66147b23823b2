#pragma once
/// The link stage: resolves every cross-reference of the loaded content and
/// builds the indices the pages need (topic → papers and events, author →
/// papers, paper → events, citations → backlinks, related papers). The result
/// is read-only: rendering reads it from many threads at once.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "content/diagnostics.h"
#include "content/model.h"
#include "link/figures.h"
#include "link/related.h"
#include "text/case_evidence.h"
#include "text/markdown.h"
#include "text/markdown_cache.h"

namespace portal {

/// A person across all papers: one entry per author id.
struct AuthorEntry {
  std::string id;
  Author author;               ///< everything the papers say of this person, merged
  std::vector<size_t> papers;      ///< indices into Site::papers, newest first
};

/// What the link stage knows about one paper.
struct PaperLinks {
  text::MarkdownOutline body;                        ///< headings (anchors) and scheme links of the full text
  std::set<std::string> anchors;                     ///< every heading id of the full text
  std::map<std::string, std::vector<int>> cited_at;  ///< reference key → occurrences of `cite:key` in the text
  std::vector<size_t> events;                        ///< events that name this paper as a source, in date order
  std::vector<RelatedPaper> related;                 ///< closely related papers, most related first, with why
  /// The images of its texts (full text, abstracts): destination as written →
  /// the file of its folder the site publishes (link/figures.h).
  std::map<std::string, FigureFile> figures;
  /// Each abstract as plain text, made once for the pages' descriptions and
  /// JSON-LD and for the search index: language → text.
  std::map<Lang, std::string> abstract_plain;
};

/// The linked site: the content plus indices. Everything is an index into `site`.
struct LinkedSite {
  const Site* site = nullptr;
  /// Every Markdown text of the site (bodies, abstracts, extended abstracts,
  /// event summaries and notes), parsed once: the outlines here, the pages
  /// from the same prepared forms.
  text::MarkdownCache markdown;
  /// How all the portal's texts write their words, per language, gathered
  /// once (link/name_evidence.h): which capitalised title words APA's
  /// sentence case keeps as proper nouns.
  text::CaseEvidence name_evidence;
  std::map<std::string, size_t> paper_by_id, topic_by_id, event_by_id, author_by_id;
  std::vector<PaperLinks> papers;           ///< parallel to site->papers
  std::vector<size_t> papers_newest_first;  ///< by publication date, undated last, then id
  std::vector<size_t> events_in_order;      ///< by date, then id
  std::map<std::string, std::vector<size_t>> topic_papers;  ///< topic id → papers, newest first
  std::map<std::string, std::vector<size_t>> topic_events;  ///< topic id → events in date order
  std::vector<AuthorEntry> authors;                         ///< in order of first appearance
  /// Per event (parallel to site->events): the papers whose full text links it
  /// (`event:<id>`) without being among its `sources`, each once, with the
  /// section the first link stands in; the event lists them under its sources.
  std::vector<std::vector<EventSource>> event_mentions;

  const Paper& paper(size_t i) const { return site->papers[i]; }
  const Event& event(size_t i) const { return site->events[i]; }
};

/// Links `site` (which must outlive the result); reports unknown targets,
/// anchors, topics and keys, and mixed-script words.
LinkedSite link_site(const Site& site, Diagnostics& diag);

/// The language to show a localized value in for a reader of `lang`: `lang`
/// itself when present, else the first of the configured fallback chain that
/// is present, else any. Empty when `values` is empty.
template <class T>
Lang pick_language(const Localized<T>& values, const Lang& lang, const SiteConfig& config) {
  if (values.has(lang)) return lang;
  auto chain = config.fallback.find(lang);
  if (chain != config.fallback.end())
    for (const auto& l : chain->second)
      if (values.has(l)) return l;
  return values.empty() ? Lang() : values.values.begin()->first;
}

}  // namespace portal
