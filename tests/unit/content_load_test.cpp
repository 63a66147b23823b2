// The load stage: front matter, the schema of docs/content-format.md, and the
// positions of every problem it reports.

#include <catch2/catch.hpp>

#include <algorithm>

#include "../support/portal_fixture.h"
#include "content/load.h"
#include "content/yaml_read.h"

using namespace portal;

namespace {

const char* kSiteYaml =
    "title: {kk: Портал, ru: Портал, tr: Portal, en: Portal}\n"
    "languages: [kk, ru, tr, en]\n"
    "default_language: kk\n"
    "fallback:\n"
    "  tr: [en, kk, ru]\n";

SiteConfig site_config() {
  Diagnostics d;
  SiteConfig c = load_site_config("content/site.yaml", kSiteYaml, d);
  REQUIRE(d.all().empty());
  return c;
}

/// The formatted diagnostics of a run, in order.
std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& x : d.all()) out.push_back(format_diagnostic(x));
  return out;
}

struct Loaded {
  std::optional<Paper> paper;
  Diagnostics diag;
  std::vector<std::string> messages() const { return ::messages(diag); }
};

Loaded load(const std::string& text, const std::string& id = "p") {
  Loaded l;
  l.paper = load_paper("content/papers/" + id + ".md", id, text, site_config(), l.diag);
  return l;
}

const char* kMinimal =
    "---\n"
    "language: en\n"
    "title: {en: A title}\n"
    "---\n"
    "## Body\n";

}  // namespace

// --- front matter -------------------------------------------------------------

TEST_CASE("front matter: the YAML between the two '---' lines, then the body", "[load][front-matter]") {
  auto l = load(kMinimal);
  REQUIRE(l.paper);
  CHECK(l.diag.all().empty());
  CHECK(l.paper->language == "en");
  CHECK(*l.paper->title.get("en") == "A title");
  CHECK(l.paper->body == "## Body\n");
  CHECK(l.paper->body_line == 5);
  CHECK(l.paper->path == "content/papers/p.md");
  CHECK(l.paper->id == "p");
  CHECK(l.paper->type == "research-article");  // the default
  CHECK_FALSE(l.paper->has_reference_list);
}

TEST_CASE("front matter: an empty body, and a closing line at the end of the file", "[load][front-matter]") {
  auto l = load("---\nlanguage: en\ntitle: {en: T}\n---");
  REQUIRE(l.paper);
  CHECK(l.paper->body.empty());
  CHECK(l.diag.all().empty());
  auto trailing = load("---  \nlanguage: en\ntitle: {en: T}\n--- \t\nBody\n");
  REQUIRE(trailing.paper);
  CHECK(trailing.paper->body == "Body\n");
}

TEST_CASE("front matter: a UTF-8 byte order mark and CRLF line ends are accepted", "[load][front-matter]") {
  auto l = load("\xEF\xBB\xBF---\r\nlanguage: kk\r\ntitle: {kk: \"Қазақ\"}\r\n---\r\nМәтін\r\n");
  REQUIRE(l.paper);
  CHECK(l.diag.all().empty());
  CHECK(l.paper->language == "kk");
  CHECK(*l.paper->title.get("kk") == "Қазақ");
  CHECK(l.paper->body_line == 5);
  CHECK(l.paper->title.pos.at("kk").line == 3);
  CHECK(l.paper->title.pos.at("kk").col == 13);
}

TEST_CASE("front matter: unclosed", "[load][front-matter]") {
  auto l = load("---\nlanguage: en\ntitle: {en: T}\n\n## Body\n");
  CHECK_FALSE(l.paper);
  CHECK(l.messages() == std::vector<std::string>{
                           "content/papers/p.md:1:1: error: unclosed front matter: the '---' on line 1 has no "
                           "closing '---' line"});
}

