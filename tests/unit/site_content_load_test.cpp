// The load stage beyond a single paper: site.yaml (languages, default
// language, fallback chains, base_url), and topics.yaml, timeline.yaml and
// the papers folder loaded together through load_content.

#include <catch2/catch.hpp>

#include "../support/paper_load.h"
#include "../support/portal_fixture.h"

using namespace portal;
using namespace portal::test::paper_load;

// --- site.yaml ------------------------------------------------------------------

TEST_CASE("site.yaml: languages, default language and fallback chains", "[load][site]") {
  SiteConfig c = site_config();
  CHECK(c.languages == std::vector<std::string>{"kk", "ru", "tr", "en"});
  CHECK(c.default_language == "kk");
  // the chain given, and the others in declared order where none is given
  CHECK(c.fallback.at("tr") == std::vector<std::string>{"en", "kk", "ru"});
  CHECK(c.fallback.at("kk") == std::vector<std::string>{"ru", "tr", "en"});
  CHECK(c.fallback.at("en") == std::vector<std::string>{"kk", "ru", "tr"});
  CHECK(c.base_url.empty());
}

TEST_CASE("site.yaml: a partial chain is completed with the other languages", "[load][site]") {
  Diagnostics d;
  SiteConfig c = load_site_config("content/site.yaml",
                                  "title: {en: X}\nlanguages: [kk, ru, tr, en]\nfallback: {en: [tr]}\n"
                                  "base_url: https://example.org/portal\n",
                                  d);
  CHECK(d.all().empty());
  CHECK(c.fallback.at("en") == std::vector<std::string>{"tr", "kk", "ru"});
  CHECK(c.default_language == "kk");  // the first language when not given
  CHECK(c.base_url == "https://example.org/portal/");
}

TEST_CASE("site.yaml: problems", "[load][site]") {
  Diagnostics d;
  load_site_config("content/site.yaml",
                   "title: {kk: X}\n"
                   "languages: [kk, ru, EN_us]\n"
                   "default_language: en\n"
                   "fallback:\n"
                   "  kk: [ru, de]\n"
                   "  de: [kk]\n"
                   "base_url: example.org\n",
                   d);
  CHECK(messages(d) == std::vector<std::string>{
                           "content/site.yaml:2:21: error: 'EN_us' is not a language code (e.g. kk, ru, tr, en)",
                           "content/site.yaml:3:19: error: default_language 'en' is not one of the declared languages",
                           "content/site.yaml:5:12: error: unknown language 'de' in fallback chain",
                           "content/site.yaml:6:3: error: unknown language 'de' in 'fallback'",
                           "content/site.yaml:7:11: error: base_url must be an absolute http:// or https:// URL"});
  Diagnostics none;
  load_site_config("content/site.yaml", "title: {en: X}\n", none);
  REQUIRE_FALSE(messages(none).empty());
  CHECK(messages(none).front() ==
        "content/site.yaml:1:1: error: site.yaml must declare 'languages', e.g. [kk, ru, tr, en]");
}

// --- topics.yaml and timeline.yaml, through load_content -------------------------

namespace {

struct ContentDir {
  fixture::TempDir dir;
  ContentDir(const std::string& topics, const std::string& timeline) {
    fixture::spit(dir / "content/site.yaml", kSiteYaml);
    fixture::spit(dir / "content/topics.yaml", topics);
    if (!timeline.empty()) fixture::spit(dir / "content/timeline.yaml", timeline);
    fixture::spit(dir / "content/papers/a-paper.md", kMinimal);
  }
  Site load(Diagnostics& d) const { return load_content(dir.path().string(), d); }
};

const char* kTopics =
    "- id: soft-power\n"
    "  name: {en: Soft power}\n"
    "- id: ots\n"
    "  name: {en: OTS, ru: ОТГ}\n"
    "  description: {en: Turkic integration.}\n";

}  // namespace

TEST_CASE("content: topics, timeline and papers are loaded together", "[load][content]") {
  ContentDir c(kTopics,
               "- id: nakhchivan-2009\n"
               "  date: 2009-10-03\n"
               "  end: 2009-10\n"
               "  title: {en: Nakhchivan}\n"
               "  topics: [ots]\n"
               "  sources:\n"
               "    - {paper: a-paper, anchor: body}\n");
  Diagnostics d;
  Site s = c.load(d);
  CHECK(messages(d) == std::vector<std::string>{
                           "content/timeline.yaml:3:8: error: the span ends (2009-10) before it starts (2009-10-03)"});
  REQUIRE(s.topics.size() == 2);
  CHECK(s.topics[1].id == "ots");
  CHECK(*s.topics[1].name.get("ru") == "ОТГ");
  REQUIRE(s.events.size() == 1);
  CHECK(s.events[0].sources.size() == 1);
  CHECK(s.events[0].sources[0].anchor == "body");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].id == "a-paper");
}

