// End to end: topic, timeline and author pages, the links between them and
// the paper and home pages, read as a reader gets them from the fixture portal
// tests/fixtures/basic (six papers, seven events, three topics, authors whose
// names need each language's collation).

#include <catch2/catch.hpp>

#include <set>

#include "../support/portal_fixture.h"

using namespace portal::fixture;

namespace {

const std::vector<std::string> kLangs = {"kk", "ru", "tr", "en"};

using ByLang = std::map<std::string, std::string>;

/// Topic names and descriptions as topics.yaml gives them.
const std::map<std::string, ByLang> kTopicNames = {
    {"soft-power", {{"kk", "Жұмсақ күш"}, {"ru", "Мягкая сила"}, {"tr", "Yumuşak güç"}, {"en", "Soft power"}}},
    {"ots",
     {{"kk", "Түркі мемлекеттері ұйымы"},
      {"ru", "Организация тюркских государств"},
      {"tr", "Türk Devletleri Teşkilatı"},
      {"en", "Organization of Turkic States"}}},
    {"history", {{"kk", "Тарих"}, {"ru", "История"}, {"tr", "Tarih"}, {"en", "History"}}}};
const std::map<std::string, ByLang> kTopicDescriptions = {
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
const std::map<std::string, ByLang> kTopicCounts = {
    {"soft-power",
     {{"kk", "3 мақала · 2 оқиға"}, {"ru", "3 статьи · 2 события"}, {"tr", "3 makale · 2 olay"}, {"en", "3 papers · 2 events"}}},
    {"ots",
     {{"kk", "5 мақала · 4 оқиға"}, {"ru", "5 статей · 4 события"}, {"tr", "5 makale · 4 olay"}, {"en", "5 papers · 4 events"}}},
    {"history",
     {{"kk", "1 мақала · 3 оқиға"}, {"ru", "1 статья · 3 события"}, {"tr", "1 makale · 3 olay"}, {"en", "1 paper · 3 events"}}}};

/// The topics in each language's alphabetical order (topics.yaml has soft-power, ots, history).
const std::map<std::string, std::vector<std::string>> kTopicOrder = {
    {"kk", {"soft-power", "history", "ots"}},  // Жұмсақ күш, Тарих, Түркі мемлекеттері ұйымы
    {"ru", {"history", "soft-power", "ots"}},  // История, Мягкая сила, Организация …
    {"tr", {"history", "ots", "soft-power"}},  // Tarih, Türk Devletleri Teşkilatı, Yumuşak güç
    {"en", {"history", "ots", "soft-power"}}};

/// Every event of timeline.yaml in date order.
const std::vector<std::string> kEventsInOrder = {
    "independence-recognition-1991", "embassy-opening-1992", "yesevi-university-1993", "nakhchivan-agreement-2009",
    "ots-secretariat-2010",          "istanbul-summit-2021", "energy-forum-2022"};

/// The events of each topic, in date order.
const std::map<std::string, std::vector<std::string>> kTopicEvents = {
    {"soft-power", {"yesevi-university-1993", "istanbul-summit-2021"}},
    {"ots", {"nakhchivan-agreement-2009", "ots-secretariat-2010", "istanbul-summit-2021", "energy-forum-2022"}},
    {"history", {"independence-recognition-1991", "embassy-opening-1992", "yesevi-university-1993"}}};

/// All papers, newest first (zeta has no date, so it comes last).
const std::vector<std::string> kPapersNewestFirst = {"alpha-smart-power",       "delta-energy-cooperation",
                                                     "epsilon-education",       "gamma-cinema",
                                                     "beta-turkic-council",     "zeta-secretariat"};

std::string page_of(const std::string& lang, const std::string& rest) { return lang + "/" + rest + "index.html"; }
std::string paper_page(const std::string& lang, const std::string& id) { return page_of(lang, "papers/" + id + "/"); }

/// The last path segment before "/index.html": "en/topics/ots/index.html" → "ots".
std::string subject_of(const std::string& file) {
  std::string dir = file.substr(0, file.rfind('/'));
  return dir.substr(dir.rfind('/') + 1);
}

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

/// The one element with class `cls` inside `html`; fails unless there is exactly one.
Tag one_with_class(const std::string& html, const std::string& cls) {
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
std::vector<Link> links_in(const std::string& page, const std::string& html) {
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

bool has_id(const BuiltSite& s, const std::string& file, const std::string& id) {
  if (!s.files.count(file)) return false;
  auto ids = ids_of(s.page(file));
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

size_t index_of(const std::vector<std::string>& v, const std::string& x) {
  auto it = std::find(v.begin(), v.end(), x);
  if (it == v.end()) FAIL("'" << x << "' is not in the list");
  return static_cast<size_t>(it - v.begin());
}

}  // namespace

// --- topics --------------------------------------------------------------------

TEST_CASE("topics index: every topic with its name, description, counts and chart, in the language's order",
          "[e2e][topics]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    std::string path = page_of(lang, "topics/");
    const std::string& html = s.page(path);
    auto entries = with_class(html, "topic-entry");
    REQUIRE(entries.size() == 3);
    std::vector<std::string> order;
    for (const auto& entry : entries) {
      std::string body = inner(html, entry);
      auto links = links_in(path, body);
      REQUIRE_FALSE(links.empty());
      std::string id = subject_of(links[0].file);
      INFO(lang << ": topic " << id);
      order.push_back(id);
      REQUIRE(kTopicNames.count(id) == 1);
      CHECK(links[0].file == page_of(lang, "topics/" + id + "/"));
      CHECK(links[0].text == kTopicNames.at(id).at(lang));
      if (kTopicDescriptions.count(id)) CHECK(contains(visible_text(body), kTopicDescriptions.at(id).at(lang)));
      CHECK(visible_text(inner(body, one_with_class(body, "topic-counts"))) == kTopicCounts.at(id).at(lang));
      // a small inline chart, announced as an image with a label
      auto svgs = find_tags(body, "svg");
      REQUIRE(svgs.size() == 1);
      CHECK(svgs[0].get("role") == "img");
      CHECK_FALSE(svgs[0].get("aria-label").empty());
      CHECK(contains(inner(body, svgs[0]), "<rect"));
    }
    INFO(lang);
    CHECK(order == kTopicOrder.at(lang));
  }
}

TEST_CASE("a topic without a description shows no empty description", "[e2e][topics]") {
  // history has a name but no description in topics.yaml
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "topics/");
    const std::string& html = s.page(path);
    for (const auto& entry : with_class(html, "topic-entry")) {
      std::string body = inner(html, entry);
      if (subject_of(links_in(path, body).at(0).file) != "history") continue;
      for (const auto& p : find_tags(body, "p")) {
        INFO("<p class=\"" << p.get("class") << "\">");
        CHECK_FALSE(visible_text(inner(body, p)).empty());
      }
    }
    const std::string& topic = s.page(page_of(lang, "topics/history/"));
    for (const auto& p : with_class(topic, "lead")) CHECK_FALSE(visible_text(inner(topic, p)).empty());
  }
}

TEST_CASE("topic page: its papers newest first, its events, related topics and its papers' keywords",
          "[e2e][topics]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // Keywords of the ots papers in each language; zeta has Russian keywords only.
  const std::map<std::string, std::vector<std::string>> keywords = {
      {"en", {"smart power", "Turkic Council", "energy", "oil transit", "education", "Turkic world"}},
      {"ru", {"умная сила", "Тюркский совет", "энергетика", "транзит нефти", "секретариат"}},
      {"tr", {"akıllı güç", "eğitim", "Türk dünyası"}},
      {"kk", {"ақылды күш", "мұнай транзиті"}}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "topics/ots/");
    const std::string& html = s.page(path);
    auto h1 = find_tags(html, "h1");
    REQUIRE(h1.size() == 1);
    CHECK(visible_text(inner(html, h1[0])) == kTopicNames.at("ots").at(lang));
    CHECK(contains(visible_text(html), kTopicDescriptions.at("ots").at(lang)));
    CHECK(contains(visible_text(html), kTopicCounts.at("ots").at(lang)));

    // papers, newest first (the undated one last)
    std::vector<std::string> papers;
    for (const auto& card : with_class(html, "paper-card-title")) {
      std::string frag;
      papers.push_back(subject_of(link_target(path, card.get("href"), "", frag)));
    }
    CHECK(papers == std::vector<std::string>{"alpha-smart-power", "delta-energy-cooperation", "epsilon-education",
                                             "beta-turkic-council", "zeta-secretariat"});

    // events, in date order, each a link to its entry on the timeline
    std::vector<std::string> events;
    std::string list;
    for (const auto& ol : with_class(html, "event-list")) list += inner(html, ol);
    for (const auto& l : links_in(path, list)) {
      CHECK(l.file == page_of(lang, "timeline/"));
      CHECK(has_id(s, l.file, l.fragment));
      events.push_back(l.fragment.rfind("event-", 0) == 0 ? l.fragment.substr(6) : l.fragment);
    }
    CHECK(events == kTopicEvents.at("ots"));

    // related topics: soft-power shares three papers and an event with ots, history one paper
    auto related = find_tags(html, "h2", "id", "topic-related-heading");
    REQUIRE(related.size() == 1);
    size_t from = related[0].end, to = html.find("</section>", from);
    std::vector<std::string> related_ids;
    for (const auto& l : links_in(path, html.substr(from, to - from))) {
      related_ids.push_back(subject_of(l.file));
      CHECK(l.file == page_of(lang, "topics/" + subject_of(l.file) + "/"));
      CHECK(l.text == kTopicNames.at(subject_of(l.file)).at(lang));
    }
    CHECK(related_ids == std::vector<std::string>{"soft-power", "history"});

    // the keywords its papers use
    auto clouds = with_class(html, "keyword-cloud");
    REQUIRE(clouds.size() == 1);
    std::string cloud = inner(html, clouds[0]);
    std::set<std::string> shown;
    for (const auto& li : find_tags(cloud, "li")) shown.insert(visible_text(inner(cloud, li)));
    for (const auto& k : keywords.at(lang)) {
      INFO("keyword " << k);
      CHECK(shown.count(k) == 1);
    }
    // a keyword not in the page's language says which it is: zeta's Russian ones on every other page
    if (lang != "ru") CHECK(shown_in_lang(cloud, "ru", "секретариат"));
    // keywords of papers outside the topic are not there
    CHECK(shown.count("кино") == 0);
  }
}

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