TEST_CASE("front matter: missing, or a longer dash line that is no fence", "[load][front-matter]") {
  auto none = load("language: en\n");
  CHECK_FALSE(none.paper);
  CHECK(none.messages() == std::vector<std::string>{
                               "content/papers/p.md:1:1: error: missing front matter: a paper starts with a line "
                               "'---', its YAML metadata, and another line '---'"});
  auto empty = load("");
  CHECK_FALSE(empty.paper);
  CHECK(empty.diag.error_count() == 1);
  // "----" does not close the front matter: the YAML runs on to the next "---"
  auto dashes = load("---\nlanguage: en\ntitle: {en: T}\n----\nBody\n");
  CHECK_FALSE(dashes.paper);
  CHECK(dashes.messages() == std::vector<std::string>{
                                 "content/papers/p.md:1:1: error: unclosed front matter: the '---' on line 1 has "
                                 "no closing '---' line"});
}

TEST_CASE("front matter: empty, or not a mapping", "[load][front-matter]") {
  auto l = load("---\n---\nBody\n");
  CHECK_FALSE(l.paper);
  CHECK(l.messages() ==
        std::vector<std::string>{"content/papers/p.md:2:1: error: front matter must be a mapping (key: value)"});
  auto list = load("---\n- a\n- b\n---\n");
  CHECK_FALSE(list.paper);
  CHECK(list.diag.error_count() == 1);
}

TEST_CASE("front matter: malformed YAML is placed on its line in the file", "[load][front-matter][yaml]") {
  auto flow = load("---\nlanguage: en\ntitle: {en: T}\nkeywords: {en: [a, b}\n---\n");
  CHECK_FALSE(flow.paper);
  CHECK(flow.messages() ==
        std::vector<std::string>{"content/papers/p.md:4:21: error: malformed YAML: illegal flow end"});
  auto indent = load("---\nlanguage: en\n  title: x\n---\n");
  CHECK(indent.messages() ==
        std::vector<std::string>{"content/papers/p.md:3:8: error: malformed YAML: illegal map value"});
  // columns count characters, not bytes
  auto cyr = load("---\nlanguage: kk\ntitle: {kk: Қазақ}\nkeywords: {kk: [ақ, бақ}\n---\n");
  CHECK(cyr.messages() ==
        std::vector<std::string>{"content/papers/p.md:4:24: error: malformed YAML: illegal flow end"});
}

TEST_CASE("front matter: an unterminated quoted text is malformed YAML, not a title that swallows the rest",
          "[load][front-matter][yaml]") {
  auto l = load(
      "---\n"
      "language: en\n"
      "title:\n"
      "  en: \"A title whose quote is never closed\n"
      "abstract: {en: An abstract.}\n"
      "---\n");
  INFO("title: " << (l.paper && l.paper->title.get("en") ? *l.paper->title.get("en") : std::string("(none)")));
  CHECK(l.diag.has_errors());
  CHECK_FALSE(l.paper.has_value());
}

// --- schema: types, required fields, languages, ids ----------------------------

