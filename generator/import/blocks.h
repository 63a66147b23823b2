#pragma once
/// Block detection: the cleaned lines sorted into titles, author lines,
/// abstract and keyword blocks (by their labels in every language, wherever
/// they sit), headings, paragraphs, figure and table captions, and the
/// reference list under its heading.

#include <map>
#include <string>
#include <vector>

#include "import/cleanup.h"
#include "import/draft.h"
#include "import/review.h"
#include "import/source_text.h"

namespace portal::import {

/// A name line (`МУРАТХАН ЙЫЛМАЗ`) with the affiliation lines under it.
struct AuthorLines {
  const SourceLine* name = nullptr;
  std::vector<const SourceLine*> affiliation;
};

/// What block detection found; paragraphs are not yet linked to references.
struct Blocks {
  std::map<std::string, std::string> title;
  std::vector<AuthorLines> authors;
  std::map<std::string, std::string> abstract;
  std::map<std::string, std::string> extended_abstract;
  std::vector<std::string> abstract_order;  ///< the abstracts' languages in source order
  std::map<std::string, std::vector<std::string>> keywords;
  /// Body blocks, each with the place of its first line; `paragraph` blocks get citation links later.
  struct Body {
    std::string markdown;
    SourcePlace place;
    bool paragraph = false;
  };
  std::vector<Body> body;
  std::vector<const SourceLine*> reference_lines;
};

/// Sorts `lines` (noise already left out) into blocks. A line whose start is
/// a run-in heading ("Введение. …") is left holding the rest of its text.
/// `layout_pages` are SourceText's pages in physical layout, for tables' rows.
Blocks detect_blocks(const std::vector<SourceLine*>& lines, const std::map<int, std::vector<std::string>>& layout_pages,
                     const HyphenEvidence& evidence, ReviewList& review, int& joined);

}  // namespace portal::import
