#pragma once
/// A filter of the paper list: the pages /L/papers/topic/<id>/,
/// /L/papers/language/<lang>/, /L/papers/year/<yyyy>/ and /L/papers/oldest-first/.

#include <cstddef>

#include "content/model.h"

namespace portal {

/// Which papers the paper list shows: all (newest first, or oldest first), or
/// those of one topic, one language of the full text, or one year.
struct PaperFilter {
  enum class Kind { all, oldest_first, topic, language, year };
  Kind kind = Kind::all;
  size_t topic = 0;  ///< index into Site::topics (Kind::topic)
  Lang language;     ///< language of the paper (Kind::language)
  int year = 0;      ///< year of publication (Kind::year)
};

}  // namespace portal
