// End to end: the timeline of the fixture portal tests/fixtures/basic (seven
// events, 1991–2022): a front page that leads to a page per period, for all
// topics and per topic; events in date order under their years; dates
// localized with ICU (British English); titles and summaries with their
// fallbacks; topic chips; each source paper once, with its sections marked in
// their language; notes folded behind a visible marker; the overview chart.

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

/// The events of `events` that lie in period `period`, in order.
std::vector<std::string> in_period(const std::vector<std::string>& events, const std::string& period) {
  std::vector<std::string> out;
  for (const auto& e : events)
    if (kEventPeriod.at(e) == period) out.push_back(e);
  return out;
}

/// The links of the periods navigation of a timeline page, as files.
std::vector<std::string> period_links(const std::string& path, const std::string& html) {
  auto navs = with_class(html, "timeline-periods");
  if (navs.size() != 1) FAIL("expected one periods navigation on " << path << ", found " << navs.size());
  std::vector<std::string> out;
  for (const auto& l : links_in(path, inner(html, navs[0]))) out.push_back(l.file);
  return out;
}

const std::map<std::string, std::string> kPeriodLabel = {
    {"1990-1994", "1990–1994"}, {"2005-2009", "2005–2009"}, {"2010-2014", "2010–2014"}, {"2020-2024", "2020–2024"}};

}  // namespace

// --- the front page and the periods ------------------------------------------------

TEST_CASE("timeline front page: every period a link to its page, with its count, no events of its own",
          "[e2e][timeline]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::vector<std::string>> counts = {
      {"en", {"3 events", "1 event", "1 event", "2 events"}},
      {"ru", {"3 события", "1 событие", "1 событие", "2 события"}},
      {"tr", {"3 olay", "1 olay", "1 olay", "2 olay"}},
      {"kk", {"3 оқиға", "1 оқиға", "1 оқиға", "2 оқиға"}}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "timeline/");
    const std::string& html = s.page(path);
    CHECK(event_ids(html).empty());
    std::vector<std::string> want;
    for (const auto& p : kPeriods) want.push_back(page_of(lang, "timeline/" + p + "/"));
    CHECK(period_links(path, html) == want);
    auto nav = inner(html, with_class(html, "timeline-periods")[0]);
    auto names = with_class(nav, "period-name"), numbers = with_class(nav, "period-count");
    REQUIRE(names.size() == kPeriods.size());
    REQUIRE(numbers.size() == kPeriods.size());
    for (size_t i = 0; i < kPeriods.size(); ++i) {
      CHECK(visible_text(inner(nav, names[i])) == kPeriodLabel.at(kPeriods[i]));
      CHECK(visible_text(inner(nav, numbers[i])) == counts.at(lang)[i]);
    }
  }
}

TEST_CASE("timeline period pages: each event on the page of its period, in date order, under its year",
          "[e2e][timeline]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    std::vector<std::string> all;
    for (size_t pi = 0; pi < kPeriods.size(); ++pi) {
      const std::string& period = kPeriods[pi];
      std::string path = page_of(lang, "timeline/" + period + "/");
      INFO(path);
      const std::string& html = s.page(path);
      auto ids = event_ids(html);
      CHECK(ids == in_period(kEventsInOrder, period));
      all.insert(all.end(), ids.begin(), ids.end());
      // the period's name in the page's title
      auto h1 = find_tags(html, "h1");
      REQUIRE(h1.size() == 1);
      CHECK(contains(visible_text(inner(html, h1[0])), kPeriodLabel.at(period)));

      // each event under the h2 of its year, its title an h3: no level skipped
      std::string year;
      for (const auto& t : start_tags(html)) {
        CHECK(t.name != "h4");
        if (t.name == "h2" && t.get("id").rfind("year-", 0) == 0) {
          year = t.get("id").substr(5);
          CHECK(visible_text(inner(html, t)) == year);
        }
        if (t.name == "time" && !year.empty()) {
          INFO("event date " << t.get("datetime") << " under year-" << year);
          CHECK(t.get("datetime").substr(0, 4) == year);
        }
      }
      for (const auto& id : ids) {
        std::string ev = event_markup(html, id);
        CHECK(one_with_class(ev, "event-title").name == "h3");
      }

      // the periods navigation marks this one; the steps lead to the periods before and after
      auto current = find_tags(inner(html, with_class(html, "timeline-periods")[0]), "a", "aria-current", "page");
      REQUIRE(current.size() == 1);
      std::string frag;
      CHECK(link_target(path, current[0].get("href"), "", frag) == path);
      auto prev = find_tags(html, "a", "rel", "prev"), next = find_tags(html, "a", "rel", "next");
      CHECK(prev.size() == (pi > 0 ? 1u : 0u));
      CHECK(next.size() == (pi + 1 < kPeriods.size() ? 1u : 0u));
      if (!prev.empty())
        CHECK(link_target(path, prev[0].get("href"), "", frag) == page_of(lang, "timeline/" + kPeriods[pi - 1] + "/"));
      if (!next.empty())
        CHECK(link_target(path, next[0].get("href"), "", frag) == page_of(lang, "timeline/" + kPeriods[pi + 1] + "/"));
    }
    CHECK(all == kEventsInOrder);
  }
}

