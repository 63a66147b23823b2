#pragma once
/// The reference list split into entries with keys (`1…n` for a numbered list,
/// `family-year` for an author–year one), and in-text citations (`[2. С. 124]`,
/// `(Kurtov, 1997: 25)`) turned into `cite:` links to the entries they name.

#include <string>
#include <vector>

#include "import/cleanup.h"
#include "import/draft.h"
#include "import/review.h"

namespace portal::import {

/// Splits the lines under the list's heading into entries; sets `author_year`
/// when the entries are not numbered. PDF bold/italic markers (`**`) are dropped.
std::vector<DraftReference> split_references(const std::vector<const SourceLine*>& lines, bool& author_year,
                                             const HyphenEvidence& evidence, ReviewList& review, int& joined);

/// `paragraph` with every citation whose entry exists made a `cite:` link;
/// the others are left as printed and listed in `review` at `place`.
std::string link_citations(const std::string& paragraph, const std::vector<DraftReference>& references,
                           bool author_year, SourcePlace place, ReviewList& review);

}  // namespace portal::import
