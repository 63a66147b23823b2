// End to end: hostile and careless content that yaml-cpp or the schema used to
// accept silently: alias bombs, duplicate keys, entries listed twice, year 0,
// invisible control characters, a base_url that injects lines, and a broken
// site.yaml whose errors used to be buried under their echoes. Each case
// asserts the exact `file:line:col: error: message`, exit status 1, the
// previous site byte for byte and no debris.

#include <catch2/catch.hpp>

#include "../support/broken_build.h"

using namespace portal::fixture;

namespace {

/// Nine levels of aliases, each ten of the one before: 10^9 values expanded,
/// in a few hundred bytes ("billion laughs").
std::string alias_bomb(const std::string& indent = "") {
  std::string out = indent + "lol0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= 8; ++i) {
    out += indent + "lol" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) out += (k ? ", *a" : "*a") + std::to_string(i - 1);
    out += "]\n";
  }
  return out;
}

/// Line and column (1-based) of the n-th (1-based) occurrence of `needle` in `text`.
std::pair<int, int> nth_place_of(const std::string& text, const std::string& needle, int n) {
  size_t at = std::string::npos;
  for (int i = 0; i < n; ++i) at = text.find(needle, at == std::string::npos ? 0 : at + 1);
  REQUIRE(at != std::string::npos);
  size_t line_start = text.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  return {line_count(text.substr(0, line_start)) + 1, static_cast<int>(at - line_start) + 1};
}

const char* kBombMessage =
    "error: alias '*a2' expands the document past 10000 values: aliases may repeat a value, not multiply the "
    "document (write the values out instead)";

}  // namespace

// --- alias bombs ------------------------------------------------------------

TEST_CASE("bad input: an alias bomb in site.yaml is stopped at the alias that crosses the bound",
          "[e2e][bad-input][yaml]") {
  std::string at;
  BrokenBuild b([&](const fs::path& root) {
    fs::path site = root / "content" / "site.yaml";
    std::string before = slurp(site);
    append(site, alias_bomb());
    // a0 is 11 values, a1 111, a2 1111: the aliases of lol1 and lol2 add 110 + 1110,
    // and the 8th *a2 of lol3 takes the total past 10000.
    auto [line, col] = nth_place_of(slurp(site), "*a2", 8);
    CHECK(line == line_count(before) + 4);
    at = "content/site.yaml:" + std::to_string(line) + ":" + std::to_string(col) + ": ";
  });
  expect_errors(b, {at + kBombMessage});
}

TEST_CASE("bad input: an alias bomb in front matter is stopped too", "[e2e][bad-input][yaml]") {
  std::string at;
  BrokenBuild b([&](const fs::path& root) {
    std::string text = "---\nlanguage: en\ntitle: {en: Bomb}\n" + alias_bomb() + "---\nBody.\n";
    add_paper(root, "bomb", text);
    auto [line, col] = nth_place_of(text, "*a2", 8);
    at = "content/papers/bomb.md:" + std::to_string(line) + ":" + std::to_string(col) + ": ";
  });
  expect_errors(b, {at + kBombMessage});
}

/// 2,000 references, about 90 kB of front matter: past the size from which
/// the tree is built while the text is scanned (content/yaml_read.cpp).
std::string long_reference_list() {
  std::string out = "references:\n";
  for (int i = 0; i < 2000; ++i)
    out += "  - {key: r" + std::to_string(i) + ", text: \"Reference number " + std::to_string(i) + ", a long title.\"}\n";
  REQUIRE(out.size() > 64 * 1024);
  return out;
}

TEST_CASE("bad input: a long front matter is checked as a short one is (alias bomb, broken YAML, duplicate key)",
          "[e2e][bad-input][yaml]") {
  std::string bomb_at, broken_at, duplicate_at;
  BrokenBuild b([&](const fs::path& root) {
    std::string bomb = "---\nlanguage: en\ntitle: {en: Bomb}\n" + long_reference_list() + alias_bomb() + "---\nBody.\n";
    add_paper(root, "long-bomb", bomb);
    auto [line, col] = nth_place_of(bomb, "*a2", 8);
    bomb_at = "content/papers/long-bomb.md:" + std::to_string(line) + ":" + std::to_string(col) + ": ";
    std::string broken = "---\nlanguage: en\ntitle: {en: Broken}\n" + long_reference_list() + "keywords: {en: [a, b}\n---\nBody.\n";
    add_paper(root, "long-broken", broken);
    broken_at = "content/papers/long-broken.md:" + std::to_string(line_count(broken) - 2) + ":21: ";
    std::string twice = "---\nlanguage: en\ntitle: {en: Twice}\n" + long_reference_list() + "language: ru\n---\nBody.\n";
    add_paper(root, "long-twice", twice);
    duplicate_at = "content/papers/long-twice.md:" + std::to_string(line_count(twice) - 2) + ":1: ";
  });
  expect_errors(b, {bomb_at + kBombMessage, broken_at + "error: malformed YAML: illegal flow end",
                    duplicate_at + "error: duplicate key 'language' (first defined at line 2): only one value can be kept"});
}

