#pragma once
/// Related papers: for every paper, the others that share something a reader
/// would follow (authors, citations between the two, timeline events, several
/// topics), most related first, each with the reasons that make it related.

#include <vector>

#include "content/model.h"

namespace portal {

/// Why one paper is related to another, as counts the page states.
struct RelatedPaper {
  size_t paper = 0;        ///< index into Site::papers
  int shared_authors = 0;  ///< authors (by id) on both papers
  int shared_events = 0;   ///< timeline events that cite both papers
  int shared_topics = 0;   ///< topics both papers are filed under
  bool cites = false;      ///< the related paper links to this one (`paper:` link in its text)
  bool cited = false;      ///< this paper links to the related one
  int score = 0;           ///< the weighted sum the ranking uses
};

/// What `related_papers` needs to know of each paper beyond the Site.
struct RelatedInput {
  std::vector<size_t> events;         ///< events that name the paper as a source
  std::vector<size_t> linked_papers;  ///< papers its text links to with `paper:`
};

/// At most `limit` related papers for every paper (parallel to `papers`),
/// strongest first, ties newest first by `rank` (position in the newest-first
/// order). A paper is related only by a shared author, a citation, a shared
/// event, or at least two shared topics: one broad topic in common is not enough,
/// and a paper with nothing closer shows no related papers at all.
std::vector<std::vector<RelatedPaper>> related_papers(const std::vector<Paper>& papers,
                                                      const std::vector<RelatedInput>& input,
                                                      const std::vector<size_t>& rank, size_t limit);

}  // namespace portal
