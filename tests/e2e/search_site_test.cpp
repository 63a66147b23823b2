// End to end: the search page in every language, the header form on every
// page, and the index `portal build` writes into search-index/ for the
// fixture portal: its files, counts, shards, section anchors and determinism.
// What the reader finds with it is tested in chromium (tests/browser/search.mjs).

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../support/site_pages.h"

using namespace portal::fixture;
using namespace portal::fixture::site_pages;
using nlohmann::json;

TEST_CASE("search: a search page in every language, usable without JavaScript", "[e2e][search]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    std::string path = page_of(lang, "search/");
    const std::string& html = s.page(path);
    INFO(path);
    CHECK(html_lang(html) == lang);
    Tag form = one_with_class(html, "search-page-form");
    CHECK(form.get("method") == "get");
    auto inputs = find_tags(html, "input", "name", "q");
    REQUIRE(inputs.size() == 2);  // the header's and the page's
    CHECK(find_tags(html, "label", "for", "search-q").size() == 1);
    // Without JavaScript: the note and the four lists.
    std::string nojs = inner(html, find_tags(html, "div", "id", "search-nojs").at(0));
    std::set<std::string> targets;
    for (const auto& l : links_in(path, nojs)) targets.insert(l.file);
    CHECK(targets == std::set<std::string>{page_of(lang, "papers/"), page_of(lang, "topics/"), page_of(lang, "authors/"),
                                           page_of(lang, "timeline/")});
    CHECK(find_tags(html, "script", "src", "../../assets/search.js").size() == 1);
    CHECK(s.files.count("assets/search.js"));
    // The live region for the result count exists before any search.
    CHECK(find_tags(html, "p", "role", "status").size() == 1);
  }
  CHECK(visible_text(s.page(page_of("ru", "search/"))).find("требует JavaScript") != std::string::npos);
  CHECK(visible_text(s.page(page_of("tr", "search/"))).find("JavaScript gerektirir") != std::string::npos);
}

TEST_CASE("search: every page has a labelled search form in its header, linked relatively", "[e2e][search]") {
  const BuiltSite& s = basic_site();
  size_t pages = 0;
  for (const auto& path : html_pages(s.files)) {
    if (path == "404.html" || path == "index.html") continue;  // the language chooser has no header
    const std::string& html = s.page(path);
    INFO(path);
    Tag form = one_with_class(html, "header-search");
    std::string action = form.get("action");
    CHECK(action.rfind("/", 0) == std::string::npos);
    std::string fragment;
    std::string lang = html_lang(html);
    CHECK(link_target(path, action, "", fragment) == page_of(lang, "search/"));
    CHECK(find_tags(html, "label", "for", "header-search-q").size() == 1);
    ++pages;
  }
  CHECK(pages > 100);
  // The 404 page is served at any depth: its form names the server root.
  CHECK(one_with_class(s.page("404.html"), "header-search").get("action") == "/kk/search/");
}

TEST_CASE("search: the index lists every result, in shards whose first keys are in meta.json", "[e2e][search]") {
  const BuiltSite& s = basic_site();
  json meta = json::parse(s.page("search-index/meta.json"));
  CHECK(meta["counts"] == json({{"paper", 6}, {"event", 7}, {"topic", 3}, {"author", meta["counts"]["author"]}}));
  size_t docs = 0;
  for (auto& [k, n] : meta["counts"].items()) docs += n.get<size_t>();
  CHECK(meta["attrs"].get<std::string>().size() == docs * meta["attr_width"].get<size_t>());
  // Each paper has its excerpt files r/<n>-<c>.json, the other results come
  // eight to a file g/<n>.json: one file holds what a result shows.
  const size_t papers = meta["counts"]["paper"].get<size_t>(), group = meta["group"].get<size_t>();
  CHECK(group == 8);
  for (size_t d = 0; d < papers; ++d) CHECK(s.files.count("search-index/r/" + std::to_string(d) + "-0.json"));
  CHECK_FALSE(s.files.count("search-index/r/" + std::to_string(papers) + "-0.json"));
  size_t grouped = 0, groups = 0;
  for (; s.files.count("search-index/g/" + std::to_string(groups) + ".json"); ++groups) {
    json g = json::parse(s.page("search-index/g/" + std::to_string(groups) + ".json"));
    CHECK(g.size() == std::min(group, docs - papers - grouped));
    grouped += g.size();
  }
  CHECK(grouped == docs - papers);
  CHECK(json::parse(s.page("search-index/g/0.json"))[0]["k"] == "event");
  CHECK(groups == (docs - papers + group - 1) / group);
  auto shards = meta["shards"].get<std::vector<std::string>>();
  REQUIRE(!shards.empty());
  CHECK(std::is_sorted(shards.begin(), shards.end()));
  std::set<std::string> keys;
  for (size_t i = 0; i < shards.size(); ++i) {
    json shard = json::parse(s.page("search-index/s/" + std::to_string(i) + ".json"));
    REQUIRE(!shard.empty());
    CHECK(shard.begin().key() == shards[i]);
    for (auto& [key, spellings] : shard.items()) {
      keys.insert(key);
      for (auto& sp : spellings) {
        REQUIRE(sp.size() >= 5);
        CHECK((sp.size() - 2) % 3 == 0);
        for (size_t p = 2; p < sp.size(); p += 3) CHECK(sp[p].get<size_t>() < docs);
      }
    }
  }
  // Both scripts and both keyboards fold to one key.
  CHECK(keys.count("kazakstan"));
  CHECK(keys.count("nahcivan"));
}

