// The helpers the end-to-end tests judge pages with (tests/support/portal_fixture.h):
// if they saw nothing, the e2e assertions would pass vacuously.

#include <catch2/catch.hpp>

#include "../support/portal_fixture.h"

using namespace portal::fixture;

TEST_CASE("fixture: start_tags sees live markup and skips escaped text", "[fixture]") {
  std::string html =
      "<p class=\"a b\">&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>"
      "<!-- <img src=x> --><IMG SRC=x OnError='alert(1)'><a href=\" JavaScript:x\" data-x=a&amp;b>t</a>"
      "<script type=\"application/ld+json\">{\"a\":\"<b>\"}</script><br/>";
  auto tags = start_tags(html);
  REQUIRE(tags.size() == 5);
  CHECK(tags[0].name == "p");
  CHECK(tags[0].get("class") == "a b");
  CHECK(tags[1].name == "img");
  CHECK(tags[1].get("src") == "x");
  CHECK(tags[1].has("onerror"));
  CHECK(tags[2].name == "a");
  CHECK(tags[2].get("href") == " JavaScript:x");
  CHECK(tags[2].get("data-x") == "a&b");
  CHECK(tags[3].name == "script");
  CHECK(inner(html, tags[3]) == "{\"a\":\"<b>\"}");  // raw text: no <b> tag
  CHECK(tags[4].name == "br");
  CHECK(with_class(html, "b").size() == 1);
}

TEST_CASE("fixture: inner counts nested elements of the same name", "[fixture]") {
  std::string html = "<div lang=\"tr\"><div class=\"t\">x</div><p>y</p></div><div>z</div>";
  auto divs = find_tags(html, "div", "lang", "tr");
  REQUIRE(divs.size() == 1);
  CHECK(inner(html, divs[0]) == "<div class=\"t\">x</div><p>y</p>");
  CHECK(shown_in_lang(html, "tr", "<p>y</p>"));
  CHECK_FALSE(shown_in_lang(html, "tr", "z"));
}

TEST_CASE("fixture: resolve_href", "[fixture]") {
  CHECK(resolve_href("en/papers/x/index.html", "../y/#s") == "en/papers/y/index.html");
  CHECK(resolve_href("en/papers/x/index.html", "../../../assets/style.css") == "assets/style.css");
  CHECK(resolve_href("en/papers/x/index.html", "./") == "en/papers/x/index.html");
  CHECK(resolve_href("en/papers/x/index.html", "#ref-1") == "en/papers/x/index.html");
  CHECK(resolve_href("index.html", "kk/") == "kk/index.html");
  CHECK(resolve_href("kk/index.html", "../") == "index.html");
  CHECK(resolve_href("kk/index.html", "../../x/") == "<outside the site>");
  CHECK(has_scheme("https://doi.org/x"));
  CHECK(has_scheme("mailto:a@b"));
  CHECK_FALSE(has_scheme("../a:b/"));
  CHECK_FALSE(has_scheme("#x"));
}

TEST_CASE("fixture: the portal binary runs and reports its status", "[fixture]") {
  RunResult r = run_portal({"--version"});
  CHECK(r.status == 0);
  CHECK(contains(r.out, "portal "));
  RunResult bad = run_portal({"build", "--root", "/nonexistent/portal"});
  CHECK(bad.status == 2);  // a usage error
  CHECK(has_line(bad.err, "/nonexistent/portal: error: not a portal folder: it has no content/ folder (use --root)"));
}
