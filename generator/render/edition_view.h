#pragma once
/// The reader's side of the edition: editorial marks in a text (`[sic]` as an
/// `<ins class="editorial">` that says it is the editors') and the edition
/// statement block of a paper page (source, and what the edition changed).

#include "render/view_common.h"
#include "text/markdown.h"

namespace portal {

/// The editorial marks of one page rendered so far, in the page's order, so
/// that only the first mark of each kind writes its explanation out in print.
struct PageMarks {
  int sic = 0;
};

/// The markup of an `editorial:<kind>` mark for `page`. In a paper (`paper`
/// not null) the mark links to the paper's edition statement. Every mark
/// carries its explanation as a title (hover); the first of its kind on the
/// page (`seen` counts them; null: every mark is the first) is also marked
/// `explained`, which print writes out after it.
text::LinkTarget editorial_mark(const RenderContext& ctx, const PageRef& page, const text::SchemeLink& link,
                                const Paper* paper, PageMarks* seen);

/// The edition statement of `paper` for a reader of `page.lang`; none when the paper has none.
std::optional<EditionView> edition_view(const RenderContext& ctx, const PageRef& page, const Paper& paper);

}  // namespace portal