TEST_CASE("schema: a complete paper loads every field", "[load][schema]") {
  auto l = load(
      "---\n"
      "language: tr\n"
      "type: review-article\n"
      "title:\n"
      "  tr: Akıllı Güç\n"
      "  en: Smart Power\n"
      "title_source: editorial\n"
      "authors:\n"
      "  - id: kalkan-erol\n"
      "    name: {tr: Erol Kalkan, en: Erol Kalkan}\n"
      "    affiliation: {tr: Ankara Üniversitesi}\n"
      "    email: erol@example.org\n"
      "    orcid: 0000-0001-2345-6789\n"
      "journal:\n"
      "  name: İmgelem\n"
      "  volume: \"8\"\n"
      "  issue: Özel Sayı\n"
      "  pages: 425–448\n"
      "  issn: 2587-1706\n"
      "published: 2024-09\n"
      "received: 2024-05-09\n"
      "accepted: 2024\n"
      "doi: 10.53791/imgelem.1480702\n"
      "udc: \"327.8\"\n"
      "topics: [soft-power, ots]\n"
      "keywords: {tr: [akıllı güç, Kazakistan], en: [smart power]}\n"
      "abstract: {tr: Özet., en: Abstract.}\n"
      "extended_abstract: {en: Extended.}\n"
      "references:\n"
      "  - key: nye-2004\n"
      "    text: Nye (2004).\n"
      "source: 003_x.txt\n"
      "---\n"
      "Metin.\n");
  REQUIRE(l.paper);
  CHECK(l.diag.all().empty());
  const Paper& p = *l.paper;
  CHECK(p.type == "review-article");
  CHECK(p.title_editorial);
  REQUIRE(p.authors.size() == 1);
  CHECK(p.authors[0].id == "kalkan-erol");
  CHECK(*p.authors[0].affiliation.get("tr") == "Ankara Üniversitesi");
  CHECK(p.authors[0].email == "erol@example.org");
  CHECK(p.authors[0].orcid == "0000-0001-2345-6789");
  REQUIRE(p.journal);
  CHECK(p.journal->name == "İmgelem");
  CHECK(p.journal->volume == "8");
  CHECK(p.journal->pages == "425–448");
  CHECK(p.journal->issn == "2587-1706");
  REQUIRE(p.published);
  CHECK(p.published->iso() == "2024-09");
  CHECK(p.received->iso() == "2024-05-09");
  CHECK(p.accepted->iso() == "2024");
  CHECK(p.doi == "10.53791/imgelem.1480702");
  CHECK(p.udc == "327.8");
  REQUIRE(p.topics.size() == 2);
  CHECK(p.topics[1].id == "ots");
  CHECK(p.topics[1].pos.line == 25);
  CHECK(p.topics[1].pos.col == 22);
  CHECK(p.keywords.get("tr")->size() == 2);
  CHECK(*p.abstract.get("en") == "Abstract.");
  CHECK(*p.extended_abstract.get("en") == "Extended.");
  CHECK(p.has_reference_list);
  REQUIRE(p.references.size() == 1);
  CHECK(p.references[0].key == "nye-2004");
  CHECK(p.source == "003_x.txt");
  CHECK(p.body_line == 34);
}

TEST_CASE("schema: required fields", "[load][schema]") {
  auto l = load("---\nabstract: {en: x}\n---\n");
  CHECK(l.messages() == std::vector<std::string>{
                            "content/papers/p.md:2:1: error: missing required field 'language'",
                            "content/papers/p.md:2:1: error: missing required field 'title'"});
  auto empty_title = load("---\nlanguage: en\ntitle: {}\n---\n");
  CHECK(empty_title.messages() ==
        std::vector<std::string>{"content/papers/p.md:3:8: error: 'title' needs a text in at least one language"});
  auto author = load("---\nlanguage: en\ntitle: {en: T}\nauthors:\n  - id: someone\n---\n");
  CHECK(author.messages() ==
        std::vector<std::string>{"content/papers/p.md:5:5: error: missing required field 'name'"});
  auto ref = load("---\nlanguage: en\ntitle: {en: T}\nreferences:\n  - key: a\n---\n");
  CHECK(ref.messages() == std::vector<std::string>{"content/papers/p.md:5:5: error: missing required field 'text'"});
}

TEST_CASE("schema: wrong types are reported with what was found", "[load][schema]") {
  auto l = load(
      "---\n"
      "language: en\n"
      "title: Just a text\n"
      "authors: nobody\n"
      "topics: {a: b}\n"
      "keywords: {en: one}\n"
      "journal: [x]\n"
      "---\n");
  CHECK(l.messages() ==
        std::vector<std::string>{
            "content/papers/p.md:3:8: error: 'title' (one text per language, e.g. {en: ...}) must be a mapping "
            "(key: value), not a text",
            "content/papers/p.md:4:10: error: 'authors' must be a list, not a text",
            "content/papers/p.md:7:10: error: 'journal' must be a mapping (key: value), not a list",
            "content/papers/p.md:5:9: error: 'topics' must be a list, not a mapping",
            "content/papers/p.md:6:16: error: 'keywords.en' must be a list, not a text"});
  auto nested = load("---\nlanguage: en\ntitle: {en: [a, b]}\n---\n");
  CHECK(nested.messages() == std::vector<std::string>{
                                 "content/papers/p.md:3:13: error: 'title.en' must be a text, not a list",
                                 "content/papers/p.md:3:8: error: 'title' needs a text in at least one language"});
}