// --- authors -------------------------------------------------------------------

TEST_CASE("authors index: sorted with ICU collation for the page's language", "[e2e][authors][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  std::map<std::string, std::vector<std::string>> order;  // lang → author ids in page order
  for (const auto& lang : kLangs) {
    std::string path = page_of(lang, "authors/");
    const std::string& html = s.page(path);
    auto lists = with_class(html, "author-list");
    REQUIRE(lists.size() == 1);
    for (const auto& l : links_in(path, inner(html, lists[0]))) {
      INFO(lang << ": " << l.href);
      CHECK(l.file == page_of(lang, "authors/" + subject_of(l.file) + "/"));
      CHECK(s.files.count(l.file) == 1);
      order[lang].push_back(subject_of(l.file));
    }
    CHECK(order[lang].size() == 20);  // every author once
    CHECK(std::set<std::string>(order[lang].begin(), order[lang].end()).size() == order[lang].size());
  }
  auto before = [&](const std::string& lang, const std::vector<std::string>& ids) {
    for (size_t i = 0; i + 1 < ids.size(); ++i) {
      INFO(lang << ": " << ids[i] << " before " << ids[i + 1]);
      CHECK(index_of(order[lang], ids[i]) < index_of(order[lang], ids[i + 1]));
    }
  };
  // Kazakh: Ә after А and before Б (Ахметов, Әлиева, Бектұров); Ө after О and before П.
  // The root collation would put Әлиева before Ахметов and Өзбеков before Омаров.
  before("kk", {"akhmetov-arman", "alieva-aliya", "bekturov-bauyrzhan"});
  before("kk", {"omarov-oral", "ozbekov-omirzak", "piraliev-pernebek"});
  // Turkish: Ç after C (Canlı, Çakır, Demir); I and İ distinct letters, I first (Hancı, Işık, İlhan, Kaya).
  // The root collation would put Çakır before Canlı and İlhan before Işık.
  before("tr", {"canli-cemal", "cakir-cagri", "demir-davut"});
  before("tr", {"hanci-hakan", "isik-irmak", "ilhan-ilker", "kaya-kemal"});
  // Russian: Ё sorts with Е (Ежов, Ёлкин, Ершов, Жуков); by code point Ё would come first of all.
  before("ru", {"yezhov-ivan", "yolkin-ivan", "ershov-ivan", "zhukov-ivan"});
}

