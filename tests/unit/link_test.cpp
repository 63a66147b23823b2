// link/link.h: cross-references (paper:, paper:#anchor, event:, topic:,
// cite:) checked by link_site with file:line:col, and the indices it builds.

#include <catch2/catch.hpp>

#include "content/load.h"
#include "link/link.h"

using namespace portal;

namespace {

SiteConfig config() {
  Diagnostics d;
  SiteConfig c = load_site_config("content/site.yaml",
                                  "title: {en: X}\nlanguages: [kk, ru, tr, en]\nfallback: {tr: [en, kk, ru]}\n", d);
  REQUIRE(d.all().empty());
  return c;
}

Topic topic(const std::string& id) {
  Topic t;
  t.id = id;
  t.name.values["en"] = id;
  return t;
}

Event event(const std::string& id, const std::string& date) {
  Event e;
  e.id = id;
  e.date = *text::parse_date(date);
  e.title.values["en"] = id;
  e.pos = {"content/timeline.yaml", 1, 3};
  return e;
}

using Papers = std::vector<std::pair<std::string, std::string>>;

/// A site with topics soft-power and ots, one event, and the given papers
/// (file name → text).
struct TestSite {
  Site site;
  Diagnostics load_diag;

  explicit TestSite(const Papers& papers) {
    site.config = config();
    site.topics = {topic("soft-power"), topic("ots")};
    site.events = {event("nakhchivan-2009", "2009-10-03")};
    for (const auto& [id, text] : papers) {
      auto p = load_paper("content/papers/" + id + ".md", id, text, site.config, load_diag);
      REQUIRE(p);
      site.papers.push_back(std::move(*p));
    }
    REQUIRE_FALSE(load_diag.has_errors());
  }
};

std::vector<std::string> link_messages(const TestSite& s, LinkedSite* out = nullptr) {
  Diagnostics d;
  LinkedSite ls = link_site(s.site, d);
  std::vector<std::string> m;
  for (const auto& x : d.all()) m.push_back(format_diagnostic(x));
  if (out) *out = std::move(ls);
  return m;
}

const char* kTarget =
    "---\n"
    "language: tr\n"
    "title: {tr: Hedef}\n"
    "published: 2024-09\n"
    "topics: [soft-power]\n"
    "keywords: {en: [smart power]}\n"
    "---\n"
    "## Giriş {#giris}\n"
    "\n"
    "## Sonuç\n";

}  // namespace

TEST_CASE("link: every scheme resolves without a diagnostic", "[link]") {
  TestSite s(Papers{{"target", kTarget},
              {"source",
               "---\n"
               "language: en\n"
               "title: {en: Source}\n"
               "published: 2020\n"
               "topics: [soft-power, ots]\n"
               "keywords: {en: [smart power]}\n"
               "references:\n"
               "  - {key: nye-2004, text: Nye (2004).}\n"
               "  - {key: \"2\", text: Two.}\n"
               "---\n"
               "See [the paper](paper:target), [its intro](paper:target#giris), [its end](paper:target#sonuc),\n"
               "[the event](event:nakhchivan-2009), [the topic](topic:ots), [Nye](cite:nye-2004),\n"
               "[again](cite:nye-2004) and [2](cite:2).\n"}});
  LinkedSite ls;
  CHECK(link_messages(s, &ls).empty());
  CHECK(ls.paper_by_id.at("target") == 0);
  CHECK(ls.paper_by_id.at("source") == 1);
  CHECK(ls.topic_by_id.at("ots") == 1);
  CHECK(ls.event_by_id.at("nakhchivan-2009") == 0);
  CHECK(ls.papers[0].anchors == std::set<std::string>{"giris", "sonuc"});
  CHECK(ls.papers[1].cited_at.at("nye-2004") == std::vector<int>{1, 2});
  CHECK(ls.papers[1].cited_at.at("2") == std::vector<int>{1});
  // newest first; topic → papers; related: source links to target
  CHECK(ls.papers_newest_first == std::vector<size_t>{0, 1});
  CHECK(ls.topic_papers.at("soft-power") == std::vector<size_t>{0, 1});
  CHECK(ls.topic_papers.at("ots") == std::vector<size_t>{1});
  REQUIRE(ls.papers[0].related.size() == 1);
  CHECK(ls.papers[0].related[0].paper == 1);
  CHECK(ls.papers[0].related[0].cites);      // source's text links to target
  CHECK_FALSE(ls.papers[0].related[0].cited);
  REQUIRE(ls.papers[1].related.size() == 1);
  CHECK(ls.papers[1].related[0].cited);
}

