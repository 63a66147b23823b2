// text/anchor_id.h: what an explicit section anchor may be; markdown.cpp:
// where its `{#` is written.

#include <catch2/catch.hpp>

#include <cstdio>

#include "text/anchor_id.h"
#include "text/markdown.h"

using namespace portal::text;

namespace {

/// "ok", or the fault's kind, byte offset and code point: "bad 2 U+002F".
std::string fault(std::string_view id) {
  auto f = anchor_id_fault(id);
  if (!f) return "ok";
  return std::string(f->kind == AnchorIdFault::Kind::not_letter_first ? "first " : "bad ") + std::to_string(f->offset) +
         " U+" + (f->code_point < 0 ? std::string("-1") : [&] {
           char buf[16];
           std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(f->code_point));
           return std::string(buf);
         }());
}

}  // namespace

TEST_CASE("anchor ids: letters of any script, digits, hyphens and underscores", "[anchors]") {
  CHECK(fault("introduction") == "ok");
  CHECK(fault("oil-transit_2") == "ok");
  CHECK(fault("Транспорт") == "ok");
  CHECK(fault("giriş-ve-çerçeve") == "ok");
  CHECK(fault("қазақ-тілі") == "ok");
  CHECK(fault("e\xCC\x81t\xC3\xA9") == "ok");  // a combining accent after a letter
}

TEST_CASE("anchor ids: what is refused, and where", "[anchors]") {
  CHECK(fault("") == "first 0 U+0000");
  CHECK(fault("1-intro") == "first 0 U+0031");
  CHECK(fault("-intro") == "first 0 U+002D");
  CHECK(fault("../../Intro") == "bad 0 U+002E");
  CHECK(fault("a/b") == "bad 1 U+002F");
  CHECK(fault("two words") == "bad 3 U+0020");
  CHECK(fault("say\"hi") == "bad 3 U+0022");
  CHECK(fault("it's") == "bad 2 U+0027");
  CHECK(fault("intro\xE2\x80\xAE") == "bad 5 U+202E");   // RIGHT-TO-LEFT OVERRIDE
  CHECK(fault("in\xE2\x80\x8Btro") == "bad 2 U+200B");   // ZERO WIDTH SPACE
  CHECK(fault("a\x0C") == "bad 1 U+000C");                // FORM FEED
  CHECK(fault("a\xC2\xA0" "b") == "bad 1 U+00A0");        // NO-BREAK SPACE
  CHECK(fault("a\xFF") == "bad 1 U+-1");                  // not UTF-8
  CHECK(fault("\xCC\x81" "a") == "first 0 U+0301");       // a mark cannot come first
}

TEST_CASE("anchor ids: the outline keeps the id as written and where its { is", "[anchors][markdown]") {
  auto o = outline_markdown(
      "Text\n\n"
      "## Қазақ тілі {#../../Intro}\n\n"
      "Setext\nheading {#two words}\n---\n\n"
      "## Escaped \\{#not-an-id}\n\n"
      "## Same {#same}\n\n## Again {#same}\n");
  REQUIRE(o.headings.size() == 5);
  CHECK(o.headings[0].explicit_id);
  CHECK(o.headings[0].written_id == "../../Intro");
  CHECK(o.headings[0].text == "Қазақ тілі");
  CHECK(o.headings[0].id_line == 3);
  CHECK(o.headings[0].id_col == 15);  // characters, not bytes
  CHECK(o.headings[1].written_id == "two words");
  CHECK(o.headings[1].line == 5);
  CHECK(o.headings[1].id_line == 6);
  CHECK(o.headings[1].id_col == 9);
  CHECK_FALSE(o.headings[2].explicit_id);  // `\{` keeps the text
  CHECK(o.headings[2].text == "Escaped {#not-an-id}");
  CHECK(o.headings[3].id == "same");
  CHECK(o.headings[4].written_id == "same");
  CHECK(o.headings[4].duplicate_of == "same");
  CHECK(o.headings[4].id != "same");
  CHECK(o.headings[4].id_line == 13);
  CHECK(o.headings[4].id_col == 10);
}
