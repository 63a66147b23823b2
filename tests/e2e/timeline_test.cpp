// End to end: the timeline of the fixture portal tests/fixtures/basic (seven
// events): date order, years and decades, dates localized with ICU, titles and
// summaries with their fallbacks, topic chips and source links, the timeline
// per topic, and the overview chart on the timeline and home pages.

#include <catch2/catch.hpp>

#include <set>

#include "../support/site_pages.h"

using namespace portal::fixture;
using namespace portal::fixture::site_pages;

namespace {

/// The ids of the <li class="event"> of a page, without "event-", in order.
std::vector<std::string> event_ids(const std::string& html) {
  std::vector<std::string> out;
  for (const auto& t : with_class(html, "event"))
    if (t.name == "li") {
      std::string id = t.get("id");
      out.push_back(id.rfind("event-", 0) == 0 ? id.substr(6) : "<bad id " + id + ">");
    }
  return out;
}

/// The <li class="event" id="event-<id>"> of a page; fails when it is not there exactly once.
std::string event_markup(const std::string& html, const std::string& id) {
  auto tags = find_tags(html, "li", "id", "event-" + id);
  if (tags.size() != 1) FAIL("expected one event-" << id << ", found " << tags.size());
  return inner(html, tags[0]);
}

}  // namespace

// --- timeline ------------------------------------------------------------------

TEST_CASE("timeline: every event in date order, grouped by year, with decade navigation", "[e2e][timeline]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "timeline/");
    const std::string& html = s.page(path);
    CHECK(event_ids(html) == kEventsInOrder);

    // each event sits under the heading of its year
    std::string year;
    std::map<std::string, std::vector<std::string>> by_year;
    for (const auto& t : start_tags(html)) {
      if (t.name == "h2" && t.get("id").rfind("year-", 0) == 0) {
        year = t.get("id").substr(5);
        CHECK(visible_text(inner(html, t)) == year);
      }
      if (t.name == "time" && !year.empty()) {
        INFO("event date " << t.get("datetime") << " under year-" << year);
        CHECK(t.get("datetime").substr(0, 4) == year);
        by_year[year].push_back(t.get("datetime"));
      }
    }
    std::vector<std::string> years;
    for (const auto& [y, dates] : by_year) years.push_back(y);
    CHECK(years == std::vector<std::string>{"1991", "1992", "1993", "2009", "2010", "2021", "2022"});

    // the decade navigation leads to an anchor before the first year of each decade
    auto navs = with_class(html, "decades");
    REQUIRE(navs.size() == 1);
    std::vector<std::string> decades;
    for (const auto& l : links_in(path, inner(html, navs[0]))) {
      CHECK(l.file == path);
      CHECK(has_id(s, path, l.fragment));
      decades.push_back(l.fragment);
    }
    CHECK(decades == std::vector<std::string>{"decade-1990", "decade-2000", "decade-2010", "decade-2020"});
    const std::map<std::string, std::string> first_year = {
        {"decade-1990", "year-1991"}, {"decade-2000", "year-2009"}, {"decade-2010", "year-2010"}, {"decade-2020", "year-2021"}};
    for (const auto& [decade, first] : first_year) {
      INFO(decade);
      size_t d = html.find("id=\"" + decade + "\""), y = html.find("id=\"" + first + "\"");
      REQUIRE(d != std::string::npos);
      REQUIRE(y != std::string::npos);
      CHECK(d < y);
      // and after every year of the previous decade
      for (const auto& [other, dates] : by_year)
        if (other < first.substr(5)) CHECK(html.find("id=\"year-" + other + "\"") < d);
    }
  }
}

TEST_CASE("timeline: each date localized with ICU in the page's language at its own precision", "[e2e][timeline][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // ICU puts U+202F (narrow no-break space) before "г." and "ж.", and U+2009
  // (thin space) around the dash of some English and Turkish spans.
  const std::map<std::string, ByLang> expected = {
      {"nakhchivan-agreement-2009",  // day
       {{"kk", "2009\u202fж. 3 қазан"}, {"ru", "3 октября 2009\u202fг."}, {"tr", "3 Ekim 2009"}, {"en", "October 3, 2009"}}},
      {"independence-recognition-1991",  // day
       {{"kk", "1991\u202fж. 16 желтоқсан"}, {"ru", "16 декабря 1991\u202fг."}, {"tr", "16 Aralık 1991"}, {"en", "December 16, 1991"}}},
      {"embassy-opening-1992",  // month
       {{"kk", "1992\u202fж. наурыз"}, {"ru", "март 1992\u202fг."}, {"tr", "Mart 1992"}, {"en", "March 1992"}}},
      {"ots-secretariat-2010",  // month
       {{"kk", "2010\u202fж. қыркүйек"}, {"ru", "сентябрь 2010\u202fг."}, {"tr", "Eylül 2010"}, {"en", "September 2010"}}},
      {"yesevi-university-1993",  // year
       {{"kk", "1993"}, {"ru", "1993"}, {"tr", "1993"}, {"en", "1993"}}},
      {"istanbul-summit-2021",  // a span within a month
       {{"kk", "2021\u202fж. 12–13 қараша"},
        {"ru", "12–13 ноября 2021\u202fг."},
        {"tr", "12–13 Kasım 2021"},
        {"en", "November 12\u2009–\u200913, 2021"}}},
      {"energy-forum-2022",  // a span across two months
       {{"kk", "2022\u202fж. 29 қыркүйек – 2 қазан"},
        {"ru", "29 сентября – 2 октября 2022\u202fг."},
        {"tr", "29 Eylül\u2009–\u20092 Ekim 2022"},
        {"en", "September 29\u2009–\u2009October 2, 2022"}}}};
  const std::map<std::string, std::string> iso = {
      {"nakhchivan-agreement-2009", "2009-10-03"}, {"independence-recognition-1991", "1991-12-16"},
      {"embassy-opening-1992", "1992-03"},         {"ots-secretariat-2010", "2010-09"},
      {"yesevi-university-1993", "1993"},          {"istanbul-summit-2021", "2021-11-12"},
      {"energy-forum-2022", "2022-09-29"}};
  for (const auto& lang : kLangs)
    for (const auto& [id, by_lang] : expected) {
      INFO(lang << ": " << id);
      std::string ev = event_markup(s.page(page_of(lang, "timeline/")), id);
      auto times = find_tags(ev, "time");
      REQUIRE(times.size() == 1);
      CHECK(inner(ev, times[0]) == by_lang.at(lang));
      CHECK(times[0].get("datetime") == iso.at(id));
    }
}