TEST_CASE("author page: the name in the page's language, affiliation, contact, papers", "[e2e][authors]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const ByLang names = {{"kk", "Арман Ахметов"}, {"ru", "Арман Ахметов"}, {"tr", "Arman Akhmetov"}, {"en", "Arman Akhmetov"}};
  const ByLang affiliations = {{"kk", "Әл-Фараби атындағы Қазақ ұлттық университеті"},
                               {"ru", "Казахский национальный университет имени аль-Фараби"},
                               {"tr", "Al-Farabi Kazakh National University"},
                               {"en", "Al-Farabi Kazakh National University"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "authors/akhmetov-arman/");
    const std::string& html = s.page(path);
    auto h1 = find_tags(html, "h1");
    REQUIRE(h1.size() == 1);
    CHECK(visible_text(inner(html, h1[0])) == names.at(lang));
    CHECK(contains(visible_text(html), affiliations.at(lang)));
    CHECK(find_tags(html, "a", "href", "mailto:a.akhmetov@example.kz").size() == 1);
    CHECK(find_tags(html, "a", "href", "https://orcid.org/0000-0002-1825-0097").size() == 1);
    std::vector<std::string> papers;
    for (const auto& card : with_class(html, "paper-card-title")) {
      std::string frag;
      papers.push_back(link_target(path, card.get("href"), "", frag));
    }
    CHECK(papers == std::vector<std::string>{paper_page(lang, "delta-energy-cooperation")});
  }
  // The Kazakh name is in Kazakh script on the kk page, the Russian spelling on the ru page.
  CHECK(visible_text(inner(s.page(page_of("kk", "authors/alieva-aliya/")),
                           find_tags(s.page(page_of("kk", "authors/alieva-aliya/")), "h1").at(0))) == "Әлия Әлиева");
  CHECK(visible_text(inner(s.page(page_of("ru", "authors/alieva-aliya/")),
                           find_tags(s.page(page_of("ru", "authors/alieva-aliya/")), "h1").at(0))) == "Алия Алиева");
  // Without a Kazakh spelling, the kk page shows the Russian one, marked as Russian.
  const std::string& yilmaz = s.page(page_of("kk", "authors/yilmaz-ali/"));
  CHECK(shown_in_lang(inner(yilmaz, find_tags(yilmaz, "h1").at(0)), "ru", "Али Йылмаз"));
  const std::string& yilmaz_tr = s.page(page_of("tr", "authors/yilmaz-ali/"));
  CHECK(visible_text(inner(yilmaz_tr, find_tags(yilmaz_tr, "h1").at(0))) == "Ali Yılmaz");
}

