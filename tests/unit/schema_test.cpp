// The load stage, a paper's front matter against the schema of
// docs/content-format.md: types, required fields, enumerations, unknown
// fields, languages, ids, reference keys and dates, each problem at its
// position in the file.

#include <catch2/catch.hpp>

#include "../support/paper_load.h"
#include "content/yaml_read.h"

using namespace portal;
using namespace portal::test::paper_load;

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
      "    family: {tr: Kalkan, en: Kalkan}\n"
      "    given: {tr: Erol, en: Erol}\n"
      "    affiliation: {tr: Ankara Üniversitesi}\n"
      "    email: erol@example.org\n"
      "    orcid: https://orcid.org/0000-0001-2345-6789\n"
      "journal:\n"
      "  name: İmgelem\n"
      "  volume: \"8\"\n"
      "  issue: Özel Sayı\n"
      "  pages: 425–448\n"
      "  issn: 2587-1706\n"
      "published: 2024-09\n"
      "received: 2024-05-09\n"
      "accepted: 2024\n"
      "doi: https://doi.org/10.53791/imgelem.1480702\n"
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
  CHECK(p.authors[0].orcid == "0000-0001-2345-6789");  // stored without the resolver
  CHECK(p.authors[0].parts.get("tr")->family == "Kalkan");
  CHECK(p.authors[0].parts.get("tr")->given == "Erol");
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
  CHECK(p.topics[1].pos.line == 27);
  CHECK(p.topics[1].pos.col == 22);
  CHECK(p.keywords.get("tr")->size() == 2);
  CHECK(*p.abstract.get("en") == "Abstract.");
  CHECK(*p.extended_abstract.get("en") == "Extended.");
  CHECK(p.has_reference_list);
  REQUIRE(p.references.size() == 1);
  CHECK(p.references[0].key == "nye-2004");
  CHECK(p.source == "003_x.txt");
  CHECK(p.body_line == 36);
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
