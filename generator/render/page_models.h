#pragma once
/// The typed view model of each page kind, built on the shared pieces of
/// render/view_models.h. Each page holds its Layout; `to_data` (render/
/// view_data*.cpp) turns a page into its template's data, every key present.

#include "render/view_models.h"

namespace portal {

/// A paper's author on its page.
struct PaperAuthor {
  Shown name;
  std::string href;
  std::optional<Shown> affiliation;
  std::optional<std::string> email, orcid;
};

/// A title of the paper in another language the source gives.
struct OtherTitle {
  Lang lang;
  std::string text, language_name;
};

/// The keywords in the reader's language, or its fallback.
struct Keywords {
  std::vector<TextLink> list;  ///< each keyword linking a search for it
  Lang lang;
  bool fallback = false;
  std::string fallback_note;
};

/// A date with its machine-readable form.
struct DateView {
  std::string text, iso;
};

/// The journal a paper appeared in.
struct JournalView {
  std::string name, volume, issue, pages;
};

/// The abstract in the page's language (or its fallback), rendered.
struct MainAbstract {
  Shown shown;
  std::string html;
};

/// An abstract in another language, folded; or an extended abstract.
struct OtherAbstract {
  Lang lang, page_lang;
  std::string language_name, html;
};

/// One entry of a paper's table of contents.
struct TocEntry {
  std::string text, href;
  bool sub = false;  ///< a third-level heading
};

/// A link back from a reference to where it is cited.
struct Backlink {
  std::string href;
  int n = 0;
};

/// One entry of the reference list.
struct ReferenceView {
  std::string anchor, html;
  std::vector<Backlink> backlinks;  ///< `cited` when not empty
};

/// A citation of the paper in one style, to copy.
struct CitationView {
  std::string id, style, html;
  Lang language;
};

/// The paper's edition statement (render/edition_view.h).
struct EditionView {
  std::string source_format;
  std::optional<std::string> pages, url, seed;
  std::vector<std::string> changes;
};

/// A name and content of a head <meta> tag (`name` is the property for Open Graph).
struct MetaTag {
  std::string name, content;
};

/// A paper page's head metadata: Highwire tags, Open Graph, JSON-LD; and what
/// the layout takes from it (description, canonical URL).
struct PaperMeta {
  std::vector<MetaTag> tags, og;
  std::string jsonld;  ///< script-safe JSON
  std::string description, canonical;
};

/// The body of a paper page.
struct PaperView {
  Shown title;
  std::optional<TitleTranslation> title_translation;
  bool editorial_title = false, draft = false;
  std::vector<OtherTitle> other_titles;
  std::string type_caps;
  std::vector<PaperAuthor> authors;
  Lang language;
  std::string language_name;
  std::optional<JournalView> journal;
  std::optional<DateView> published, received, accepted;
  std::optional<TextLink> doi;
  std::optional<std::string> udc;
  std::vector<TopicChip> topics;
  std::optional<Keywords> keywords;
  std::optional<MainAbstract> abstract;
  std::vector<OtherAbstract> other_abstracts, extended_abstracts;
  std::optional<std::string> body_html;
  bool body_foreign = false;
  std::string full_text_note;
  std::vector<TocEntry> toc;
  bool has_reference_list = false, references_numbered = false;
  std::optional<Shown> unresolved_citations_reason;
  std::vector<ReferenceView> references;
  std::string export_bib, export_ris, export_json;
  std::vector<CitationView> cite;
  std::vector<EventLink> events;
  std::vector<PaperCard> related;
  std::optional<EditionView> edition;
};

/// A paper page.
struct PaperPage {
  Layout layout;
  PaperView paper;
  PaperMeta meta;
};

/// The authors page's entry for one author.
struct AuthorEntryView {
  Shown name;
  std::string href, papers;
  std::optional<Shown> affiliation;
};

/// The authors page.
struct AuthorsPage {
  Layout layout;
  std::vector<AuthorEntryView> authors;
};

/// A name of an author in another language or script.
struct OtherName {
  std::string text;
  Lang lang;
};

/// An author's page.
struct AuthorPage {
  Layout layout;
  Shown name;
  std::vector<OtherName> other_names;
  std::optional<Shown> affiliation;
  std::optional<std::string> email, orcid;
  std::vector<PaperCard> papers;
};

/// The topics page.
struct TopicsPage {
  Layout layout;
  std::vector<TopicTile> topics;  ///< by name, in the page language's order
};

/// A keyword of a topic's papers, in the page's language or, marked, another.
struct TopicKeyword {
  std::string text;
  Lang lang;
  std::string language_in;  ///< "in Russian" when `lang` is not the page's (then also a lang attribute); else empty
};

/// A topic's page.
struct TopicPage {
  Layout layout;
  TopicTile topic;
  std::vector<PaperCard> papers;
  std::vector<EventLink> events;
  std::vector<TopicChip> related;  ///< topics sharing papers and events, most shared first
  std::vector<TopicKeyword> keywords;
  std::string timeline_href;
};

/// The home page.
struct HomePage {
  Layout layout;
  std::vector<PaperCard> papers;  ///< the newest
  std::vector<TopicTile> topics;
  std::vector<EventLink> recent_events;
  std::optional<Overview> overview;
  std::string timeline_href, papers_href;
};

/// A link of the paper list's filter bar; `count` is shown beside it.
struct FilterLink {
  std::string label, href;
  bool current = false;
  std::optional<size_t> count;
};

/// One group of the filter bar (by topic, language, year; the order).
struct FilterGroup {
  std::string label;
  std::vector<FilterLink> items;
};

/// The paper list, whole or filtered.
struct PapersPage {
  Layout layout;
  std::string count_text;
  std::vector<PaperCard> papers;
  std::vector<FilterGroup> filter_groups;
  bool filtered = false;    ///< a filter narrows the list (the "show all" link)
  bool show_intro = false;  ///< the full list's introduction
  std::string all_href;
};

/// A language to enter the portal in, on the root page.
struct RootChoice {
  Lang code;
  std::string name, href;
  Shown title, description;
  std::string enter;
  bool is_default = false;
};

/// The root page: a choice of languages.
struct RootPage {
  Layout layout;
  std::vector<RootChoice> choices;
};

/// A text and the language it is in.
struct TextIn {
  Lang code;
  std::string text;
};

/// The 404 page's text in one language.
struct NotFoundChoice {
  Lang code;
  std::string name, href, message, back;
};

/// The 404 page, in every language at once.
struct NotFoundPage {
  Layout layout;
  std::vector<TextIn> titles;  ///< "Page not found" in each language
  std::vector<NotFoundChoice> choices;
};

/// A topic filter of the timeline.
struct TimelineFilter {
  Shown name;
  std::string href;
  std::optional<size_t> count;
  bool current = false;
};

/// A period of the timeline as a link.
struct PeriodLink {
  std::string label, href, count;
  bool current = false;
};

/// The events of one year (or vague period) on a period page.
struct YearGroup {
  std::string anchor, label;
  std::vector<EventView> events;
};

/// A timeline page: the front page or a period, for all topics or one.
struct TimelinePage {
  Layout layout;
  std::optional<Shown> topic;  ///< the topic it is filtered to
  bool period_page = false;
  std::string count;
  std::vector<TimelineFilter> filters;
  std::vector<PeriodLink> periods;
  std::optional<TextLink> previous, next;  ///< a period page's neighbours: "Earlier: 1990–1999"
  std::string front_href;
  std::optional<Overview> overview;  ///< the front pages only
  std::vector<YearGroup> years;      ///< period pages only
};

/// A value of one of the search page's filters.
struct SearchOption {
  std::string value;  ///< as the index numbers it
  std::string label;
};

/// A topic of the search page's filter.
struct SearchTopic {
  std::string value;  ///< the topic's number in the index
  Shown name;
};

/// What the search script shows for a result in a language: its name and,
/// for another language than the page's, the visible fallback note.
struct LanguageNote {
  Lang code;
  std::string name, note;
};

/// The search page: the form, filters, and what the client script needs.
struct SearchPage {
  Layout layout;
  std::string index_href, script;
  std::vector<LinkItem> links;  ///< where to go without JavaScript
  std::vector<SearchOption> kinds;
  std::vector<SearchTopic> topics;
  std::vector<SearchOption> paper_languages;  ///< the languages papers are written in
  int min_year = 0, max_year = 0;             ///< of papers and events; 0 when none has a date
  std::vector<LanguageNote> language_notes;
};

json to_data(const EditionView& v);
json to_data(const PaperMeta& v);
json to_data(const PaperPage& v);
json to_data(const HomePage& v);
json to_data(const PapersPage& v);
json to_data(const RootPage& v);
json to_data(const NotFoundPage& v);
json to_data(const TimelinePage& v);
json to_data(const SearchPage& v);
json to_data(const TopicsPage& v);
json to_data(const TopicPage& v);
json to_data(const AuthorsPage& v);
json to_data(const AuthorPage& v);

}  // namespace portal
