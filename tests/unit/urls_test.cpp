// render/urls.h: where pages live, and relative links between them.

#include <catch2/catch.hpp>

#include "render/urls.h"

namespace urls = portal::urls;

TEST_CASE("urls: page locations", "[urls]") {
  CHECK(urls::home("kk") == "kk/");
  CHECK(urls::papers("ru") == "ru/papers/");
  CHECK(urls::paper("tr", "smart-power") == "tr/papers/smart-power/");
  CHECK(urls::topics("en") == "en/topics/");
  CHECK(urls::topic("en", "ots") == "en/topics/ots/");
  CHECK(urls::timeline("kk") == "kk/timeline/");
  CHECK(urls::timeline_topic("kk", "ots") == "kk/timeline/ots/");
  CHECK(urls::authors("ru") == "ru/authors/");
  CHECK(urls::author("ru", "kalkan-erol") == "ru/authors/kalkan-erol/");
  CHECK(urls::feed("en") == "en/feed.xml");
  CHECK(urls::paper_export("x", "bib") == "papers/x.bib");
  CHECK(urls::event_anchor("nakhchivan-2009") == "event-nakhchivan-2009");
}

TEST_CASE("urls: the file a page is written to", "[urls]") {
  CHECK(urls::file_for("") == "index.html");
  CHECK(urls::file_for("kk/") == "kk/index.html");
  CHECK(urls::file_for("kk/papers/x/") == "kk/papers/x/index.html");
  CHECK(urls::file_for("404.html") == "404.html");
  CHECK(urls::file_for("en/feed.xml") == "en/feed.xml");
}

TEST_CASE("urls::relative between folders", "[urls]") {
  CHECK(urls::relative("kk/papers/x/", "kk/topics/") == "../../topics/");
  CHECK(urls::relative("kk/papers/x/", "kk/papers/y/") == "../y/");
  CHECK(urls::relative("kk/papers/x/", "kk/papers/") == "../");
  CHECK(urls::relative("kk/papers/", "kk/papers/x/") == "x/");
  CHECK(urls::relative("kk/papers/x/", "en/papers/x/") == "../../../en/papers/x/");
  CHECK(urls::relative("kk/", "ru/") == "../ru/");
  CHECK(urls::relative("kk/", "kk/timeline/ots/") == "timeline/ots/");
}

TEST_CASE("urls::relative to the same page and to the site root", "[urls]") {
  CHECK(urls::relative("kk/papers/x/", "kk/papers/x/") == "./");
  CHECK(urls::relative("kk/", "kk/") == "./");
  CHECK(urls::relative("", "") == "./");
  CHECK(urls::relative("kk/", "") == "../");
  CHECK(urls::relative("kk/papers/x/", "") == "../../../");
  CHECK(urls::relative("", "kk/") == "kk/");
  CHECK(urls::relative("", "kk/papers/x/") == "kk/papers/x/");
}

TEST_CASE("urls::relative to and from files", "[urls]") {
  CHECK(urls::relative("kk/papers/x/", "assets/style.css") == "../../../assets/style.css");
  CHECK(urls::relative("", "assets/style.css") == "assets/style.css");
  CHECK(urls::relative("kk/papers/x/", "papers/x.bib") == "../../../papers/x.bib");
  CHECK(urls::relative("kk/", "kk/feed.xml") == "feed.xml");
  CHECK(urls::relative("404.html", "kk/") == "kk/");
  CHECK(urls::relative("kk/feed.xml", "kk/papers/") == "papers/");
  CHECK(urls::relative("kk/feed.xml", "ru/") == "../ru/");
}

TEST_CASE("urls::relative compares whole folder names", "[urls]") {
  CHECK(urls::relative("kk/papers/x/", "kk/papers-x/") == "../../papers-x/");
  CHECK(urls::relative("kk/papers/ab/", "kk/papers/a/") == "../a/");
  CHECK(urls::relative("kk/papers/a/", "kk/papers/ab/") == "../ab/");
}

TEST_CASE("urls: the paper list's filter pages and the search query", "[urls]") {
  CHECK(urls::papers_by_topic("kk", "soft-power") == "kk/papers/topic/soft-power/");
  CHECK(urls::papers_by_language("en", "ru") == "en/papers/language/ru/");
  CHECK(urls::papers_by_year("tr", 2024) == "tr/papers/year/2024/");
  CHECK(urls::papers_by_year("tr", 987) == "tr/papers/year/0987/");
  CHECK(urls::papers_oldest_first("ru") == "ru/papers/oldest-first/");
  CHECK(urls::search("kk") == "kk/search/");
  CHECK(urls::relative("kk/papers/x/", urls::search("kk")) == "../../search/");
  // unreserved bytes stay, everything else (spaces, UTF-8, &, #, +, /) is encoded
  CHECK(urls::query_escape("smart power") == "smart%20power");
  CHECK(urls::query_escape("a-b_c.d~e") == "a-b_c.d~e");
  CHECK(urls::query_escape("ақылды") == "%D0%B0%D2%9B%D1%8B%D0%BB%D0%B4%D1%8B");
  CHECK(urls::query_escape("R&D #1 + a/b?") == "R%26D%20%231%20%2B%20a%2Fb%3F");
  CHECK(urls::query_escape("") == "");
}
