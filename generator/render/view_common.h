#pragma once
/// Building blocks shared by the view builders: the layout's data (language
/// switcher, hreflang alternates, navigation), localized values with visible
/// fallback marking, and Markdown rendered with the portal's link schemes
/// resolved relative to the page.

#include <string>

#include <nlohmann/json.hpp>

#include "render/context.h"
#include "render/page_models.h"
#include "text/century.h"

namespace portal {

/// One page being built: its language and site-relative URL.
struct PageRef {
  Lang lang;
  std::string url;  ///< e.g. "kk/papers/x/"
  std::string rel(std::string_view to) const;  ///< relative link to another page URL
};

/// The layout of a page whose translations are `url_for(lang)`.
/// `title` is the page's own title (empty for the home page).
Layout layout_view(const RenderContext& ctx, const PageRef& page, const std::string& title,
                 const std::function<std::string(const Lang&)>& url_for, const std::string& section);

/// A localized text for a reader of `lang` (see Shown). Names
/// (`mark_fallback` false) are not translations: they keep the lang attribute
/// but get no "shown in L" note.
Shown shown(const RenderContext& ctx, const Localized<std::string>& values, const Lang& lang,
            bool mark_fallback = true);

/// The visible note on a text shown in `shown` for a reader of `lang`: "shown in Russian".
std::string fallback_note(const RenderContext& ctx, const Lang& lang, const Lang& shown);

/// A page's editorial marks so far (render/edition_view.h).
struct PageMarks;

/// Renders Markdown (an abstract, a full text) for `page`; cite: links resolve
/// within `paper` (may be null). `marks` counts the page's editorial marks
/// across the texts it shows, rendered in the page's order (null: each text
/// on its own).
std::string markdown_html(const RenderContext& ctx, const PageRef& page, std::string_view markdown,
                          const Paper* paper, PageMarks* marks = nullptr);

/// A localized Markdown text (an event's summary or note) for `page`: like
/// `shown`, plus its HTML rendered inline (a lone paragraph loses its <p>).
ShownMarkdown shown_markdown(const RenderContext& ctx, const PageRef& page, const Localized<std::string>& values);

/// A compact view of a paper for lists: title (localized), authors, year, href.
PaperCard paper_card(const RenderContext& ctx, const PageRef& page, size_t paper_index);

/// Topic chips for a list of topic refs (unknown ones left out).
std::vector<TopicChip> topic_chips(const RenderContext& ctx, const PageRef& page, const std::vector<TopicRef>& topics);


/// Formats a date for `lang` at its own precision, or a span; a vague span reads
/// as the period it stands for: centuries (0901–1100: "X–XI ғасырлар", "10th–11th
/// centuries"), a half of a century (1851–1900), a decade (1930–1939: "1930s").
std::string date_text(const RenderContext& ctx, const Date& date, const std::optional<Date>& end, const Lang& lang);

/// A vague span in `lang`'s words (see text::vague_span).
std::string vague_span_text(const RenderContext& ctx, const text::VagueSpan& v, const Lang& lang);

}  // namespace portal