// --- duplicate keys, in every YAML the portal reads ---------------------------------

TEST_CASE("bad input: a duplicate key in site.yaml names the first", "[e2e][bad-input][yaml]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path site = root / "content" / "site.yaml";
    line = line_count(slurp(site)) + 1;
    append(site, "default_language: ru\n");
  });
  expect_errors(b, {"content/site.yaml:" + std::to_string(line) +
                    ":1: error: duplicate key 'default_language' (first defined at line 13): only one value can be "
                    "kept"});
}

TEST_CASE("bad input: duplicate keys in topics.yaml, timeline.yaml and front matter", "[e2e][bad-input][yaml]") {
  int topic_line = 0, event_line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path topics = root / "content" / "topics.yaml";
    topic_line = line_count(slurp(topics)) + 2;
    append(topics, "- id: extra\n  name: {en: Extra, ru: Другое, en: Again}\n");
    fs::path timeline = root / "content" / "timeline.yaml";
    event_line = line_count(slurp(timeline)) + 1;
    append(timeline, "- id: extra-event\n  date: 2001\n  title: {en: Extra}\n  date: 2002\n");
    replace_once(root / "content" / "papers" / "gamma-cinema.md", "published: 2020\n",
                 "published: 2020\nlanguage: ru\n");
  });
  expect_errors(b, {"content/topics.yaml:" + std::to_string(topic_line) +
                        ":33: error: duplicate key 'en' (first defined at line " + std::to_string(topic_line) +
                        ", column 10): only one value can be kept",
                    "content/timeline.yaml:" + std::to_string(event_line + 3) +
                        ":3: error: duplicate key 'date' (first defined at line " + std::to_string(event_line + 1) +
                        "): only one value can be kept",
                    "content/papers/gamma-cinema.md:12:1: error: duplicate key 'language' (first defined at line "
                    "2): only one value can be kept"});
}

// --- entries listed twice, year 0 ---------------------------------------------

TEST_CASE("bad input: a language listed twice in site.yaml", "[e2e][bad-input][lists]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(root / "content" / "site.yaml", "languages: [kk, ru, tr, en]", "languages: [kk, ru, tr, en, ru]");
  });
  expect_errors(b, {"content/site.yaml:12:29: error: language 'ru' is listed twice (first at line 12, column 17)"});
}

TEST_CASE("bad input: an author, a topic and a keyword listed twice in a paper, year 0000",
          "[e2e][bad-input][lists]") {
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "twice",
              "---\n"
              "language: en\n"
              "title: {en: Twice}\n"
              "authors:\n"
              "  - id: doe-jane\n"
              "    name: {en: Jane Doe}\n"
              "  - id: doe-jane\n"
              "    name: {en: Jane Doe}\n"
              "published: 0000\n"
              "topics: [ots, history, ots]\n"
              "keywords:\n"
              "  en: [Turkic, OTS, Turkic]\n"
              "---\n"
              "Body.\n");
  });
  expect_errors(b, {"content/papers/twice.md:7:9: error: author 'doe-jane' is listed twice (first at line 5)",
                    "content/papers/twice.md:9:12: error: invalid date '0000' in 'published': there is no year 0",
                    "content/papers/twice.md:10:24: error: topic 'ots' is listed twice in 'topics' (first at line "
                    "10, column 10)",
                    "content/papers/twice.md:12:21: error: 'Turkic' is listed twice in 'keywords.en'"});
}

// --- invisible control characters -------------------------------------------

TEST_CASE("bad input: a form feed, U+2028 and U+0085 are reported where they stand, by name",
          "[e2e][bad-input][controls]") {
  int topic_line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path paper = root / "content" / "papers" / "gamma-cinema.md";
    replace_once(paper, "  en: \"Turkish Cinema as", "  en: \"Turkish\fCinema as");  // pasted from a PDF
    append(paper, "A line\xE2\x80\xA8split, and \xC2\x85 next.\n");
    fs::path topics = root / "content" / "topics.yaml";
    topic_line = line_count(slurp(topics)) + 2;
    append(topics, "- id: extra\n  name: {en: \"Bell\a\"}\n");
  });
  int body_line = line_count(slurp(b.content("papers/gamma-cinema.md")));
  expect_errors(b, {"content/papers/gamma-cinema.md:8:15: error: invisible character U+000C FORM FEED is not "
                    "allowed: delete it, or use a space or a line break",
                    "content/papers/gamma-cinema.md:" + std::to_string(body_line) +
                        ":7: error: invisible character U+2028 LINE SEPARATOR is not allowed: delete it, or use a "
                        "space or a line break",
                    "content/papers/gamma-cinema.md:" + std::to_string(body_line) +
                        ":19: error: invisible character U+0085 NEXT LINE is not allowed: delete it, or use a space "
                        "or a line break",
                    "content/topics.yaml:" + std::to_string(topic_line) +
                        ":19: error: invisible character U+0007 ALERT is not allowed: delete it, or use a space or a "
                        "line break"});
}

