// End to end: text/paper_page_ids.h knows every id a paper page gives its own
// elements, so that no section anchor can take one. Every id on every paper
// page of the fixture site is either one of those or a heading's anchor.

#include <catch2/catch.hpp>

#include "../support/portal_fixture.h"
#include "text/paper_page_ids.h"

using namespace portal::fixture;

TEST_CASE("paper pages: every id is the page's own (text/paper_page_ids.h) or a heading's", "[e2e][anchors]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  size_t pages = 0, own = 0;
  for (const auto& [rel, html] : s.files) {
    if (rel.find("/papers/") == std::string::npos || rel.size() < 11 ||
        rel.compare(rel.size() - 11, 11, "/index.html") != 0 || std::count(rel.begin(), rel.end(), '/') != 3)
      continue;
    ++pages;
    for (size_t at = html.find(" id=\""); at != std::string::npos; at = html.find(" id=\"", at + 1)) {
      size_t end = html.find('"', at + 5);
      std::string id = html.substr(at + 5, end - at - 5);
      size_t tag = html.rfind('<', at);
      bool heading = html.size() > tag + 3 && html[tag + 1] == 'h' && html[tag + 2] >= '1' && html[tag + 2] <= '6' &&
                     html[tag + 3] == ' ' && html.compare(tag + 3, 5, " id=\"") == 0;
      INFO(rel << ": id '" << id << "' on " << html.substr(tag, at - tag));
      if (!heading) CHECK_FALSE(portal::text::paper_page_id_owner(id).empty());
      if (!portal::text::paper_page_id_owner(id).empty()) ++own;
    }
  }
  CHECK(pages >= 20);  // six papers in four languages
  CHECK(own > pages * 5);
}
