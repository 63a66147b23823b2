// The load stage's guards against input yaml-cpp and ICU accept: bounded
// aliases, duplicate keys, forbidden invisible characters by name, ICU
// message syntax, and base_url; each problem at its position.

#include <catch2/catch.hpp>

#include "../support/paper_load.h"
#include "content/text_check.h"
#include "content/yaml_read.h"
#include "text/message.h"

using namespace portal;
using namespace portal::test::paper_load;

namespace {

std::vector<std::string> parse_messages(const std::string& yaml, bool* parsed = nullptr) {
  Diagnostics d;
  YamlDoc doc("x.yaml", yaml);
  bool ok = doc.parse(d);
  if (parsed) *parsed = ok;
  return messages(d);
}

}  // namespace

TEST_CASE("yaml guard: aliases may repeat values up to the bound, not beyond", "[load][yaml]") {
  bool ok = false;
  // 100 aliases of a 11-value list: 1,100 values added, fine
  std::string fine = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: [";
  for (int i = 0; i < 100; ++i) fine += i ? ", *a" : "*a";
  fine += "]\n";
  CHECK(parse_messages(fine, &ok).empty());
  CHECK(ok);
  // 1,000 of them: 11,000 values, past the bound at the 910th alias (910 × 11 = 10,010)
  std::string bomb = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: [";
  for (int i = 0; i < 1000; ++i) bomb += i ? ", *a" : "*a";
  bomb += "]\n";
  auto m = parse_messages(bomb, &ok);
  CHECK_FALSE(ok);
  REQUIRE(m.size() == 1);
  CHECK(m[0] == "x.yaml:2:" + std::to_string(5 + 909 * 4) +
                    ": error: alias '*a' expands the document past 10000 values: aliases may repeat a value, not "
                    "multiply the document (write the values out instead)");
}

TEST_CASE("yaml guard: duplicate keys, nested and in flow mappings, equal keys in different mappings are fine",
          "[load][yaml]") {
  bool ok = false;
  auto m = parse_messages("a: 1\nb:\n  c: 2\n  c: 3\nd: {e: 1, 'e': 2}\nf: {c: 1}\na: 4\n", &ok);
  CHECK(ok);  // reported, and the tree is still there for the other checks
  CHECK(m == std::vector<std::string>{
                 "x.yaml:4:3: error: duplicate key 'c' (first defined at line 3): only one value can be kept",
                 "x.yaml:5:11: error: duplicate key 'e' (first defined at line 5, column 5): only one value can be "
                 "kept",
                 "x.yaml:7:1: error: duplicate key 'a' (first defined at line 1): only one value can be kept"});
  CHECK(parse_messages("- {id: a, name: x}\n- {id: b, name: y}\n").empty());
}

TEST_CASE("yaml guard: an unclosed quote is still found", "[load][yaml]") {
  bool ok = true;
  CHECK(parse_messages("a: \"fine\"\nb: 'never closed\n", &ok) ==
        std::vector<std::string>{"x.yaml:2:4: error: malformed YAML: a quoted text is never closed (missing closing "
                                 "quote)"});
  CHECK_FALSE(ok);
}

TEST_CASE("text check: forbidden characters are named, tab, line feed and CRLF are fine", "[load][controls]") {
  CHECK(describe_char(0x0C) == "U+000C FORM FEED");
  CHECK(describe_char(0x00) == "U+0000 NULL");
  CHECK(describe_char(0x1B) == "U+001B ESCAPE");
  CHECK(describe_char(0x7F) == "U+007F DELETE");
  CHECK(describe_char(0x85) == "U+0085 NEXT LINE");
  CHECK(describe_char(0x9F) == "U+009F APPLICATION PROGRAM COMMAND");
  CHECK(describe_char(0x2029) == "U+2029 PARAGRAPH SEPARATOR");
  CHECK_FALSE(find_forbidden_char("a\tb\r\nc\nҚазақ тілі"));
  auto lone_cr = find_forbidden_char("ab\rc");
  REQUIRE(lone_cr);
  CHECK(lone_cr->offset == 2);
  Diagnostics d;
  CHECK_FALSE(check_forbidden_chars("ok\nҚаз\x1B[31m\n\xE2\x80\xA8", "f.md", d));
  CHECK(messages(d) == std::vector<std::string>{
                           "f.md:2:4: error: invisible character U+001B ESCAPE is not allowed: delete it, or use a "
                           "space or a line break",
                           "f.md:3:1: error: invisible character U+2028 LINE SEPARATOR is not allowed: delete it, or "
                           "use a space or a line break"});
}

TEST_CASE("messages: ICU's syntax errors with their offset in code points", "[text][message]") {
  CHECK_FALSE(text::message_syntax_error("{count, plural, one {# статья} few {# статьи} other {# статей}}"));
  CHECK_FALSE(text::message_syntax_error("Türkiye'nin dış politikası"));
  auto e = text::message_syntax_error("Аннотация: {language");
  REQUIRE(e);
  CHECK(e->reason == "unmatched braces");
  CHECK(e->offset == 11);
}

TEST_CASE("site.yaml: base_url problems are errors and leave no base_url", "[load][base-url]") {
  auto load = [](const std::string& url_yaml) {
    Diagnostics d;
    SiteConfig c = load_site_config("content/site.yaml", "title: {en: X}\nlanguages: [en]\n" + url_yaml, d);
    return std::make_pair(c.base_url, messages(d));
  };
  CHECK(load("base_url: https://example.org/portal").first == "https://example.org/portal/");
  CHECK(load("base_url: http://localhost:8000/").second.empty());
  auto [url, m] = load("base_url: \"https://example.org/\\tx/\"\n");
  CHECK(url.empty());
  CHECK(m == std::vector<std::string>{"content/site.yaml:3:11: error: base_url contains U+0009 CHARACTER TABULATION "
                                      "at character 21: a URL has no spaces or control characters"});
  CHECK(load("base_url: 'https://:8000/'").second ==
        std::vector<std::string>{"content/site.yaml:3:11: error: base_url 'https://:8000/' has no host: write it as "
                                 "https://example.org/ or https://example.org/path/"});
  CHECK(load("base_url: 'https://example.org/\"x/'").second ==
        std::vector<std::string>{"content/site.yaml:3:11: error: base_url 'https://example.org/\"x/' contains a "
                                 "character a URL may not have unencoded (one of \" < > \\ ^ ` { | })"});
}