TEST_CASE("schema: enumerations (type, title_source)", "[load][schema]") {
  auto l = load("---\nlanguage: en\ntype: blog-post\ntitle: {en: T}\ntitle_source: invented\n---\n");
  CHECK(l.messages() == std::vector<std::string>{
                            "content/papers/p.md:3:7: error: unknown paper type 'blog-post': use research-article, "
                            "review-article, abstracts-only",
                            "content/papers/p.md:5:15: error: title_source must be 'original' or 'editorial', not "
                            "'invented'"});
}

TEST_CASE("schema: unknown fields are warnings, not errors", "[load][schema]") {
  auto l = load("---\nlanguage: en\ntitle: {en: T}\ntitel: {en: typo}\n---\n");
  REQUIRE(l.paper);
  CHECK_FALSE(l.diag.has_errors());
  CHECK(l.messages() == std::vector<std::string>{
                            "content/papers/p.md:4:1: warning: unknown field 'titel' in the front matter (ignored)"});
}

TEST_CASE("schema: language codes are the ones site.yaml declares", "[load][schema][languages]") {
  auto l = load("---\nlanguage: de\ntitle:\n  en: T\n  de: T\nkeywords: {fr: [x]}\n---\n");
  CHECK(l.messages() == std::vector<std::string>{
                            "content/papers/p.md:2:11: error: unknown language 'de': site.yaml declares kk, ru, tr, en",
                            "content/papers/p.md:5:3: error: unknown language 'de': site.yaml declares kk, ru, tr, en",
                            "content/papers/p.md:6:12: error: unknown language 'fr': site.yaml declares kk, ru, tr, en"});
  // another site declares other languages: then 'de' is fine and 'kk' is not
  Diagnostics d;
  SiteConfig other = load_site_config("content/site.yaml", "title: {en: X}\nlanguages: [en, de]\n", d);
  REQUIRE(d.all().empty());
  auto p = load_paper("content/papers/p.md", "p", "---\nlanguage: de\ntitle: {de: Titel, kk: Тақырып}\n---\n", other, d);
  CHECK(messages(d) == std::vector<std::string>{
                           "content/papers/p.md:3:20: error: unknown language 'kk': site.yaml declares en, de"});
  REQUIRE(p);
  CHECK(p->title.has("de"));
  CHECK_FALSE(p->title.has("kk"));
}

TEST_CASE("schema: ids are ASCII kebab-case", "[load][schema][ids]") {
  CHECK(is_kebab_id("kalkan-erol"));
  CHECK(is_kebab_id("a1-2b"));
  CHECK(is_kebab_id("1"));
  CHECK_FALSE(is_kebab_id(""));
  CHECK_FALSE(is_kebab_id("Kalkan"));
  CHECK_FALSE(is_kebab_id("-a"));
  CHECK_FALSE(is_kebab_id("a-"));
  CHECK_FALSE(is_kebab_id("a--b"));
  CHECK_FALSE(is_kebab_id("a_b"));
  CHECK_FALSE(is_kebab_id("a b"));
  CHECK_FALSE(is_kebab_id("қазақ"));
  auto author = load("---\nlanguage: en\ntitle: {en: T}\nauthors:\n  - id: Erol Kalkan\n    name: {en: E}\n---\n");
  CHECK(author.messages() == std::vector<std::string>{
                                 "content/papers/p.md:5:9: error: 'Erol Kalkan' is not a valid id: use ASCII "
                                 "kebab-case (a-z, 0-9, -)"});
  auto file = load(kMinimal, "Bad_Name");
  CHECK(file.messages() == std::vector<std::string>{
                               "content/papers/Bad_Name.md: error: paper file name 'Bad_Name' is not a valid id: use "
                               "ASCII kebab-case (a-z, 0-9, -)"});
}

