#pragma once
/// `portal check`'s completeness report: per paper, what Google Scholar's
/// inclusion guidelines need for a record (a real title, authors, a
/// publication date, a journal) and the paper lacks, as notes. Nothing is
/// filled in: the maintainer knows what to look up in the source.

#include "content/diagnostics.h"
#include "content/model.h"

namespace portal {

/// Adds one note per paper that lacks any of these facts to `diag`.
void add_scholar_notes(const Site& site, Diagnostics& diag);

}  // namespace portal
