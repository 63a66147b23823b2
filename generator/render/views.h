#pragma once
/// One view builder per page kind: each turns the linked site into the plain
/// data (JSON) that the page's Mustache template renders. Views never read
/// files and never format HTML beyond Markdown the generator itself renders.

#include "render/view_common.h"

namespace portal {

json paper_view(const RenderContext& ctx, const PageRef& page, size_t paper_index);
json home_view(const RenderContext& ctx, const PageRef& page);
json papers_view(const RenderContext& ctx, const PageRef& page);
json root_view(const RenderContext& ctx, const PageRef& page);
json not_found_view(const RenderContext& ctx, const PageRef& page);

}  // namespace portal
