#pragma once
/// The review list: every decision the importer was not sure of, with its
/// place in the source, for the maintainer to check before publishing.

#include <string>
#include <vector>

#include "import/source_text.h"

namespace portal::import {

/// What kind of decision a review item is about.
enum class ReviewKind {
  missing,     ///< a field the source does not show; left out of the draft
  found,       ///< a field found, shown for confirmation (title, author match)
  hyphen,      ///< a line-end hyphen whose fate is a guess
  look_alike,  ///< look-alike letters repaired in a word, or left as printed
  heading,     ///< a line taken for a heading by its shape only
  citation,    ///< an in-text citation with no entry in the reference list
  figure,      ///< a caption turned into a figure placeholder, a draft table
  stray,       ///< a line the importer did not place (kept out of the text)
};

/// One item of the list.
struct ReviewItem {
  ReviewKind kind;
  SourcePlace place;  ///< line 0: no single place
  std::string message;
};

/// The list, in the order the importer made its decisions.
struct ReviewList {
  std::vector<ReviewItem> items;
  void add(ReviewKind kind, SourcePlace place, std::string message) {
    items.push_back({kind, place, std::move(message)});
  }
};

/// The list as Markdown (the `<id>.review.md` file): a heading per kind, one
/// bullet per item with its place, each kind's count in its heading.
std::string format_review(const ReviewList& list, const std::string& source_path, const std::string& paper_path);

}  // namespace portal::import
