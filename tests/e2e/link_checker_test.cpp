// End to end: the link checker over the whole fixture portal
// tests/fixtures/basic (every internal link and #fragment of every page
// resolves), and the link checker itself finding what is broken.

#include <catch2/catch.hpp>

#include "../support/site_pages.h"

using namespace portal::fixture;
using namespace portal::fixture::site_pages;

// --- the whole site ---------------------------------------------------------------

TEST_CASE("link checker: every internal link of the fixture site resolves, and every #fragment exists",
          "[e2e][links]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  size_t checked = 0;
  auto problems = broken_links(s.files, "", &checked);
  std::string report;
  for (const auto& p : problems) report += p + "\n";
  INFO(report);
  CHECK(problems.empty());
  CHECK(checked > 2000);
  // every page of every kind was built and takes part
  for (const auto& lang : kLangs) {
    for (const auto& [topic, names] : kTopicNames) {
      CHECK(s.files.count(page_of(lang, "topics/" + topic + "/")) == 1);
      CHECK(s.files.count(page_of(lang, "timeline/" + topic + "/")) == 1);
    }
    for (const auto& id : kPapersNewestFirst) CHECK(s.files.count(paper_page(lang, id)) == 1);
  }
}

TEST_CASE("link checker: it finds a broken link, a missing anchor and a dangling reference", "[e2e][links]") {
  Tree site = {{"index.html", "<a href=\"en/\">x</a>"},
               {"en/index.html",
                "<a href=\"../\">up</a><a href=\"papers/x/#s2\">s</a><a href=\"nope/\">n</a><a href=\"#top\">t</a>"
                "<button data-copy=\"cite-apa\"></button><a href=\"https://example.org/x\">e</a>"
                "<a href=\"/assets/style.css\">c</a>"},
               {"en/papers/x/index.html", "<h2 id=\"s1\">S</h2>"}};
  auto problems = broken_links(site, "");
  std::string report;
  for (const auto& p : problems) report += p + "\n";
  INFO(report);
  CHECK(problems.size() == 5);  // #s2, nope/, #top, data-copy, /assets/style.css
  site["en/papers/x/index.html"] = "<h2 id=\"s2\">S</h2>";
  site["en/index.html"] = "<a id=\"top\" href=\"../\">up</a><a href=\"papers/x/#s2\">s</a><a href=\"#top\">t</a>";
  CHECK(broken_links(site, "").empty());
}
