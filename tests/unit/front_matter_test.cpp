// The load stage, a paper's file as text: the front matter between its two
// '---' lines and the body after it, malformed YAML placed on its line, and
// invalid UTF-8 and NFC normalization of the whole text.

#include <catch2/catch.hpp>

#include "../support/paper_load.h"
#include "content/yaml_read.h"

using namespace portal;
using namespace portal::test::paper_load;

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
        std::vector<std::string>{"content/papers/p.md:3:3: error: malformed YAML: wrong indentation: this line is "
                                 "indented 2 spaces, deeper than line 1, whose value is already given there; indent "
                                 "it as the key it belongs beside (0 spaces)"});
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

// --- the text of the file ------------------------------------------------------

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
