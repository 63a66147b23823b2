#pragma once
/// The reader's side of the edition: editorial marks in a text (`[sic]` as an
/// `<ins class="editorial">` that says it is the editors') and the edition
/// statement block of a paper page (source, and what the edition changed).

#include "render/view_common.h"
#include "text/markdown.h"

namespace portal {

/// The markup of an `editorial:<kind>` mark for `page`. In a paper (`paper`
/// not null) the mark links to the paper's edition statement.
text::LinkTarget editorial_mark(const RenderContext& ctx, const PageRef& page, const text::SchemeLink& link,
                                const Paper* paper);

/// The edition statement of `paper` for a reader of `page.lang`; false when the paper has none.
json edition_view(const RenderContext& ctx, const PageRef& page, const Paper& paper);

}  // namespace portal
