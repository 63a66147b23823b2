// End to end: how the timeline's periods follow the content. The fixture
// portal plus a busy decade (its periods stay five years each), two years tied as the
// busiest, a vague span of a century's half, and an event whose two sources
// are sections of the same paper.

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "../support/site_pages.h"

using namespace portal::fixture;
using namespace portal::fixture::site_pages;

namespace {

/// The fixture with 27 more events in 2000–2009 (26 with the fixture's own):
/// four in 2001 and in 2003, three in 2000, 2002 and 2004, two in 2005–2008;
/// one more in 1992 and in 2021, and one in the second half of the 19th century;
/// two in 2009 with footnotes in their summaries and notes.
struct BusySite {
  TempDir dir;
  fs::path root, out;
  RunResult run;
  Tree files;

  BusySite() {
    root = make_portal(dir);
    out = dir / "site";
    std::string events;
    const int years[] = {2001, 2001, 2001, 2001, 2003, 2003, 2003, 2003, 2000, 2000, 2000, 2002, 2002,
                         2002, 2004, 2004, 2004, 2005, 2005, 2006, 2006, 2007, 2007, 2008, 2008};
    int i = 0;
    for (int year : years)
      events += fmt::format("- id: busy-{0}\n  date: {1}\n  title: {{en: Busy {0}, ru: Событие {0}}}\n  topics: [ots]\n",
                            i++, year);
    events +=
        "- id: tie-1992\n  date: 1992\n  title: {en: Another 1992 event}\n  topics: [history]\n"
        "- id: tie-2021\n  date: 2021\n  title: {en: Another 2021 event}\n  topics: [ots]\n"
        "- id: theologians\n  date: 1851\n  end: 1900\n  title: {en: Theologians arrive}\n  topics: [history]\n"
        "- id: two-sections\n  date: 2021-05\n  title: {en: Two sections of one paper}\n  topics: [ots]\n"
        "  sources:\n"
        "    - {paper: alpha-smart-power, anchor: giris}\n"
        "    - {paper: alpha-smart-power, anchor: orgutler}\n";
    for (const char* id : {"footnoted-a", "footnoted-b"})  // each with a footnote in its summary and its note
      events += fmt::format(
          "- id: {0}\n  date: 2009\n  title: {{en: {0}}}\n  topics: [ots]\n"
          "  summary:\n    en: |\n      Summary of {0}.[^1]\n\n      [^1]: Summary footnote of {0}.\n"
          "  note:\n    en: |\n      Note of {0}.[^1]\n\n      [^1]: Note footnote of {0}.\n",
          id);
    append(root / "content" / "timeline.yaml", events);
    run = build(root, out);
    files = snapshot(out);
  }
  const std::string& page(const std::string& rel) const {
    auto it = files.find(rel);
    if (it == files.end()) FAIL("the built site has no " << rel);
    return it->second;
  }
};

const BusySite& busy_site() {
  static BusySite site;
  return site;
}

size_t events_on(const std::string& html) {
  size_t n = 0;
  for (const auto& t : with_class(html, "event"))
    if (t.name == "li") ++n;
  return n;
}

}  // namespace

TEST_CASE("timeline periods: five years each, named by their years alone, and earlier years one period",
          "[e2e][timeline]") {
  const BusySite& s = busy_site();
  INFO(s.run.err);
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    CHECK(s.files.count(page_of(lang, "timeline/2000-2009/")) == 0);
    CHECK(events_on(s.page(page_of(lang, "timeline/2000-2004/"))) == 17);
    CHECK(events_on(s.page(page_of(lang, "timeline/2005-2009/"))) == 11);  // 8 busy, 2 footnoted, the 2009 agreement
    CHECK(events_on(s.page(page_of(lang, "timeline/1990-1994/"))) == 4);
    CHECK(events_on(s.page(page_of(lang, "timeline/before-1990/"))) == 1);
    // topic pages follow the same periods
    CHECK(s.files.count(page_of(lang, "timeline/ots/2005-2009/")) == 1);
    CHECK(s.files.count(page_of(lang, "timeline/history/2005-2009/")) == 0);
    // 26 more events leave every event of the fixture where it was: links to them hold
    for (const auto& [id, period] : kEventPeriod) {
      INFO(id);
      CHECK(find_tags(s.page(event_page(lang, id)), "li", "id", "event-" + id).size() == 1);
    }
  }
}