TEST_CASE("schema: duplicate reference keys", "[load][schema][ids]") {
  auto l = load(
      "---\nlanguage: en\ntitle: {en: T}\nreferences:\n"
      "  - {key: a, text: A}\n"
      "  - {key: b, text: B}\n"
      "  - {key: a, text: A again}\n"
      "---\n");
  CHECK(l.messages() ==
        std::vector<std::string>{"content/papers/p.md:7:11: error: duplicate reference key 'a' (first at line 5)"});
  // an empty list is a reference list with no entries; no key means the source has none
  auto none = load("---\nlanguage: en\ntitle: {en: T}\nreferences: []\n---\n");
  REQUIRE(none.paper);
  CHECK(none.paper->has_reference_list);
  CHECK(none.paper->references.empty());
}

TEST_CASE("schema: invalid dates in the front matter", "[load][schema][dates]") {
  auto l = load(
      "---\nlanguage: en\ntitle: {en: T}\n"
      "published: 2023-02-29\n"
      "received: 2024-13\n"
      "accepted: next year\n"
      "---\n");
  CHECK(l.messages() ==
        std::vector<std::string>{
            "content/papers/p.md:4:12: error: invalid date '2023-02-29' in 'published': expected YYYY, YYYY-MM or "
            "YYYY-MM-DD",
            "content/papers/p.md:5:11: error: invalid date '2024-13' in 'received': expected YYYY, YYYY-MM or "
            "YYYY-MM-DD",
            "content/papers/p.md:6:11: error: invalid date 'next year' in 'accepted': expected YYYY, YYYY-MM or "
            "YYYY-MM-DD"});
  auto leap = load("---\nlanguage: en\ntitle: {en: T}\npublished: 2024-02-29\n---\n");
  REQUIRE(leap.paper);
  CHECK(leap.diag.all().empty());
  CHECK(leap.paper->published->iso() == "2024-02-29");
}

TEST_CASE("text: invalid UTF-8 is placed on its line and character column", "[load][utf8]") {
  auto l = load("---\nlanguage: kk\ntitle: {kk: Т}\n---\nҚазақ\xFF мәтін\n");
  CHECK_FALSE(l.paper);
  CHECK(l.messages() == std::vector<std::string>{
                            "content/papers/p.md:5:6: error: invalid UTF-8 (byte 0xFF): save the file as UTF-8"});
  Diagnostics d;
  std::string truncated = "ab\nc\xD2";  // the first byte of "қ" and nothing after it
  CHECK_FALSE(check_text(truncated, "x.yaml", d));
  CHECK(messages(d) ==
        std::vector<std::string>{"x.yaml:2:2: error: invalid UTF-8 (byte 0xD2): save the file as UTF-8"});
  Diagnostics d2;
  std::string overlong = "\xC0\xAF";
  CHECK_FALSE(check_text(overlong, "x.yaml", d2));
  CHECK(messages(d2) ==
        std::vector<std::string>{"x.yaml:1:1: error: invalid UTF-8 (byte 0xC0): save the file as UTF-8"});
}

TEST_CASE("text: content is normalized to NFC on load", "[load][utf8]") {
  auto l = load("---\nlanguage: tr\ntitle: {tr: \"Gu\xCC\x88" "c\xCC\xA7\"}\n---\nBody\n");  // u + U+0308, c + U+0327
  REQUIRE(l.paper);
  CHECK(*l.paper->title.get("tr") == "Güç");
}

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
                           "content/site.yaml:2:12: error: 'EN_us' is not a language code (e.g. kk, ru, tr, en)",
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

TEST_CASE("content: timeline.yaml is optional; topics.yaml and site.yaml are not", "[load][content]") {
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
