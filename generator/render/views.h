#pragma once
/// One view builder per page kind: each turns the linked site into the page's
/// typed view model (render/page_models.h), which `to_data` makes into the
/// data its Mustache template renders. Views never read files and never
/// format HTML beyond Markdown the generator itself renders.

#include "render/paper_filter.h"
#include "render/view_common.h"

namespace portal {

PaperPage paper_view(const RenderContext& ctx, const PageRef& page, size_t paper_index);
/// A paper's title as its heading and cards show it: in the page's language when
/// the source gives one, else the original title with its `lang`; never a fallback translation.
Shown title_view(const RenderContext& ctx, const PageRef& page, const Paper& p);
/// Beneath an original title in another language (`original`, its language): the title in the
/// reader's fallback language, labelled as a translation; none when there is none.
std::optional<TitleTranslation> title_translation_view(const RenderContext& ctx, const PageRef& page, const Paper& p,
                                                       const std::string& original);
/// Head metadata of a paper page: Highwire tags, Open Graph, JSON-LD, description.
PaperMeta paper_meta(const RenderContext& ctx, const PageRef& page, size_t paper_index);
HomePage home_view(const RenderContext& ctx, const PageRef& page);
PapersPage papers_view(const RenderContext& ctx, const PageRef& page, const PaperFilter& filter);
/// The filter pages the paper list links to: topics with papers, the papers'
/// languages in site order, years of publication newest first.
std::vector<PaperFilter> paper_filters(const LinkedSite& ls);
/// Site-relative URL of a filtered paper list in `lang`.
std::string paper_filter_url(const LinkedSite& ls, const Lang& lang, const PaperFilter& filter);
RootPage root_view(const RenderContext& ctx, const PageRef& page);
/// A topic as a tile: name, description, counts, colour, link.
TopicTile topic_tile(const RenderContext& ctx, const PageRef& page, size_t topic_index);
TopicsPage topics_view(const RenderContext& ctx, const PageRef& page);
TopicPage topic_view(const RenderContext& ctx, const PageRef& page, size_t topic_index);
/// A timeline page: `topic_index` filters it to one topic, `period_index` (into
/// ctx.periods) shows that period's events; npos for all topics, or for the
/// front page that leads to the periods.
TimelinePage timeline_view(const RenderContext& ctx, const PageRef& page, size_t topic_index, size_t period_index);
AuthorsPage authors_view(const RenderContext& ctx, const PageRef& page);
AuthorPage author_view(const RenderContext& ctx, const PageRef& page, size_t author_index);
/// Link from `page` to an event's entry on the page of its period.
std::string event_href(const RenderContext& ctx, const PageRef& page, size_t event_index);
/// An event as a link with its date and title (the home, topic and paper pages).
EventLink event_link(const RenderContext& ctx, const PageRef& page, size_t event_index);
/// One event in full, as a timeline period page shows it: summary and note rendered.
EventView event_view(const RenderContext& ctx, const PageRef& page, size_t event_index);
/// The overview chart of `events` (indices in date order) by period, with its
/// legend and summary; its rows link the periods' pages of topic `topic_index` (npos: all).
/// None when there are no events.
std::optional<Overview> overview_view(const RenderContext& ctx, const PageRef& page, const std::vector<size_t>& events,
                                        size_t topic_index = TimelinePeriods::npos);
/// The name of a timeline period in `lang`: "Before 1990", "1990–1999".
std::string period_label(const RenderContext& ctx, const Lang& lang, const TimelinePeriod& period);
NotFoundPage not_found_view(const RenderContext& ctx, const PageRef& page);
/// The search page: the form, filters, and what the client script needs.
SearchPage search_view(const RenderContext& ctx, const PageRef& page);

}  // namespace portal
