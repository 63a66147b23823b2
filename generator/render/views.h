#pragma once
/// One view builder per page kind: each turns the linked site into the plain
/// data (JSON) that the page's Mustache template renders. Views never read
/// files and never format HTML beyond Markdown the generator itself renders.

#include "render/view_common.h"

namespace portal {

json paper_view(const RenderContext& ctx, const PageRef& page, size_t paper_index);
/// Head metadata of a paper page: Highwire tags, Open Graph, JSON-LD, description.
json paper_meta(const RenderContext& ctx, const PageRef& page, size_t paper_index);
json home_view(const RenderContext& ctx, const PageRef& page);
json papers_view(const RenderContext& ctx, const PageRef& page);
json root_view(const RenderContext& ctx, const PageRef& page);
/// A topic as a tile: name, description, counts, colour, link.
json topic_tile(const RenderContext& ctx, const PageRef& page, size_t topic_index);
json topics_view(const RenderContext& ctx, const PageRef& page);
json topic_view(const RenderContext& ctx, const PageRef& page, size_t topic_index);
/// The timeline; `topic_index` filters it to one topic (npos: all events).
json timeline_view(const RenderContext& ctx, const PageRef& page, size_t topic_index);
json authors_view(const RenderContext& ctx, const PageRef& page);
json author_view(const RenderContext& ctx, const PageRef& page, size_t author_index);
/// One event as the timeline and the home page show it.
json event_view(const RenderContext& ctx, const PageRef& page, size_t event_index);
/// The overview chart of `events` (indices in date order) with legend and text alternative.
json overview_view(const RenderContext& ctx, const PageRef& page, const std::vector<size_t>& events);
json not_found_view(const RenderContext& ctx, const PageRef& page);
/// The search page: the form, filters, and what the client script needs.
json search_view(const RenderContext& ctx, const PageRef& page);

}  // namespace portal