TEST_CASE("author page: the same id on two papers is one person with both papers", "[e2e][authors]") {
  // kalkan-erol is an author of alpha-smart-power (2024-09) and epsilon-education (2022-03)
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const ByLang names = {{"kk", "Ерол Калкан"}, {"ru", "Эрол Калкан"}, {"tr", "Erol Kalkan"}, {"en", "Erol Kalkan"}};
  const ByLang counts = {{"kk", "2 мақала"}, {"ru", "2 статьи"}, {"tr", "2 makale"}, {"en", "2 papers"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "authors/kalkan-erol/");
    const std::string& html = s.page(path);
    CHECK(visible_text(inner(html, find_tags(html, "h1").at(0))) == names.at(lang));
    std::vector<std::string> papers;
    for (const auto& card : with_class(html, "paper-card-title")) {
      std::string frag;
      papers.push_back(link_target(path, card.get("href"), "", frag));
    }
    CHECK(papers == std::vector<std::string>{paper_page(lang, "alpha-smart-power"), paper_page(lang, "epsilon-education")});
    // listed once in the index, with both papers counted
    std::string index_path = page_of(lang, "authors/");
    const std::string& index = s.page(index_path);
    size_t n = 0;
    for (const auto& li : find_tags(index, "li")) {
      std::string body = inner(index, li);
      auto links = links_in(index_path, body);
      if (links.empty() || links[0].file != path) continue;
      ++n;
      CHECK(contains(visible_text(body), counts.at(lang)));
    }
    CHECK(n == 1);
  }
  // the paper pages link the one author page
  for (const auto& lang : kLangs)
    for (const std::string& id : {std::string("alpha-smart-power"), std::string("epsilon-education")}) {
      std::string path = paper_page(lang, id);
      const std::string& html = s.page(path);
      auto authors = with_class(html, "paper-authors");
      REQUIRE(authors.size() == 1);
      size_t n = 0;
      for (const auto& l : links_in(path, inner(html, authors[0])))
        if (l.file == page_of(lang, "authors/kalkan-erol/")) ++n;
      INFO(path);
      CHECK(n == 1);
    }
}