TEST_CASE("timeline: titles and summaries in the page's language, fallbacks visibly marked", "[e2e][timeline][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // yesevi-university-1993 has no Turkish title: tr falls back to en
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string ev = event_markup(s.page(page_of(lang, "timeline/")), "yesevi-university-1993");
    Tag title = one_with_class(ev, "event-title");
    std::string t = inner(ev, title);
    if (lang == "tr") {
      CHECK(shown_in_lang(t, "en", "Ahmet Yesevi University is founded"));
      REQUIRE(with_class(t, "fallback-note").size() == 1);
      CHECK_FALSE(visible_text(inner(t, with_class(t, "fallback-note")[0])).empty());
    } else {
      CHECK(with_class(t, "fallback-note").empty());
    }
    // its summary exists in every language
    std::string summary = visible_text(inner(ev, one_with_class(ev, "event-summary")));
    const ByLang summaries = {{"kk", "Түркістандағы қазақ-түрік университеті."},
                              {"ru", "Казахско-турецкий университет в Туркестане."},
                              {"tr", "Türkistan'da Kazak-Türk üniversitesi."},
                              {"en", "A Kazakh-Turkish university in Turkistan."}};
    CHECK(summary == summaries.at(lang));
  }
  const ByLang titles = {{"kk", "Ыстамбұлда хатшылық ашылды"},
                         {"ru", "В Стамбуле открыт секретариат"},
                         {"tr", "İstanbul'da sekreterlik açıldı"},
                         {"en", "Secretariat opens in Istanbul"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string ev = event_markup(s.page(page_of(lang, "timeline/")), "ots-secretariat-2010");
    CHECK(visible_text(inner(ev, one_with_class(ev, "event-title"))) == titles.at(lang));
  }
  // nakhchivan-agreement-2009's summary exists in en and ru: kk falls back to ru, tr to en
  const std::map<std::string, std::pair<std::string, std::string>> summary = {
      {"kk", {"ru", "Основан Тюркский совет."}},
      {"ru", {"", "Основан Тюркский совет."}},
      {"tr", {"en", "The Turkic Council is founded."}},
      {"en", {"", "The Turkic Council is founded."}}};
  for (const auto& [lang, want] : summary) {
    INFO(lang);
    std::string ev = event_markup(s.page(page_of(lang, "timeline/")), "nakhchivan-agreement-2009");
    Tag p = one_with_class(ev, "event-summary");
    std::string body = inner(ev, p);
    CHECK(contains(visible_text(body), want.second));
    if (want.first.empty()) {
      CHECK(with_class(body, "fallback-note").empty());
      CHECK((!p.has("lang") || p.get("lang") == lang));
    } else {
      CHECK((p.get("lang") == want.first || shown_in_lang(body, want.first, want.second)));
      CHECK(with_class(body, "fallback-note").size() == 1);
    }
  }
}

