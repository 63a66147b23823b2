// End to end: the topics index and the topic pages of the fixture portal
// tests/fixtures/basic (three topics): names, descriptions and counts in each
// language, the language's alphabetical order, and a topic's papers, events,
// related topics and keywords.

#include <catch2/catch.hpp>

#include <set>

#include "../support/site_pages.h"

using namespace portal::fixture;
using namespace portal::fixture::site_pages;

namespace {

/// The topics in each language's alphabetical order (topics.yaml has soft-power, ots, history).
const std::map<std::string, std::vector<std::string>> kTopicOrder = {
    {"kk", {"soft-power", "history", "ots"}},  // Жұмсақ күш, Тарих, Түркі мемлекеттері ұйымы
    {"ru", {"history", "soft-power", "ots"}},  // История, Мягкая сила, Организация …
    {"tr", {"history", "ots", "soft-power"}},  // Tarih, Türk Devletleri Teşkilatı, Yumuşak güç
    {"en", {"history", "ots", "soft-power"}}};

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
      // a small chart: per period, papers by year of publication and events, each figure printed
      auto rows = chart_rows(body);
      REQUIRE_FALSE(rows.empty());
      for (const auto& r : rows) CHECK(r.values.size() == 2);
      if (id == "ots") {
        std::vector<ChartRow> shown;
        for (auto r : rows) shown.push_back({r.label, "", r.values});
        CHECK(shown == std::vector<ChartRow>{{"2005–2009", "", {"0", "1"}},
                                             {"2010–2014", "", {"0", "1"}},
                                             {"2015–2019", "", {"1", "0"}},
                                             {"2020–2024", "", {"3", "2"}}});
        // each period with the topic's events links the topic's page for it
        std::string frag;
        CHECK(link_target(path, rows[0].href, "", frag) == page_of(lang, "timeline/ots/2005-2009/"));
        // five papers, one of them undated: four are drawn, and the chart says one is not
        auto notes = with_class(body, "chart-note");
        REQUIRE(notes.size() == 1);
        const ByLang undated = {{"en", "1 paper has no publication date and is not in the chart."},
                                {"ru", "1 статья без даты публикации не показана на диаграмме."},
                                {"tr", "Yayın tarihi belirtilmeyen 1 makale grafikte yer almıyor."},
                                {"kk", "Жарияланған күні көрсетілмеген 1 мақала диаграммада жоқ."}};
        CHECK(visible_text(inner(body, notes[0])) == undated.at(lang));
      }
      if (id == "soft-power") CHECK(with_class(body, "chart-note").empty());  // its three papers are all dated
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
      std::string event = l.fragment.rfind("event-", 0) == 0 ? l.fragment.substr(6) : l.fragment;
      INFO(event);
      REQUIRE(kEventPeriod.count(event) == 1);
      CHECK(l.file == event_page(lang, event));
      CHECK(has_id(s, l.file, l.fragment));
      events.push_back(event);
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