TEST_CASE("content: timeline.yaml is optional, topics.yaml and site.yaml are not", "[load][content]") {
  ContentDir c(kTopics, "");
  Diagnostics d;
  Site s = c.load(d);
  CHECK(d.all().empty());
  CHECK(s.events.empty());
  fixture::fs::remove(c.dir / "content/topics.yaml");
  Diagnostics d2;
  c.load(d2);
  CHECK(messages(d2) == std::vector<std::string>{"content/topics.yaml: error: file not found or not readable"});
}

TEST_CASE("content: duplicate topic and event ids", "[load][content][ids]") {
  ContentDir c(std::string(kTopics) + "- id: ots\n  name: {en: Again}\n",
               "- id: e1\n  date: 2001\n  title: {en: One}\n"
               "- id: e1\n  date: 2002\n  title: {en: Two}\n");
  Diagnostics d;
  Site s = c.load(d);
  CHECK(messages(d) == std::vector<std::string>{
                           "content/topics.yaml:6:7: error: duplicate topic id 'ots' (first defined at line 3)",
                           "content/timeline.yaml:4:7: error: duplicate event id 'e1' (first defined at line 1)"});
  CHECK(s.topics.size() == 2);
  CHECK(s.events.size() == 2);  // kept, so that its other problems are reported too; the build stops on the error
}

TEST_CASE("content: a topic id shaped like a timeline period is refused, with its position", "[load][content][ids]") {
  // The timeline's topic pages and period pages share /L/timeline/<segment>/.
  ContentDir c(std::string(kTopics) + "- id: 2000-2004\n  name: {en: Years}\n- id: before-1990\n  name: {en: Early}\n"
                                      "- id: 1990s\n  name: {en: Nineties}\n- id: before-soviet-1917\n  name: {en: Old}\n",
               "");
  Diagnostics d;
  Site s = c.load(d);
  CHECK(messages(d) ==
        std::vector<std::string>{
            "content/topics.yaml:6:7: error: topic id '2000-2004' has the form of a timeline period (2000-2004, "
            "before-1990), whose pages share the timeline's URLs with topics: choose another id",
            "content/topics.yaml:8:7: error: topic id 'before-1990' has the form of a timeline period (2000-2004, "
            "before-1990), whose pages share the timeline's URLs with topics: choose another id"});
  CHECK(s.topics.size() == 4);  // "1990s" and "before-soviet-1917" are no period's form
}

TEST_CASE("content: event problems", "[load][content]") {
  ContentDir c(kTopics,
               "- id: Bad Id\n"
               "  date: 2001-02-29\n"
               "  title: {en: One}\n"
               "- date: 2002\n"
               "  title: {xx: Two}\n"
               "  sources:\n"
               "    - {anchor: a}\n");
  Diagnostics d;
  c.load(d);
  CHECK(messages(d) == std::vector<std::string>{
                           "content/timeline.yaml:1:7: error: 'Bad Id' is not a valid id: use ASCII kebab-case (a-z, "
                           "0-9, -)",
                           "content/timeline.yaml:2:9: error: invalid date '2001-02-29' in 'date': expected YYYY, "
                           "YYYY-MM or YYYY-MM-DD",
                           "content/timeline.yaml:4:3: error: missing required field 'id'",
                           "content/timeline.yaml:5:11: error: unknown language 'xx': site.yaml declares kk, ru, tr, en",
                           "content/timeline.yaml:5:10: error: 'title' needs a text in at least one language",
                           "content/timeline.yaml:7:7: error: missing required field 'paper'"});
}

TEST_CASE("content: papers are loaded in file-name order, with every paper's problems", "[load][content]") {
  ContentDir c(kTopics, "");
  fixture::spit(c.dir / "content/papers/z-last.md", "---\nlanguage: xx\ntitle: {en: Z}\n---\n");
  fixture::spit(c.dir / "content/papers/b-second.md", "---\nlanguage: en\n---\n");
  fixture::spit(c.dir / "content/papers/notes.txt", "not a paper");
  Diagnostics d;
  Site s = c.load(d);
  CHECK(messages(d) == std::vector<std::string>{
                           "content/papers/b-second.md:2:1: error: missing required field 'title'",
                           "content/papers/z-last.md:2:11: error: unknown language 'xx': site.yaml declares kk, ru, "
                           "tr, en"});
  REQUIRE(s.papers.size() == 3);
  CHECK(s.papers[0].id == "a-paper");
  CHECK(s.papers[1].id == "b-second");
  CHECK(s.papers[2].id == "z-last");
}