TEST_CASE("bad input: a control character written as an escape in a quoted text", "[e2e][bad-input][controls]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(root / "content" / "papers" / "gamma-cinema.md", "  ru: \"Турецкое кино", "  ru: \"Турецкое\\fкино");
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:6:7: error: invisible character U+000C FORM FEED is not "
                    "allowed: delete it, or use a space or a line break (written as an escape)"});
}

// --- base_url -----------------------------------------------------------------

TEST_CASE("bad input: a base_url with a line break, without a host, or not http(s)", "[e2e][bad-input][base-url]") {
  struct Case {
    std::string yaml, error;
  };
  const std::vector<Case> cases = {
      {"base_url: \"https://example.org/\\nDisallow: /\"",
       "content/site.yaml:19:11: error: base_url contains U+000A LINE FEED at character 21: a URL has no spaces or "
       "control characters"},
      {"base_url: https://example.org/a b/",
       "content/site.yaml:19:11: error: base_url contains U+0020 SPACE at character 22: a URL has no spaces or "
       "control characters"},
      {"base_url: https:///portal/",
       "content/site.yaml:19:11: error: base_url 'https:///portal/' has no host: write it as https://example.org/ or "
       "https://example.org/path/"},
      {"base_url: ftp://example.org/", "content/site.yaml:19:11: error: base_url must be an absolute http:// or "
                                       "https:// URL"},
      {"base_url: https://example.org/?lang=kk",
       "content/site.yaml:19:11: error: base_url must not have a query (?) or a fragment (#): pages are added after "
       "it"},
  };
  for (const auto& c : cases) {
    INFO(c.yaml);
    BrokenBuild b([&](const fs::path& root) {
      REQUIRE(line_count(slurp(root / "content" / "site.yaml")) == 18);
      append(root / "content" / "site.yaml", c.yaml + "\n");
    });
    expect_errors(b, {c.error});
    CHECK_FALSE(contains(b.after.count("robots.txt") ? b.after.at("robots.txt") : "", "Disallow"));
  }
}

// --- a broken site.yaml stops the run ---------------------------------------

TEST_CASE("bad input: a site.yaml without languages, or with an empty list, is one error", "[e2e][bad-input]") {
  BrokenBuild missing([](const fs::path& root) {
    replace_once(root / "content" / "site.yaml", "languages: [kk, ru, tr, en]\n", "");
  });
  expect_errors(missing, {"content/site.yaml:2:1: error: site.yaml must declare 'languages', e.g. [kk, ru, tr, en]"});
  BrokenBuild empty([](const fs::path& root) {
    replace_once(root / "content" / "site.yaml", "languages: [kk, ru, tr, en]", "languages: []");
  });
  expect_errors(empty, {"content/site.yaml:12:12: error: site.yaml must declare 'languages', e.g. [kk, ru, tr, en]"});
}

TEST_CASE("bad input: a broken site.yaml is reported alone, not buried under its echoes", "[e2e][bad-input]") {
  BrokenBuild b([](const fs::path& root) {
    // kk is no longer declared: every kk text of every file would be "unknown language 'kk'"
    replace_once(root / "content" / "site.yaml", "languages: [kk, ru, tr, en]", "languages: [kz, ru, tr, en]");
  });
  expect_errors(b, {"content/site.yaml:3:3: error: unknown language 'kk': site.yaml declares kz, ru, tr, en",
                    "content/site.yaml:8:3: error: unknown language 'kk': site.yaml declares kz, ru, tr, en",
                    "content/site.yaml:13:19: error: default_language 'kk' is not one of the declared languages",
                    "content/site.yaml:15:3: error: unknown language 'kk' in 'fallback'",
                    "content/site.yaml:16:8: error: unknown language 'kk' in fallback chain",
                    "content/site.yaml:17:12: error: unknown language 'kk' in fallback chain",
                    "content/site.yaml:18:16: error: unknown language 'kk' in fallback chain"});
}
