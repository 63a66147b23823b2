#pragma once
/// The typed view models: what each page kind shows, as plain structs the
/// view builders fill, and `to_data`, the one place where each becomes the
/// data its Mustache template reads (render/view_data*.cpp). A template name
/// is spelt once, in to_data, and every key of a type is always written: an
/// absent value is `false`, never a missing key, because Mustache lookups climb
/// the context stack and a missing key would find an enclosing value (a paper
/// card without a journal showing the journal of the page's paper).

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/model.h"

namespace portal {

using json = nlohmann::json;

/// A localized value as a page shows it: the text, its language, and whether
/// it stands in for the page's language. `foreign` when the language differs
/// from the page's (the template sets a lang attribute); `fallback` when it is
/// a translation shown because the page's language has none (the template
/// marks it visibly with `fallback_note`). Names are foreign, never fallbacks.
struct Shown {
  std::string text;
  Lang lang;
  bool fallback = false;
  bool foreign = false;
  bool missing = false;       ///< no value in any language (text empty); for the builders only
  std::string fallback_note;  ///< "shown in Russian", when `fallback`
};

/// A Markdown text shown localized (an event's summary or note): the value and its HTML.
struct ShownMarkdown {
  Shown shown;
  std::string html;
  std::string print_html;  ///< a note's copy for print, with footnote ids of its own
};

/// A link with its label.
struct LinkItem {
  std::string label;
  std::string href;
};

/// A text linking somewhere (a keyword, a DOI).
struct TextLink {
  std::string text;
  std::string href;
};

/// One entry of the layout's language switcher.
struct LanguageLink {
  Lang code;
  std::string name;  ///< the language's name in itself
  std::string href;
  bool current = false;
};

/// One entry of the main navigation.
struct NavItem {
  std::string label;
  std::string href;
  bool current = false;
};

/// What layout.mustache reads: the head, the header and the footer of a page.
struct Layout {
  std::string lang;  ///< the page's language; "mul" on the 404 page
  bool multilingual = false;
  Shown site_title, site_description;
  std::string site_home;
  std::string page_title;
  std::string description;  ///< meta description; empty for none
  std::string head_title;
  std::string css, root, search_href;
  std::vector<LanguageLink> languages;
  std::vector<LinkItem> alternates;  ///< hreflang alternates: label is the language code
  std::optional<std::string> canonical, feed;
  std::vector<NavItem> nav;
};

/// A topic as a chip: its name linking its page.
struct TopicChip {
  Shown name;
  std::string href;
};

/// Beneath an original title in another language: the title in the reader's
/// fallback language, labelled as a translation.
struct TitleTranslation {
  std::string text;
  Lang lang;
  std::string label;
};

/// A paper in a list (paper_card.mustache).
struct PaperCard {
  std::string href;
  Shown title;
  std::optional<TitleTranslation> title_translation;
  std::vector<Shown> authors;
  std::string language_name, type;
  std::optional<std::string> date, journal;
  std::string date_iso;
  std::optional<std::string> why;  ///< why a related paper is related (paper pages only)
};

/// An event as a link with its date (the home, topic and paper pages).
struct EventLink {
  Shown title;
  std::string date;
  std::optional<std::string> date_iso;  ///< none for a vague span or a year before 1000
  std::string href;
};

/// A section of a paper named by an event's source.
struct SourceSection {
  std::string text;
  Lang lang;
  std::string href;
};

/// A paper an event's sources name, with the sections they point to.
struct EventSourceView {
  Shown title;
  std::string href;
  std::vector<SourceSection> sections;
};

/// One event in full, as a timeline period page shows it (event.mustache).
struct EventView {
  EventLink link;
  std::string anchor;
  std::optional<ShownMarkdown> summary, note;
  std::vector<TopicChip> topics;
  std::vector<EventSourceView> sources;
};

/// A chart as HTML with a note on what it leaves out.
struct TopicChart {
  std::optional<std::string> html;     ///< the bars; none when nothing is dated
  std::optional<std::string> undated;  ///< "3 papers have no date"
};

/// A topic as a tile or list entry: name, description, counts, colour, link.
struct TopicTile {
  Shown name;
  std::optional<Shown> description;
  std::string href, color, papers, events;
  std::optional<TopicChart> chart;  ///< the topics and topic pages only
};

/// A legend entry of the overview chart.
struct LegendItem {
  Shown name;
  std::string color, href;
};

/// The timeline's overview chart by period, its summary and its legend.
struct Overview {
  std::string chart, summary;
  std::vector<LegendItem> legend;
};

/// A string is its own data (so optional strings and lists of them work alike).
inline json to_data(const std::string& s) { return s; }
json to_data(const Shown& v);
json to_data(const ShownMarkdown& v);
json to_data(const LinkItem& v);
json to_data(const TextLink& v);
/// The layout's keys, at the top level of every page's data.
json to_data(const Layout& v);
json to_data(const TopicChip& v);
json to_data(const TitleTranslation& v);
json to_data(const PaperCard& v);
json to_data(const EventLink& v);
json to_data(const EventView& v);
json to_data(const TopicChart& v);
json to_data(const TopicTile& v);
json to_data(const Overview& v);

/// A list as a JSON array, each item by its to_data.
template <class T>
json to_data(const std::vector<T>& items) {
  json out = json::array();
  out.get_ref<json::array_t&>().reserve(items.size());
  for (const T& item : items) out.push_back(to_data(item));
  return out;
}

/// An optional value: its data, or `false` when absent.
template <class T>
json to_data(const std::optional<T>& v) {
  return v ? to_data(*v) : json(false);
}

}  // namespace portal
