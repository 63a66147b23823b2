#pragma once
/// What the search index knows about each result: papers, timeline events,
/// topics and authors of the linked site, as searchable texts (title,
/// keywords, abstracts, sections, …) with weights, and as passages (the
/// pieces of text an excerpt is cut from, each with its section anchor).

#include <string>
#include <vector>

#include "link/link.h"

namespace portal {

/// The kinds of search results, in index order.
enum class SearchKind { paper, event, topic, author };

/// A piece of a result's text shown as an excerpt: a paragraph or a part of one.
struct SearchPassage {
  std::string anchor;  ///< heading id of the section it is in; empty: the top of the page
  Lang lang;           ///< language of the text
  std::string text;    ///< plain text
  int weight = 1;      ///< of its words, for the result's score
};

/// A text other than a passage that is indexed with a weight (a title, a
/// keyword, a heading); occurrences count towards `passage`.
struct SearchField {
  Lang lang;
  std::string text;
  int weight = 1;
  int passage = -1;  ///< the passage it is, or -1 (a title: counts for the result, not a passage)
};

/// One search result as the index stores it.
struct SearchDoc {
  SearchKind kind = SearchKind::paper;
  std::string url;  ///< relative to a language's home: "papers/x/", "timeline/#event-y"
  Localized<std::string> title;
  bool title_is_name = false;  ///< an author's name: other languages are not fallbacks
  std::vector<Localized<std::string>> authors;
  int year = 0;                ///< 0: undated
  Lang lang;                   ///< a paper's language; empty for other kinds
  std::vector<size_t> topics;  ///< indices into Site::topics
  std::vector<SearchPassage> passages;
  std::vector<SearchField> fields;
};

/// Field weights: titles, keywords and abstracts weigh more than body text.
namespace search_weight {
constexpr int title = 10, keyword = 8, author = 6, abstract = 5, heading = 3, extended_abstract = 3,
              summary = 4, description = 3, note = 2, affiliation = 2, body = 1;
}

/// Number of results of the site: papers (site order), events (date order), topics, authors.
size_t search_doc_count(const LinkedSite& ls);

/// Result `n` of that order. Thread-safe.
SearchDoc search_doc(const LinkedSite& ls, size_t n);

}  // namespace portal
