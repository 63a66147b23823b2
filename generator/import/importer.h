#pragma once
/// The import pipeline: a source's lines → metadata, noise dropped, look-alike
/// letters repaired, blocks detected, references keyed and citations linked,
/// authors matched to the portal's → a Draft and its review list.

#include <string>
#include <vector>

#include "import/draft.h"
#include "import/review.h"
#include "import/source_text.h"

namespace portal::import {

/// An author the portal already has, to match printed names against.
struct KnownAuthor {
  std::string id;
  std::vector<std::string> names;  ///< every spelling the portal's papers give
};

/// What the maintainer asked for; empty = detect.
struct ImportOptions {
  std::string id;
  std::string language;
};

/// Imports `source`; never fails (what it cannot find it names in `review`).
Draft import_source(const SourceText& source, const ImportOptions& options, const std::vector<KnownAuthor>& known,
                    ReviewList& review);

}  // namespace portal::import
