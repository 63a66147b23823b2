#pragma once
/// The fixture portal tests/fixtures/basic as the end-to-end tests of its
/// topic, timeline, author, paper and home pages see it: its languages, topics,
/// events and papers in the orders the pages show them, the paths of its pages,
/// and helpers to read their links and anchors.
///
/// Header-only (inline functions and variables).

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "portal_fixture.h"

namespace portal::fixture::site_pages {


using ByLang = std::map<std::string, std::string>;

/// Topic names and descriptions as topics.yaml gives them.
inline const std::map<std::string, ByLang> kTopicNames = {
    {"soft-power", {{"kk", "Жұмсақ күш"}, {"ru", "Мягкая сила"}, {"tr", "Yumuşak güç"}, {"en", "Soft power"}}},
    {"ots",
     {{"kk", "Түркі мемлекеттері ұйымы"},
      {"ru", "Организация тюркских государств"},
      {"tr", "Türk Devletleri Teşkilatı"},
      {"en", "Organization of Turkic States"}}},
    {"history", {{"kk", "Тарих"}, {"ru", "История"}, {"tr", "Tarih"}, {"en", "History"}}}};
inline const std::map<std::string, ByLang> kTopicDescriptions = {
    {"soft-power",
     {{"kk", "Мәдениет пен білім арқылы ықпал ету."},
      {"ru", "Влияние через культуру и образование."},
      {"tr", "Kültür ve eğitim yoluyla etki."},
      {"en", "Influence through culture and education."}}},
    {"ots",
     {{"kk", "Түркі интеграциясы."},
      {"ru", "Тюркская интеграция."},
      {"tr", "Türk entegrasyonu."},
      {"en", "Turkic integration."}}}};

/// "N papers · M events" per topic, with each language's plural rules:
/// soft-power has 3 papers and 2 events, ots 5 and 4, history 1 and 3.
inline const std::map<std::string, ByLang> kTopicCounts = {
    {"soft-power",
     {{"kk", "3 мақала · 2 оқиға"}, {"ru", "3 статьи · 2 события"}, {"tr", "3 makale · 2 olay"}, {"en", "3 papers · 2 events"}}},
    {"ots",
     {{"kk", "5 мақала · 4 оқиға"}, {"ru", "5 статей · 4 события"}, {"tr", "5 makale · 4 olay"}, {"en", "5 papers · 4 events"}}},
    {"history",
     {{"kk", "1 мақала · 3 оқиға"}, {"ru", "1 статья · 3 события"}, {"tr", "1 makale · 3 olay"}, {"en", "1 paper · 3 events"}}}};

/// Every event of timeline.yaml in date order.
inline const std::vector<std::string> kEventsInOrder = {
    "independence-recognition-1991", "embassy-opening-1992", "yesevi-university-1993", "nakhchivan-agreement-2009",
    "ots-secretariat-2010",          "istanbul-summit-2021", "energy-forum-2022"};

/// The timeline period each event's page belongs to (five years each, from 1990).
inline const std::map<std::string, std::string> kEventPeriod = {
    {"independence-recognition-1991", "1990-1994"}, {"embassy-opening-1992", "1990-1994"},
    {"yesevi-university-1993", "1990-1994"},        {"nakhchivan-agreement-2009", "2005-2009"},
    {"ots-secretariat-2010", "2010-2014"},          {"istanbul-summit-2021", "2020-2024"},
    {"energy-forum-2022", "2020-2024"}};
/// The fixture's periods, in order.
inline const std::vector<std::string> kPeriods = {"1990-1994", "2005-2009", "2010-2014", "2020-2024"};

/// The events of each topic, in date order.
inline const std::map<std::string, std::vector<std::string>> kTopicEvents = {
    {"soft-power", {"yesevi-university-1993", "istanbul-summit-2021"}},
    {"ots", {"nakhchivan-agreement-2009", "ots-secretariat-2010", "istanbul-summit-2021", "energy-forum-2022"}},
    {"history", {"independence-recognition-1991", "embassy-opening-1992", "yesevi-university-1993"}}};

/// All papers, newest first (zeta has no date, so it comes last).
inline const std::vector<std::string> kPapersNewestFirst = {"alpha-smart-power",       "delta-energy-cooperation",
                                                            "epsilon-education",       "gamma-cinema",
                                                            "beta-turkic-council",     "zeta-secretariat"};

inline std::string page_of(const std::string& lang, const std::string& rest) {
  return lang + "/" + rest + "index.html";
}
/// The timeline page that shows event `id` for all topics: its period's.
inline std::string event_page(const std::string& lang, const std::string& id) {
  return page_of(lang, "timeline/" + kEventPeriod.at(id) + "/");
}

/// The last path segment before "/index.html": "en/topics/ots/index.html" → "ots".
inline std::string subject_of(const std::string& file) {
  std::string dir = file.substr(0, file.rfind('/'));
  return dir.substr(dir.rfind('/') + 1);
}

/// The one element with class `cls` inside `html`; fails unless there is exactly one.
inline Tag one_with_class(const std::string& html, const std::string& cls) {
  auto tags = with_class(html, cls);
  if (tags.size() != 1) FAIL("expected one element of class " << cls << ", found " << tags.size());
  return tags[0];
}

/// The hrefs of the <a> in `html`, resolved from page `page` (fragments kept apart).
struct Link {
  std::string file;
  std::string fragment;
  std::string href;
  std::string text;
};
inline std::vector<Link> links_in(const std::string& page, const std::string& html) {
  std::vector<Link> out;
  for (const auto& a : find_tags(html, "a")) {
    if (!a.has("href")) continue;
    Link l;
    l.href = a.get("href");
    l.file = link_target(page, l.href, "", l.fragment);
    l.text = visible_text(inner(html, a));
    out.push_back(l);
  }
  return out;
}

inline bool has_id(const BuiltSite& s, const std::string& file, const std::string& id) {
  if (!s.files.count(file)) return false;
  auto ids = ids_of(s.page(file));
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

/// One row of a chart table as a reader sees it: the row's label, where it
/// links (empty: no link), and the figure printed beside each bar.
struct ChartRow {
  std::string label;
  std::string href;
  std::vector<std::string> values;
  bool operator==(const ChartRow&) const = default;
};
inline std::ostream& operator<<(std::ostream& out, const ChartRow& r) {
  out << r.label << " [";
  for (const auto& v : r.values) out << v << " ";
  return out << "]";
}
/// The rows of the one chart table inside `html`; fails when there is not exactly one.
inline std::vector<ChartRow> chart_rows(const std::string& html) {
  auto tables = with_class(html, "chart-table");
  if (tables.size() != 1) FAIL("expected one chart table, found " << tables.size());
  std::string table = inner(html, tables[0]);
  std::vector<ChartRow> out;
  for (const auto& tr : find_tags(table, "tr")) {
    std::string row = inner(table, tr);
    auto th = find_tags(row, "th", "scope", "row");
    if (th.empty()) continue;
    ChartRow r;
    std::string head = inner(row, th[0]);
    r.label = decode_entities(visible_text(head));
    auto a = find_tags(head, "a");
    if (!a.empty()) r.href = a[0].get("href");
    for (const auto& v : with_class(row, "bar-value")) r.values.push_back(visible_text(inner(row, v)));
    out.push_back(r);
  }
  return out;
}

}  // namespace portal::fixture::site_pages