TEST_CASE("author page: the email and ORCID known from any of the author's papers are shown", "[e2e][authors]") {
  // kalkan-erol's email and ORCID are stated on epsilon-education only; alpha-smart-power
  // gives his name in four languages and his affiliation.
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    const std::string& html = s.page(page_of(lang, "authors/kalkan-erol/"));
    CHECK(find_tags(html, "a", "href", "mailto:erol.kalkan@example.org").size() == 1);
    CHECK(find_tags(html, "a", "href", "https://orcid.org/0000-0001-5109-3700").size() == 1);
    // and what alpha-smart-power knows is kept as well
    CHECK(contains(visible_text(html), lang == "tr" ? "Ankara Üniversitesi" : "Ankara University"));
  }
}

// --- paper and home pages --------------------------------------------------------

TEST_CASE("paper page: topic chips, the events that cite it, related papers, author links", "[e2e][papers][links]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // The events whose sources name each paper. delta's full text links the
  // Istanbul summit, but the summit does not cite delta: it is not listed.
  const std::map<std::string, std::vector<std::string>> cited_by = {
      {"alpha-smart-power", {"independence-recognition-1991", "nakhchivan-agreement-2009"}},
      {"beta-turkic-council", {"nakhchivan-agreement-2009"}},
      {"gamma-cinema", {}},
      {"delta-energy-cooperation", {"yesevi-university-1993", "energy-forum-2022"}},
      {"epsilon-education", {"yesevi-university-1993"}},
      {"zeta-secretariat", {"ots-secretariat-2010"}}};
  const std::map<std::string, std::vector<std::string>> topics = {
      {"alpha-smart-power", {"soft-power", "ots"}}, {"beta-turkic-council", {"ots", "history"}},
      {"gamma-cinema", {"soft-power"}},             {"delta-energy-cooperation", {"ots"}},
      {"epsilon-education", {"soft-power", "ots"}}, {"zeta-secretariat", {"ots"}}};
  for (const auto& lang : kLangs)
    for (const auto& [id, events] : cited_by) {
      INFO(lang << ": " << id);
      std::string path = paper_page(lang, id);
      const std::string& html = s.page(path);

      // topic chips link the topic pages
      std::string header = inner(html, one_with_class(html, "paper-header"));
      std::vector<std::string> chips;
      for (const auto& chip : with_class(header, "chip")) {
        std::string frag;
        std::string file = link_target(path, chip.get("href"), "", frag);
        CHECK(file == page_of(lang, "topics/" + subject_of(file) + "/"));
        CHECK(visible_text(inner(header, chip)) == kTopicNames.at(subject_of(file)).at(lang));
        chips.push_back(subject_of(file));
      }
      CHECK(chips == topics.at(id));

      // "on the timeline": the events that cite the paper, linked to their entries
      auto sections = with_class(html, "paper-events");
      if (events.empty()) {
        CHECK(sections.empty());
      } else {
        REQUIRE(sections.size() == 1);
        std::vector<std::string> listed;
        for (const auto& l : links_in(path, inner(html, sections[0]))) {
          CHECK(l.file == page_of(lang, "timeline/"));
          CHECK(has_id(s, l.file, l.fragment));
          listed.push_back(l.fragment.rfind("event-", 0) == 0 ? l.fragment.substr(6) : l.fragment);
        }
        CHECK(listed == events);
      }

      // related papers: other papers' pages
      auto related = with_class(html, "related");
      REQUIRE(related.size() == 1);
      std::set<std::string> related_ids;
      for (const auto& card : with_class(inner(html, related[0]), "paper-card-title")) {
        std::string frag;
        std::string file = link_target(path, card.get("href"), "", frag);
        CHECK(s.files.count(file) == 1);
        CHECK(file != path);
        related_ids.insert(subject_of(file));
      }
      CHECK_FALSE(related_ids.empty());
      if (id == "alpha-smart-power") CHECK(related_ids.count("epsilon-education") == 1);  // two shared topics
    }
  // authors link their pages, in the paper's order
  for (const auto& lang : kLangs) {
    std::string path = paper_page(lang, "delta-energy-cooperation");
    const std::string& html = s.page(path);
    std::vector<std::string> authors;
    for (const auto& l : links_in(path, inner(html, one_with_class(html, "paper-authors"))))
      if (l.file.find("/authors/") != std::string::npos) {
        CHECK(s.files.count(l.file) == 1);
        authors.push_back(subject_of(l.file));
      }
    INFO(lang);
    CHECK(authors == std::vector<std::string>{"akhmetov-arman", "alieva-aliya", "bekturov-bauyrzhan", "omarov-oral",
                                              "ozbekov-omirzak", "piraliev-pernebek"});
  }
}