TEST_CASE("link: unknown targets are reported with file:line:col in the full text", "[link]") {
  TestSite s(Papers{{"target", kTarget},
              {"source",
               "---\n"
               "language: ru\n"
               "title: {ru: Источник}\n"
               "references:\n"
               "  - {key: a, text: A.}\n"
               "---\n"
               "## Введение\n"
               "\n"
               "Текст [статья](paper:nowhere) и [раздел](paper:target#nowhere).\n"
               "> [событие](event:nowhere)\n"
               "\n"
               "- [тема](topic:nowhere), [ссылка](cite:nowhere)\n"}});
  CHECK(link_messages(s) ==
        std::vector<std::string>{
            "content/papers/source.md:9:7: error: unknown paper 'nowhere' in link 'paper:nowhere'",
            "content/papers/source.md:9:33: error: paper 'target' has no section '#nowhere' (link "
            "'paper:target#nowhere'); its sections are #giris, #sonuc",
            "content/papers/source.md:10:3: error: unknown event 'nowhere' in link 'event:nowhere'",
            "content/papers/source.md:12:3: error: unknown topic 'nowhere' in link 'topic:nowhere'",
            "content/papers/source.md:12:26: error: unknown reference key 'nowhere' in link 'cite:nowhere'"});
}

TEST_CASE("link: a cite: link in a paper without a reference list is a warning", "[link]") {
  TestSite s(Papers{{"p",
               "---\n"
               "language: en\n"
               "title: {en: No list}\n"
               "---\n"
               "As [Nye](cite:nye) says.\n"}});
  CHECK(link_messages(s) ==
        std::vector<std::string>{"content/papers/p.md:5:4: warning: 1 citation cannot be resolved: the "
                                 "source has no reference list (cite:nye); if the source really has none, say so in "
                                 "the front matter: acknowledged: {unresolved-citations: {en: the reason, shown on "
                                 "the page}}"});
  // several citations are one fact about the source: one warning, at the first, naming them all
  // and counting both the citations and the works cited
  TestSite many(Papers{{"p",
                          "---\n"
                          "language: en\n"
                          "title: {en: No list}\n"
                          "---\n"
                          "As [Nye](cite:nye) says [\\[1\\]](cite:1), and [Nye](cite:nye) again.\n"}});
  CHECK(link_messages(many) ==
        std::vector<std::string>{"content/papers/p.md:5:4: warning: 3 citations of 2 works cannot be resolved: the "
                                 "source has no reference list (cite:nye, cite:1); if the source really has none, say "
                                 "so in the front matter: acknowledged: {unresolved-citations: {en: the reason, shown "
                                 "on the page}}"});
  // acknowledged in the front matter: no warning; acknowledged with nothing to acknowledge: a warning
  TestSite known(Papers{{"p",
                           "---\n"
                           "language: en\n"
                           "title: {en: No list}\n"
                           "acknowledged: {unresolved-citations: {en: The source prints none.}}\n"
                           "---\n"
                           "As [Nye](cite:nye) says.\n"}});
  CHECK(link_messages(known).empty());
  TestSite needless(Papers{{"p",
                              "---\n"
                              "language: en\n"
                              "title: {en: No list}\n"
                              "acknowledged: {unresolved-citations: {en: The source prints none.}}\n"
                              "---\n"
                              "No citations.\n"}});
  CHECK(link_messages(needless) ==
        std::vector<std::string>{"content/papers/p.md:4:15: warning: 'acknowledged' names 'unresolved-citations', "
                                 "but the paper has no citation that cannot be resolved; remove the acknowledgement"});
}

TEST_CASE("link: unknown topics of papers and events", "[link]") {
  TestSite s(Papers{{"p",
               "---\n"
               "language: en\n"
               "title: {en: P}\n"
               "topics: [soft-power, economy]\n"
               "---\n"}});
  TopicRef bad{"defence", {"content/timeline.yaml", 7, 13}};
  s.site.events[0].topics.push_back(bad);
  CHECK(link_messages(s) ==
        std::vector<std::string>{
            "content/papers/p.md:4:22: error: unknown topic 'economy': topics.yaml defines soft-power, ots",
            "content/timeline.yaml:7:13: error: unknown topic 'defence': topics.yaml defines soft-power, ots"});
}

