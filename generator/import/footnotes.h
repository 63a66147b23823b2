#pragma once
/// Footnotes as a journal PDF prints them: a number glued to a word in the
/// text (`Türk Konseyi1,`) and, lower on the page, a line opening with that
/// number (`1 Türk Konseyi, … kabul`), continued until a line ends a sentence.
/// They become GFM footnotes: the mark `[^1]` in the text, the note's lines
/// taken out of the running text and given as `[^1]: …` at its end.

#include <string>
#include <vector>

#include "import/cleanup.h"
#include "import/review.h"
#include "import/source_text.h"

namespace portal::import {

/// A footnote taken out of the text.
struct DraftFootnote {
  int number = 0;
  std::string text;  ///< the note's lines joined
  SourcePlace place;  ///< where the note is printed
};

/// Finds footnotes numbered 1, 2, … in `lines` (noise already left out) up to
/// the reference list's label: rewrites each mark as `[^n]` in its line and
/// removes the note's lines from `lines`. Notes without a mark are left alone.
std::vector<DraftFootnote> take_footnotes(std::vector<SourceLine>& lines, const HyphenEvidence& evidence,
                                          ReviewList& review, int& joined);

}  // namespace portal::import