TEST_CASE("home page: topic tiles with counts, newest papers, most recent events, the overview", "[e2e][home]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "");
    const std::string& html = s.page(path);

    auto tiles = with_class(html, "topic-tile");
    REQUIRE(tiles.size() == 3);
    std::set<std::string> tile_topics;
    for (const auto& tile : tiles) {
      std::string body = inner(html, tile);
      auto links = links_in(path, body);
      REQUIRE(links.size() == 1);
      std::string topic = subject_of(links[0].file);
      INFO(topic);
      tile_topics.insert(topic);
      CHECK(links[0].file == page_of(lang, "topics/" + topic + "/"));
      CHECK(visible_text(inner(body, one_with_class(body, "tile-name"))) == kTopicNames.at(topic).at(lang));
      CHECK(visible_text(inner(body, one_with_class(body, "tile-counts"))) == kTopicCounts.at(topic).at(lang));
    }
    CHECK(tile_topics.size() == 3);

    // newest papers: newest first, the first ones of all papers
    std::vector<std::string> papers;
    for (const auto& card : with_class(inner(html, one_with_class(html, "home-papers")), "paper-card-title")) {
      std::string frag;
      papers.push_back(subject_of(link_target(path, card.get("href"), "", frag)));
    }
    REQUIRE(papers.size() >= 3);
    CHECK(std::equal(papers.begin(), papers.end(), kPapersNewestFirst.begin()));

    // most recent events first, each linking its entry on the timeline
    std::vector<std::string> events;
    for (const auto& l : links_in(path, inner(html, one_with_class(html, "home-events")))) {
      if (l.fragment.empty()) continue;  // "the whole timeline"
      CHECK(l.file == page_of(lang, "timeline/"));
      CHECK(has_id(s, l.file, l.fragment));
      events.push_back(l.fragment.substr(6));
    }
    REQUIRE(events.size() >= 3);
    CHECK(std::equal(events.begin(), events.end(), kEventsInOrder.rbegin()));
    CHECK(with_class(html, "overview").size() == 1);
  }
}