TEST_CASE("timeline: topic chips, links to the source papers' sections, the note where sources disagree",
          "[e2e][timeline][links]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const ByLang notes = {{"kk", "Түрікше мақала 1993 жылды, қазақша мақала 1991 жылды көрсетеді."},
                        {"ru", "Турецкая статья называет 1993 год, казахская — 1991 год."},
                        {"tr", "Türkçe makale 1993, Kazakça makale 1991 yılını verir."},
                        {"en", "The Turkish paper gives 1993, the Kazakh paper 1991."}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "timeline/");
    const std::string& html = s.page(path);
    std::string ev = event_markup(html, "yesevi-university-1993");

    // topic chips, in the event's order, named in the page's language
    std::vector<std::string> chips;
    for (const auto& chip : with_class(ev, "chip")) {
      std::string frag;
      std::string file = link_target(path, chip.get("href"), "", frag);
      chips.push_back(subject_of(file));
      CHECK(file == page_of(lang, "topics/" + subject_of(file) + "/"));
      CHECK(visible_text(inner(ev, chip)) == kTopicNames.at(subject_of(file)).at(lang));
    }
    CHECK(chips == std::vector<std::string>{"soft-power", "history"});

    // sources: each a link to the paper's section, whose anchor is on that page
    auto sources = links_in(path, inner(ev, one_with_class(ev, "event-sources")));
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].file == paper_page(lang, "epsilon-education"));
    CHECK(sources[1].file == paper_page(lang, "delta-energy-cooperation"));
    CHECK(sources[0].fragment == "yesevi");
    CHECK(sources[1].fragment == "kirispe");
    for (const auto& src : sources) {
      INFO(src.href);
      CHECK(src.href.size() > src.fragment.size() + 1);
      CHECK(src.href.compare(src.href.size() - src.fragment.size() - 1, std::string::npos, "#" + src.fragment) == 0);
      CHECK(has_id(s, src.file, src.fragment));
    }
    // the note where the sources disagree, in the page's language
    Tag note = one_with_class(ev, "event-note");
    CHECK(contains(visible_text(inner(ev, note)), notes.at(lang)));

    // two sources with sections; a source without a section links the paper itself
    std::string nak_ev = event_markup(html, "nakhchivan-agreement-2009");
    auto nak = links_in(path, inner(nak_ev, one_with_class(nak_ev, "event-sources")));
    REQUIRE(nak.size() == 2);
    CHECK(nak[0].file == paper_page(lang, "beta-turkic-council"));
    CHECK(nak[0].fragment == "nakhchivan");
    CHECK(nak[1].file == paper_page(lang, "alpha-smart-power"));
    CHECK(nak[1].fragment == "orgutler");
    for (const auto& src : nak) CHECK(has_id(s, src.file, src.fragment));
    CHECK(with_class(nak_ev, "event-note").empty());  // no disagreement, no note

    std::string ind_ev = event_markup(html, "independence-recognition-1991");
    auto ind = links_in(path, inner(ind_ev, one_with_class(ind_ev, "event-sources")));
    REQUIRE(ind.size() == 1);
    CHECK(ind[0].file == paper_page(lang, "alpha-smart-power"));
    CHECK(ind[0].fragment.empty());
  }
}

TEST_CASE("timeline per topic: only that topic's events", "[e2e][timeline]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs)
    for (const auto& [topic, events] : kTopicEvents) {
      INFO(lang << ": " << topic);
      std::string path = page_of(lang, "timeline/" + topic + "/");
      const std::string& html = s.page(path);
      CHECK(event_ids(html) == events);
      // the filter chip of this topic is the current one
      auto current = find_tags(html, "a", "aria-current", "page");
      std::vector<std::string> current_files;
      for (const auto& a : current) {
        std::string frag;
        current_files.push_back(link_target(path, a.get("href"), "", frag));
      }
      CHECK(std::count(current_files.begin(), current_files.end(), path) >= 1);
      CHECK(contains(visible_text(html), kTopicNames.at(topic).at(lang)));
    }
}

TEST_CASE("overview chart: an inline SVG image with a label, a legend and a text alternative, on timeline and home",
          "[e2e][timeline][home]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs)
    for (const std::string& path : {page_of(lang, "timeline/"), page_of(lang, "")}) {
      INFO(path);
      const std::string& html = s.page(path);
      auto figures = with_class(html, "overview");
      REQUIRE(figures.size() == 1);
      std::string fig = inner(html, figures[0]);
      auto svgs = find_tags(fig, "svg");
      REQUIRE(svgs.size() == 1);
      CHECK(svgs[0].get("role") == "img");
      std::string label = svgs[0].get("aria-label");
      CHECK_FALSE(label.empty());
      // the label speaks of the seven events from 1991 to 2022
      CHECK(contains(label, "7"));
      CHECK(contains(label, "1991"));
      CHECK(contains(label, "2022"));
      // one bar per year with events, each with a tooltip
      CHECK(count_of(inner(fig, svgs[0]), "<rect") >= 7);
      // the same text, visible, for those who cannot see the chart
      auto alts = with_class(fig, "overview-alt");
      REQUIRE(alts.size() == 1);
      CHECK(decode_entities(visible_text(inner(fig, alts[0]))) == decode_entities(label));
      // the legend: a colour and the topic's name, linking to the topic's timeline
      auto legends = with_class(fig, "legend");
      REQUIRE(legends.size() == 1);
      std::set<std::string> legend_topics;
      for (const auto& l : links_in(path, inner(fig, legends[0]))) {
        legend_topics.insert(subject_of(l.file));
        CHECK(l.file == page_of(lang, "timeline/" + subject_of(l.file) + "/"));
        CHECK(l.text == kTopicNames.at(subject_of(l.file)).at(lang));
      }
      CHECK(legend_topics == std::set<std::string>{"soft-power", "ots", "history"});
      CHECK(with_class(fig, "swatch").size() == 3);
    }
}