TEST_CASE("link: event sources name known papers and sections", "[link]") {
  TestSite s(Papers{{"target", kTarget}});
  auto& ev = s.site.events[0];
  ev.sources.push_back({"target", "giris", {"content/timeline.yaml", 5, 7}});
  ev.sources.push_back({"target", "nowhere", {"content/timeline.yaml", 6, 7}});
  ev.sources.push_back({"missing", "", {"content/timeline.yaml", 7, 7}});
  LinkedSite ls;
  CHECK(link_messages(s, &ls) ==
        std::vector<std::string>{
            "content/timeline.yaml:6:7: error: paper 'target' has no section '#nowhere' (source of event "
            "'nakhchivan-2009'); its sections are #giris, #sonuc",
            "content/timeline.yaml:7:7: error: unknown paper 'missing' in the sources of event 'nakhchivan-2009'"});
  CHECK(ls.papers[0].events == std::vector<size_t>{0});
}

TEST_CASE("link: a link in a one-line abstract is placed on its line and column", "[link][abstract]") {
  TestSite s(Papers{{"p",
               "---\n"
               "language: en\n"
               "title: {en: P}\n"
               "abstract:\n"
               "  en: See [x](paper:nowhere).\n"
               "---\n"}});
  CHECK(link_messages(s) ==
        std::vector<std::string>{"content/papers/p.md:5:11: error: unknown paper 'nowhere' in link 'paper:nowhere'"});
}

TEST_CASE("link: a link in a quoted abstract is placed on its column", "[link][abstract]") {
  TestSite s(Papers{{"p",
               "---\n"
               "language: en\n"
               "title: {en: P}\n"
               "abstract:\n"
               "  en: \"See [x](paper:nowhere).\"\n"
               "---\n"}});
  CHECK(link_messages(s) ==
        std::vector<std::string>{"content/papers/p.md:5:12: error: unknown paper 'nowhere' in link 'paper:nowhere'"});
}

TEST_CASE("link: a link in a literal block abstract (|) is placed on its line and column", "[link][abstract]") {
  TestSite s(Papers{{"p",
               "---\n"
               "language: en\n"
               "title: {en: P}\n"
               "abstract:\n"
               "  en: |\n"
               "    First line.\n"
               "    See [x](paper:nowhere).\n"
               "---\n"}});
  CHECK(link_messages(s) ==
        std::vector<std::string>{"content/papers/p.md:7:9: error: unknown paper 'nowhere' in link 'paper:nowhere'"});
}

TEST_CASE("link: a link in a folded block abstract (>-) is placed on its line and column", "[link][abstract]") {
  TestSite s(Papers{{"p",
               "---\n"
               "language: en\n"
               "title: {en: P}\n"
               "extended_abstract:\n"
               "  en: >-\n"
               "    Folded line\n"
               "    and [x](event:nowhere).\n"
               "---\n"}});
  CHECK(link_messages(s) ==
        std::vector<std::string>{"content/papers/p.md:7:9: error: unknown event 'nowhere' in link 'event:nowhere'"});
}

TEST_CASE("link: authors across papers are one person per id", "[link]") {
  TestSite s(Papers{{"a",
               "---\nlanguage: en\ntitle: {en: A}\npublished: 2020\n"
               "authors:\n  - {id: kalkan-erol, name: {en: Erol Kalkan}}\n---\n"},
              {"b",
               "---\nlanguage: tr\ntitle: {tr: B}\npublished: 2024\n"
               "authors:\n  - {id: kalkan-erol, name: {en: Erol Kalkan, tr: Erol Kalkan}, affiliation: {tr: X}}\n"
               "  - {id: other, name: {en: Other}}\n---\n"}});
  LinkedSite ls;
  CHECK(link_messages(s, &ls).empty());
  REQUIRE(ls.authors.size() == 2);
  CHECK(ls.authors[0].id == "kalkan-erol");
  CHECK(ls.authors[0].papers == std::vector<size_t>{1, 0});  // newest first
  CHECK(ls.authors[0].author.affiliation.has("tr"));        // merged from every paper
  CHECK(ls.author_by_id.at("other") == 1);
}

TEST_CASE("link: pick_language follows the fallback chain", "[link][i18n]") {
  SiteConfig c = config();
  Localized<std::string> v;
  v.values = {{"kk", "К"}, {"ru", "Р"}};
  CHECK(pick_language(v, "kk", c) == "kk");
  CHECK(pick_language(v, "tr", c) == "kk");  // tr: [en, kk, ru]
  CHECK(pick_language(v, "en", c) == "kk");  // en: [kk, ru, tr] (declared order)
  v.values = {{"ru", "Р"}, {"en", "E"}};
  CHECK(pick_language(v, "tr", c) == "en");
  CHECK(pick_language(v, "kk", c) == "ru");
  Localized<std::string> empty;
  CHECK(pick_language(empty, "kk", c).empty());
}