TEST_CASE("upper-cased labels use ICU case mapping for the page's language", "[e2e][papers][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // review-article (alpha), research-article (beta), abstracts-only (gamma)
  const std::map<std::string, std::vector<std::string>> labels = {
      {"tr", {"DERLEME MAKALESİ", "ARAŞTIRMA MAKALESİ", "YALNIZCA ÖZETLER"}},  // dotted İ for i
      {"kk", {"ШОЛУ МАҚАЛА", "ҒЫЛЫМИ МАҚАЛА", "ТЕК АҢДАТПАЛАР"}},
      {"ru", {"ОБЗОРНАЯ СТАТЬЯ", "НАУЧНАЯ СТАТЬЯ", "ТОЛЬКО АННОТАЦИИ"}},
      {"en", {"REVIEW ARTICLE", "RESEARCH ARTICLE", "ABSTRACTS ONLY"}}};
  const std::vector<std::string> papers = {"alpha-smart-power", "beta-turkic-council", "gamma-cinema"};
  for (const auto& [lang, want] : labels)
    for (size_t i = 0; i < papers.size(); ++i) {
      INFO(lang << ": " << papers[i]);
      const std::string& html = s.page(paper_page(lang, papers[i]));
      CHECK(visible_text(inner(html, one_with_class(html, "paper-type"))) == want[i]);
    }
  CHECK_FALSE(contains(s.page(paper_page("tr", "alpha-smart-power")), "MAKALESI"));
}

// --- the whole site ---------------------------------------------------------------

TEST_CASE("link checker: every internal link of the fixture site resolves, and every #fragment exists",
          "[e2e][links]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  size_t checked = 0;
  auto problems = broken_links(s.files, "", &checked);
  std::string report;
  for (const auto& p : problems) report += p + "\n";
  INFO(report);
  CHECK(problems.empty());
  CHECK(checked > 2000);
  // every page of every kind was built and takes part
  for (const auto& lang : kLangs) {
    for (const auto& [topic, names] : kTopicNames) {
      CHECK(s.files.count(page_of(lang, "topics/" + topic + "/")) == 1);
      CHECK(s.files.count(page_of(lang, "timeline/" + topic + "/")) == 1);
    }
    for (const auto& id : kPapersNewestFirst) CHECK(s.files.count(paper_page(lang, id)) == 1);
  }
}

TEST_CASE("link checker: it finds a broken link, a missing anchor and a dangling reference", "[e2e][links]") {
  Tree site = {{"index.html", "<a href=\"en/\">x</a>"},
               {"en/index.html",
                "<a href=\"../\">up</a><a href=\"papers/x/#s2\">s</a><a href=\"nope/\">n</a><a href=\"#top\">t</a>"
                "<button data-copy=\"cite-apa\"></button><a href=\"https://example.org/x\">e</a>"
                "<a href=\"/assets/style.css\">c</a>"},
               {"en/papers/x/index.html", "<h2 id=\"s1\">S</h2>"}};
  auto problems = broken_links(site, "");
  std::string report;
  for (const auto& p : problems) report += p + "\n";
  INFO(report);
  CHECK(problems.size() == 5);  // #s2, nope/, #top, data-copy, /assets/style.css
  site["en/papers/x/index.html"] = "<h2 id=\"s2\">S</h2>";
  site["en/index.html"] = "<a id=\"top\" href=\"../\">up</a><a href=\"papers/x/#s2\">s</a><a href=\"#top\">t</a>";
  CHECK(broken_links(site, "").empty());
}
