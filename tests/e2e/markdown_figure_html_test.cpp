// End to end: a `figure:missing` image whose caption holds inline HTML, in a
// paper's body, its abstract and a timeline event's summary, builds (it once
// crashed the build) and shows the caption's markup as the text it is.

#include <catch2/catch.hpp>

#include "../support/portal_fixture.h"

using namespace portal::fixture;

namespace {

constexpr const char* kCaption = "![Figure 1 – <i>caption</i>](figure:missing)";
constexpr const char* kEscapedCaption = "Figure 1 – &lt;i&gt;caption&lt;/i&gt;";

}  // namespace

TEST_CASE("e2e: a figure:missing caption with inline HTML builds, in a body, an abstract and an event summary",
          "[e2e][markdown]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  spit(root / "content" / "papers" / "figure-html.md",
       std::string("---\nlanguage: en\ntitle: {en: x}\nabstract: {en: \"") + kCaption +
           "\"}\n---\n" + kCaption + "\n");
  append(root / "content" / "timeline.yaml",
         std::string("- id: figure-html-event\n"
                     "  date: 2022-06\n"
                     "  title: {en: Figure event}\n"
                     "  summary: {en: \"") +
             kCaption +
             "\"}\n"
             "  topics: [history]\n"
             "  sources:\n"
             "    - {paper: figure-html}\n");
  fs::path out = dir / "site";
  RunResult check = run_portal({"check", "--root", root.string()});
  CHECK(check.status == 0);
  RunResult run = build(root, out);
  INFO(run.err);
  REQUIRE(run.status == 0);

  std::string paper = slurp(out / "en" / "papers" / "figure-html" / "index.html");
  // The body's figure and the abstract's both show the caption as text.
  CHECK(count_of(paper, std::string("<figcaption>") + kEscapedCaption + "</figcaption>") >= 2);
  CHECK_FALSE(contains(paper, "<i>caption</i>"));

  std::string timeline = slurp(out / "en" / "timeline" / "2020-2024" / "index.html");
  CHECK(contains(timeline, kEscapedCaption));
  CHECK_FALSE(contains(timeline, "<i>caption</i>"));
}

TEST_CASE("e2e: a paper's footnotes have a heading in the page's language", "[e2e][markdown]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  spit(root / "content" / "papers" / "noted.md", "---\nlanguage: en\ntitle: {en: Noted}\n---\nText[^1].\n\n[^1]: A note.\n");
  fs::path out = dir / "site";
  RunResult run = build(root, out);
  INFO(run.err);
  REQUIRE(run.status == 0);
  const std::vector<std::pair<std::string, std::string>> headings = {
      {"kk", "Ескертпелер"}, {"ru", "Примечания"}, {"tr", "Notlar"}, {"en", "Notes"}};
  for (const auto& [lang, heading] : headings) {
    std::string page = slurp(out / lang / "papers" / "noted" / "index.html");
    CHECK(contains(page, "<section class=\"footnotes\" data-footnotes><h2 class=\"footnotes-heading\" lang=\"" + lang +
                             "\">" + heading + "</h2>"));
  }
}
