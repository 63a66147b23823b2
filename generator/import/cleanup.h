#pragma once
/// Cleanup of extracted text: running heads and page numbers dropped, hard
/// line breaks joined into paragraphs, line-end hyphens joined or kept.

#include <set>
#include <string>
#include <vector>

#include "import/review.h"
#include "import/source_text.h"

namespace portal::import {

/// Marks in `drop` the lines that are page furniture: page numbers alone on a
/// line and running heads (the same short line on three pages or more, digits
/// aside). `drop` has one flag per line and may have flags set already.
/// Returns each running head once, where it is first printed.
std::vector<SourceLine> mark_noise(const std::vector<SourceLine>& lines, std::vector<bool>& drop, ReviewList& review);

/// The hyphenated compounds printed whole inside lines (`қарым-қатынас`,
/// `Kazakh-Turkish`): the evidence for keeping a line-end hyphen.
class HyphenEvidence {
 public:
  explicit HyphenEvidence(const std::vector<SourceLine>& lines);
  /// True when `left-right…` is printed whole somewhere (lower case, right part's first 4 letters).
  bool compound(const std::string& left, const std::string& right) const;
  /// True when the joined word `leftright` is printed whole somewhere.
  bool word(const std::string& joined) const;

 private:
  std::set<std::string> compounds_;
  std::set<std::string> words_;
};

/// Joins lines into one paragraph text. A line ending in a hyphen after a
/// letter is joined to the next line's first word without it, unless the
/// hyphenated form is printed elsewhere; a decision without evidence either
/// way is added to `review`. Counts the line breaks joined.
std::string join_lines(const std::vector<const SourceLine*>& lines, const HyphenEvidence& evidence,
                       ReviewList& review, int& joined);

/// Whether a line ends a sentence (., !, ?, …, or one of them before a closing quote or bracket).
bool ends_sentence(const std::string& line);

}  // namespace portal::import
