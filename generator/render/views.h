#pragma once
/// One view builder per page kind: each turns the linked site into the plain
/// data (JSON) that the page's Mustache template renders. Views never read
/// files and never format HTML beyond Markdown the generator itself renders.

#include "render/paper_filter.h"
#include "render/view_common.h"

namespace portal {

json paper_view(const RenderContext& ctx, const PageRef& page, size_t paper_index);
/// A paper's title as its heading and cards show it: in the page's language when
/// the source gives one, else the original title with its `lang`; never a fallback translation.
json title_view(const RenderContext& ctx, const PageRef& page, const Paper& p);
/// Beneath an original title in another language (`shown`): the title in the
/// reader's fallback language, labelled as a translation; false when there is none.
json title_translation_view(const RenderContext& ctx, const PageRef& page, const Paper& p, const std::string& shown);
/// Head metadata of a paper page: Highwire tags, Open Graph, JSON-LD, description.
json paper_meta(const RenderContext& ctx, const PageRef& page, size_t paper_index);
json home_view(const RenderContext& ctx, const PageRef& page);
json papers_view(const RenderContext& ctx, const PageRef& page, const PaperFilter& filter);
/// The filter pages the paper list links to: topics with papers, the papers'
/// languages in site order, years of publication newest first.
std::vector<PaperFilter> paper_filters(const LinkedSite& ls);
/// Site-relative URL of a filtered paper list in `lang`.
std::string paper_filter_url(const LinkedSite& ls, const Lang& lang, const PaperFilter& filter);
json root_view(const RenderContext& ctx, const PageRef& page);
/// A topic as a tile: name, description, counts, colour, link.
json topic_tile(const RenderContext& ctx, const PageRef& page, size_t topic_index);
json topics_view(const RenderContext& ctx, const PageRef& page);
json topic_view(const RenderContext& ctx, const PageRef& page, size_t topic_index);
/// A timeline page: `topic_index` filters it to one topic, `period_index` (into
/// ctx.periods) shows that period's events; npos for all topics, or for the
/// front page that leads to the periods.
json timeline_view(const RenderContext& ctx, const PageRef& page, size_t topic_index, size_t period_index);
json authors_view(const RenderContext& ctx, const PageRef& page);
json author_view(const RenderContext& ctx, const PageRef& page, size_t author_index);
/// Link from `page` to an event's entry on the page of its period.
std::string event_href(const RenderContext& ctx, const PageRef& page, size_t event_index);
/// One event as the timeline and the home page show it.
json event_view(const RenderContext& ctx, const PageRef& page, size_t event_index);
/// The overview chart of `events` (indices in date order) by period, with its
/// legend and summary; its rows link the periods' pages of topic `topic_index` (npos: all).
json overview_view(const RenderContext& ctx, const PageRef& page, const std::vector<size_t>& events,
                   size_t topic_index = TimelinePeriods::npos);
/// The name of a timeline period in `lang`: "Before 1990", "1990–1999".
std::string period_label(const RenderContext& ctx, const Lang& lang, const TimelinePeriod& period);
json not_found_view(const RenderContext& ctx, const PageRef& page);
/// The search page: the form, filters, and what the client script needs.
json search_view(const RenderContext& ctx, const PageRef& page);

}  // namespace portal
