// End to end: the paper and home pages of the fixture portal
// tests/fixtures/basic as they link the rest of the site: a paper's topic
// chips, citing events, related papers and authors; the home page's topic
// tiles, newest papers and recent events; upper-cased labels per language.

#include <catch2/catch.hpp>

#include <set>

#include "../support/site_pages.h"

using namespace portal::fixture;
using namespace portal::fixture::site_pages;

// --- paper and home pages --------------------------------------------------------

TEST_CASE("paper page: topic chips, the events that cite it, related papers, author links", "[e2e][papers][links]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // The events whose sources name each paper, or that the paper's full text
  // links: delta links the Istanbul summit, which timeline.yaml does not tie to it.
  const std::map<std::string, std::vector<std::string>> cited_by = {
      {"alpha-smart-power", {"independence-recognition-1991", "nakhchivan-agreement-2009"}},
      {"beta-turkic-council", {"nakhchivan-agreement-2009"}},
      {"gamma-cinema", {}},
      {"delta-energy-cooperation", {"yesevi-university-1993", "istanbul-summit-2021", "energy-forum-2022"}},
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
          std::string event = l.fragment.rfind("event-", 0) == 0 ? l.fragment.substr(6) : l.fragment;
          INFO(event);
          REQUIRE(kEventPeriod.count(event) == 1);
          CHECK(l.file == event_page(lang, event));  // the page of the event's period
          CHECK(has_id(s, l.file, l.fragment));
          listed.push_back(event);
        }
        CHECK(listed == events);
      }

      // related papers: only closely related ones (an author, a citation, an
      // event, two topics), strongest first; none rather than unrelated ones
      const std::map<std::string, std::vector<std::string>> expected_related = {
          {"alpha-smart-power", {"beta-turkic-council", "epsilon-education"}},
          {"beta-turkic-council", {"alpha-smart-power", "zeta-secretariat"}},
          {"gamma-cinema", {}},  // shares one topic with others, nothing more
          {"delta-energy-cooperation", {"epsilon-education"}},
          {"epsilon-education", {"alpha-smart-power", "delta-energy-cooperation"}},
          {"zeta-secretariat", {"beta-turkic-council"}}};
      auto related = with_class(html, "related");
      std::vector<std::string> related_ids;
      if (!related.empty()) {
        REQUIRE(related.size() == 1);
        for (const auto& card : with_class(inner(html, related[0]), "paper-card-title")) {
          std::string frag;
          std::string file = link_target(path, card.get("href"), "", frag);
          CHECK(s.files.count(file) == 1);
          CHECK(file != path);
          related_ids.push_back(subject_of(file));
        }
      }
      CHECK(related_ids == expected_related.at(id));
    }
  // why a paper is related, with plurals in each language
  const std::map<std::string, std::vector<std::string>> alpha_why = {
      {"en", {"cites this paper · cited in this paper · 1 shared event on the timeline · 1 shared topic",
              "1 shared author · 2 shared topics"}},
      {"ru", {"ссылается на эту статью · цитируется в этой статье · 1 общее событие хронологии · 1 общая тема",
              "1 общий автор · 2 общие темы"}},
      {"kk", {"осы мақалаға сілтеме жасайды · осы мақалада сілтеме жасалған · хронологияда 1 ортақ оқиға · 1 ортақ тақырып",
              "1 ортақ автор · 2 ортақ тақырып"}},
      {"tr", {"bu makaleye atıf yapıyor · bu makalede atıf yapılıyor · kronolojide 1 ortak olay · 1 ortak konu",
              "1 ortak yazar · 2 ortak konu"}}};
  for (const auto& [lang, why] : alpha_why) {
    INFO(lang);
    const std::string& html = s.page(paper_page(lang, "alpha-smart-power"));
    std::vector<std::string> shown;
    for (const auto& p : with_class(html, "paper-card-why")) shown.push_back(visible_text(inner(html, p)));
    CHECK(shown == why);
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
      if (l.fragment.empty()) continue;  // "the whole timeline", the overview's periods
      std::string event = l.fragment.substr(6);
      INFO(event);
      REQUIRE(kEventPeriod.count(event) == 1);
      CHECK(l.file == event_page(lang, event));
      CHECK(has_id(s, l.file, l.fragment));
      events.push_back(event);
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
      {"kk", {"ШОЛУ МАҚАЛАСЫ", "ҒЫЛЫМИ МАҚАЛА", "ТЕК АҢДАТПАЛАР"}},
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