static std::string fmt_posting(const json& doc, const json& passage) {
  return std::to_string(doc.get<size_t>()) + "/" + std::to_string(passage.get<int>());
}

TEST_CASE("search: passages of a paper carry the anchors of their sections, in the files their numbers name", "[e2e][search]") {
  const BuiltSite& s = basic_site();
  json meta = json::parse(s.page("search-index/meta.json"));
  size_t papers = meta["counts"]["paper"].get<size_t>(), anchors = 0, chunk_ids = meta["chunk_ids"].get<size_t>();
  std::set<std::string> posted;  // "doc/passage" of every posting of a paper
  for (size_t i = 0; i < meta["shards"].size(); ++i) {
    json shard = json::parse(s.page("search-index/s/" + std::to_string(i) + ".json"));
    for (auto& [key, spellings] : shard.items())
      for (auto& sp : spellings)
        for (size_t p = 2; p + 2 < sp.size(); p += 3)
          if (sp[p].get<size_t>() < papers && sp[p + 1].get<int>() >= 0) posted.insert(fmt_posting(sp[p], sp[p + 1]));
  }
  size_t found = 0;
  for (size_t d = 0; d < papers; ++d) {
    for (size_t c = 0; s.files.count("search-index/r/" + std::to_string(d) + "-" + std::to_string(c) + ".json"); ++c) {
      json file = json::parse(s.page("search-index/r/" + std::to_string(d) + "-" + std::to_string(c) + ".json"));
      REQUIRE(file["k"] == "paper");
      std::string url = file["u"];
      CHECK(file.dump().size() < 8 * 1024);  // one passage file per result shown: small
      for (size_t i = 0; i < file["p"].size(); ++i) {
        found += posted.count(std::to_string(d) + "/" + std::to_string(c * chunk_ids + i));
        std::string anchor = file["p"][i][0];
        if (anchor.empty()) continue;
        INFO(url << "#" << anchor);
        CHECK(has_id(s, "en/" + url + "index.html", anchor));
        ++anchors;
      }
    }
  }
  // Every passage a posting names is in the file its number says.
  CHECK(found == posted.size());
  CHECK(found > 20);
  CHECK(anchors > 5);
}

TEST_CASE("search: the index is the same, byte for byte, on every build", "[e2e][search]") {
  const BuiltSite& s = basic_site();
  TempDir dir;
  fs::path root = make_portal(dir);
  RunResult again = build(root, dir / "site");
  REQUIRE(again.status == 0);
  Tree files = snapshot(dir / "site");
  size_t compared = 0;
  for (const auto& [path, bytes] : s.files) {
    if (path.rfind("search-index/", 0) != 0) continue;
    INFO(path);
    REQUIRE(files.count(path));
    CHECK(files.at(path) == bytes);
    ++compared;
  }
  for (const auto& [path, bytes] : files)
    if (path.rfind("search-index/", 0) == 0) CHECK(s.files.count(path));
  CHECK(compared > 10);
}