TEST_CASE("timeline: each date localized with ICU in the page's language at its own precision, English British",
          "[e2e][timeline][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // ICU puts U+202F (narrow no-break space) before "г." and "ж.", and U+2009
  // (thin space) around the dash of some English and Turkish spans.
  const std::map<std::string, ByLang> expected = {
      {"nakhchivan-agreement-2009",  // day
       {{"kk", "2009\u202fж. 3 қазан"}, {"ru", "3 октября 2009\u202fг."}, {"tr", "3 Ekim 2009"}, {"en", "3 October 2009"}}},
      {"independence-recognition-1991",  // day
       {{"kk", "1991\u202fж. 16 желтоқсан"}, {"ru", "16 декабря 1991\u202fг."}, {"tr", "16 Aralık 1991"}, {"en", "16 December 1991"}}},
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
        {"en", "12–13 November 2021"}}},
      {"energy-forum-2022",  // a span across two months
       {{"kk", "2022\u202fж. 29 қыркүйек – 2 қазан"},
        {"ru", "29 сентября – 2 октября 2022\u202fг."},
        {"tr", "29 Eylül\u2009–\u20092 Ekim 2022"},
        {"en", "29 September\u2009–\u20092 October 2022"}}}};
  const std::map<std::string, std::string> iso = {
      {"nakhchivan-agreement-2009", "2009-10-03"}, {"independence-recognition-1991", "1991-12-16"},
      {"embassy-opening-1992", "1992-03"},         {"ots-secretariat-2010", "2010-09"},
      {"yesevi-university-1993", "1993"},          {"istanbul-summit-2021", "2021-11-12"},
      {"energy-forum-2022", "2022-09-29"}};
  for (const auto& lang : kLangs)
    for (const auto& [id, by_lang] : expected) {
      INFO(lang << ": " << id);
      std::string ev = event_markup(s.page(event_page(lang, id)), id);
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
    std::string ev = event_markup(s.page(event_page(lang, "yesevi-university-1993")), "yesevi-university-1993");
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
    std::string ev = event_markup(s.page(event_page(lang, "ots-secretariat-2010")), "ots-secretariat-2010");
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
    std::string ev = event_markup(s.page(event_page(lang, "nakhchivan-agreement-2009")), "nakhchivan-agreement-2009");
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

TEST_CASE("timeline: topic chips, each source paper once with its sections, the note folded behind a marker",
          "[e2e][timeline][links]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const ByLang notes = {{"kk", "Түрікше мақала 1993 жылды, қазақша мақала 1991 жылды көрсетеді."},
                        {"ru", "Турецкая статья называет 1993 год, казахская — 1991 год."},
                        {"tr", "Türkçe makale 1993, Kazakça makale 1991 yılını verir."},
                        {"en", "The Turkish paper gives 1993, the Kazakh paper 1991."}};
  const ByLang marker = {{"kk", "Дереккөздердегі мәлімет әртүрлі"}, {"ru", "Источники расходятся"},
                         {"tr", "Kaynaklar farklı bilgi veriyor"}, {"en", "Sources differ"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = event_page(lang, "yesevi-university-1993");
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

    // sources: each paper once, then its sections, whose anchors are on that page
    std::string sources_html = inner(ev, one_with_class(ev, "event-sources"));
    auto sources = links_in(path, sources_html);
    REQUIRE(sources.size() == 4);
    CHECK(sources[0].file == paper_page(lang, "epsilon-education"));
    CHECK(sources[0].fragment.empty());
    CHECK(sources[1].file == paper_page(lang, "epsilon-education"));
    CHECK(sources[1].fragment == "yesevi");
    CHECK(sources[2].file == paper_page(lang, "delta-energy-cooperation"));
    CHECK(sources[2].fragment.empty());
    CHECK(sources[3].file == paper_page(lang, "delta-energy-cooperation"));
    CHECK(sources[3].fragment == "kirispe");
    for (const auto& src : sources) {
      INFO(src.href);
      if (!src.fragment.empty()) CHECK(has_id(s, src.file, src.fragment));
    }
    // a section's name is in its paper's language, and marked so
    CHECK(shown_in_lang(sources_html, "tr", "Ahmet Yesevi Üniversitesi"));
    CHECK(shown_in_lang(sources_html, "kk", "Кіріспе"));
    // a paper whose title the page's language lacks is named by its original
    // title, marked with its language, never by a fallback translation
    if (lang == "kk") {
      CHECK(shown_in_lang(sources_html, "tr", "Türkiye ile Kazakistan Arasında Eğitim İş Birliği"));
      CHECK_FALSE(contains(sources_html, "fallback-note"));
      CHECK_FALSE(contains(visible_text(sources_html), "Образовательное сотрудничество"));
      CHECK_FALSE(contains(visible_text(sources_html), "Educational Cooperation"));
    }
    if (lang == "tr") {
      CHECK(shown_in_lang(sources_html, "kk", "Қазақстан мен Түркияның энергетикалық ынтымақтастығы"));
      CHECK_FALSE(contains(sources_html, "fallback-note"));
    }

    // the note where the sources disagree: folded behind a visible marker, in the page's language
    auto details = find_tags(ev, "details");
    REQUIRE(details.size() == 1);
    CHECK_FALSE(details[0].has("open"));
    std::string folded = inner(ev, details[0]);
    auto summary = find_tags(folded, "summary");
    REQUIRE(summary.size() == 1);
    CHECK(visible_text(inner(folded, summary[0])) == marker.at(lang));
    CHECK(contains(visible_text(folded), notes.at(lang)));
    // and a copy for print, where a closed <details> would hide it
    CHECK(contains(visible_text(inner(ev, one_with_class(ev, "event-note-print"))), notes.at(lang)));

    // two papers with a section each
    std::string nak_ev = event_markup(s.page(event_page(lang, "nakhchivan-agreement-2009")), "nakhchivan-agreement-2009");
    std::string nak_path = event_page(lang, "nakhchivan-agreement-2009");
    auto nak = links_in(nak_path, inner(nak_ev, one_with_class(nak_ev, "event-sources")));
    REQUIRE(nak.size() == 4);
    CHECK(nak[1].file == paper_page(lang, "beta-turkic-council"));
    CHECK(nak[1].fragment == "nakhchivan");
    CHECK(nak[3].file == paper_page(lang, "alpha-smart-power"));
    CHECK(nak[3].fragment == "orgutler");
    for (const auto& src : nak)
      if (!src.fragment.empty()) CHECK(has_id(s, src.file, src.fragment));
    CHECK(with_class(nak_ev, "event-note").empty());  // no disagreement, no note
    CHECK(with_class(nak_ev, "event-note-print").empty());

    // a source without a section links the paper itself
    std::string ind_path = event_page(lang, "independence-recognition-1991");
    std::string ind_ev = event_markup(s.page(ind_path), "independence-recognition-1991");
    auto ind = links_in(ind_path, inner(ind_ev, one_with_class(ind_ev, "event-sources")));
    REQUIRE(ind.size() == 1);
    CHECK(ind[0].file == paper_page(lang, "alpha-smart-power"));
    CHECK(ind[0].fragment.empty());
  }
}

TEST_CASE("timeline per topic: a front page of the topic's periods, and a page per period with only its events",
          "[e2e][timeline]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs)
    for (const auto& [topic, events] : kTopicEvents) {
      INFO(lang << ": " << topic);
      std::string path = page_of(lang, "timeline/" + topic + "/");
      const std::string& html = s.page(path);
      CHECK(event_ids(html).empty());
      CHECK(contains(visible_text(html), kTopicNames.at(topic).at(lang)));
      // the topic's chip is the current one
      auto current = find_tags(inner(html, one_with_class(html, "timeline-filters")), "a", "aria-current", "page");
      REQUIRE(current.size() == 1);
      std::string frag;
      CHECK(link_target(path, current[0].get("href"), "", frag) == path);

      // the periods in which the topic has events, each a page of the topic in that period
      std::vector<std::string> periods, want;
      for (const auto& p : kPeriods)
        if (!in_period(events, p).empty()) {
          periods.push_back(p);
          want.push_back(page_of(lang, "timeline/" + topic + "/" + p + "/"));
        }
      CHECK(period_links(path, html) == want);
      std::vector<std::string> all;
      for (const auto& p : periods) {
        std::string ppath = page_of(lang, "timeline/" + topic + "/" + p + "/");
        INFO(ppath);
        const std::string& phtml = s.page(ppath);
        auto ids = event_ids(phtml);
        CHECK(ids == in_period(events, p));
        all.insert(all.end(), ids.begin(), ids.end());
        // "all topics" keeps the period; the topic's chip is current
        auto chips = links_in(ppath, inner(phtml, one_with_class(phtml, "timeline-filters")));
        REQUIRE_FALSE(chips.empty());
        CHECK(chips[0].file == page_of(lang, "timeline/" + p + "/"));
        auto cur = find_tags(inner(phtml, one_with_class(phtml, "timeline-filters")), "a", "aria-current", "page");
        REQUIRE(cur.size() == 1);
        CHECK(link_target(ppath, cur[0].get("href"), "", frag) == ppath);
      }
      CHECK(all == events);
      // no page for a period without the topic's events
      for (const auto& p : kPeriods)
        if (in_period(events, p).empty()) CHECK(s.files.count(page_of(lang, "timeline/" + topic + "/" + p + "/")) == 0);
    }
}

TEST_CASE("overview chart: a table of labelled bars per period, a summary, a legend, on timeline and home",
          "[e2e][timeline][home]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const ByLang summaries = {
      {"en", "7 events. Earliest: 16 December 1991. Latest: 29 September\u2009–\u20092 October 2022."},
      {"ru", "7 событий. Самое раннее: 16 декабря 1991\u202fг. Самое позднее: 29 сентября – 2 октября 2022\u202fг."},
      {"tr", "7 olay. En eskisi: 16 Aralık 1991. En yenisi: 29 Eylül\u2009–\u20092 Ekim 2022."},
      {"kk", "7 оқиға. Ең ертесі: 1991\u202fж. 16 желтоқсан. Ең соңғысы: 2022\u202fж. 29 қыркүйек – 2 қазан."}};
  for (const auto& lang : kLangs)
    for (const std::string& path : {page_of(lang, "timeline/"), page_of(lang, "")}) {
      INFO(path);
      const std::string& html = s.page(path);
      auto figures = with_class(html, "overview");
      REQUIRE(figures.size() == 1);
      std::string fig = inner(html, figures[0]);
      CHECK(find_tags(fig, "svg").empty());
      // one row per period, its figure printed beside its bar, its label a link to its page
      std::vector<ChartRow> rows = chart_rows(fig), want;
      const std::vector<std::string> counts = {"3", "1", "1", "2"};
      for (size_t i = 0; i < kPeriods.size(); ++i) {
        std::string frag;
        want.push_back({kPeriodLabel.at(kPeriods[i]), "", {counts[i]}});
        if (i < rows.size()) {
          CHECK(link_target(path, rows[i].href, "", frag) == page_of(lang, "timeline/" + kPeriods[i] + "/"));
          rows[i].href.clear();
        }
      }
      CHECK(rows == want);
      // no year stands out (one event each), so none is called the busiest
      CHECK(visible_text(inner(fig, one_with_class(fig, "overview-summary"))) == summaries.at(lang));
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
  // on a topic's front page, the rows lead to the topic's periods
  std::string path = page_of("en", "timeline/ots/");
  auto rows = chart_rows(inner(s.page(path), with_class(s.page(path), "overview")[0]));
  REQUIRE(rows.size() == 3);
  std::string frag;
  CHECK(link_target(path, rows[0].href, "", frag) == page_of("en", "timeline/ots/2005-2009/"));
  CHECK(rows[2].values == std::vector<std::string>{"2"});
}