TEST_CASE("timeline periods: a vague span is shown as the sources give it, under its own heading", "[e2e][timeline]") {
  const BusySite& s = busy_site();
  REQUIRE(s.run.status == 0);
  const ByLang label = {{"en", "Second half of the 19th century"}, {"ru", "Вторая половина XIX в."},
                        {"tr", "19. yüzyılın ikinci yarısı"}, {"kk", "XIX ғасырдың екінші жартысы"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    const std::string& html = s.page(page_of(lang, "timeline/before-1990/"));
    auto h = find_tags(html, "h2", "id", "period-1851-1900");
    REQUIRE(h.size() == 1);
    CHECK(visible_text(inner(html, h[0])) == label.at(lang));
    CHECK(find_tags(html, "time").empty());
    CHECK_FALSE(contains(visible_text(html), "1851"));  // no year invented for it
    // the overview's earliest event is the period, not a year
    const std::string& front = s.page(page_of(lang, "timeline/"));
    CHECK(contains(visible_text(inner(front, one_with_class(front, "overview-summary"))), label.at(lang)));
  }
}

TEST_CASE("timeline periods: years tied as the busiest are all named", "[e2e][timeline][i18n]") {
  const BusySite& s = busy_site();
  REQUIRE(s.run.status == 0);
  // 2001 and 2003 have four events each; no other year has as many
  const ByLang want = {
      {"en", "Busiest years, tied: 2001 and 2003, with 4 events each."},
      {"ru", "Больше всего событий поровну в 2001 и 2003 гг.: по 4 события."},
      {"tr", "En yoğun yıllar (eşit): 2001 ve 2003; her birinde 4 olay."},
      {"kk", "Оқиғаға ең бай жылдар (тең): 2001 және 2003, әрқайсысында 4 оқиға."}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    const std::string& front = s.page(page_of(lang, "timeline/"));
    std::string summary = visible_text(inner(front, one_with_class(front, "overview-summary")));
    CHECK(contains(summary, want.at(lang)));
  }
}

TEST_CASE("timeline periods: two sections of one paper list the paper once", "[e2e][timeline][links]") {
  const BusySite& s = busy_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "timeline/2020-2024/");
    const std::string& html = s.page(path);
    auto li = find_tags(html, "li", "id", "event-two-sections");
    REQUIRE(li.size() == 1);
    std::string ev = inner(html, li[0]);
    auto links = links_in(path, inner(ev, one_with_class(ev, "event-sources")));
    REQUIRE(links.size() == 3);
    CHECK(links[0].file == paper_page(lang, "alpha-smart-power"));
    CHECK(links[0].fragment.empty());
    CHECK(links[1].fragment == "giris");
    CHECK(links[2].fragment == "orgutler");
    CHECK(shown_in_lang(ev, "tr", "Giriş"));
    CHECK(shown_in_lang(ev, "tr", "Örgütler"));
  }
}

TEST_CASE("timeline periods: footnotes of several events on one page have ids of their own", "[e2e][timeline][links]") {
  const BusySite& s = busy_site();
  REQUIRE(s.run.status == 0);
  const std::string path = page_of("en", "timeline/2005-2009/");
  const std::string& html = s.page(path);
  std::map<std::string, int> ids;
  for (size_t at = html.find(" id=\""); at != std::string::npos; at = html.find(" id=\"", at + 1)) {
    size_t from = at + 5;
    ids[html.substr(from, html.find('"', from) - from)]++;
  }
  for (const auto& [id, n] : ids) {
    INFO(id);
    CHECK(n == 1);
  }
  // each event's footnote links lead to its own footnotes, on screen and in the copy for print
  for (const std::string id : {"footnoted-a", "footnoted-b"}) {
    INFO(id);
    auto li = find_tags(html, "li", "id", "event-" + id);
    REQUIRE(li.size() == 1);
    const std::string ev = inner(html, li[0]);
    int footnote_links = 0;
    for (const auto& l : links_in(path, ev)) {
      if (l.fragment.rfind("fn", 0) != 0) continue;
      ++footnote_links;
      const bool own = l.fragment.rfind("fn-event-" + id + "-", 0) == 0 || l.fragment.rfind("fnref-event-" + id + "-", 0) == 0;
      CHECK(own);
      CHECK(ids.count(l.fragment) == 1);
    }
    CHECK(footnote_links == 6);  // to and from the summary's, the note's and the printed note's footnote
    CHECK(contains(visible_text(ev), "Note footnote of " + id));
  }
}
