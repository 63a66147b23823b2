// End to end: what a reader gets on the fixture's paper pages and paper list:
// keywords that search, the reference list in the source's form, figure
// placeholders that say where the image is, folded sections marked for print,
// the paper list narrowed by topic, language and year and sorted oldest first.

#include <catch2/catch.hpp>

#include <set>

#include "../support/site_pages.h"

using namespace portal::fixture;
using namespace portal::fixture::site_pages;

TEST_CASE("paper page: each keyword links to a search for it", "[e2e][papers][reader]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::vector<std::string>> hrefs = {
      {"en", {"../../search/?q=smart%20power", "../../search/?q=Kazakhstan"}},
      {"kk", {"../../search/?q=%D0%B0%D2%9B%D1%8B%D0%BB%D0%B4%D1%8B%20%D0%BA%D2%AF%D1%88",
              "../../search/?q=%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B%D1%81%D1%82%D0%B0%D0%BD"}},
      {"tr", {"../../search/?q=ak%C4%B1ll%C4%B1%20g%C3%BC%C3%A7", "../../search/?q=Kazakistan"}}};
  for (const auto& [lang, want] : hrefs) {
    INFO(lang);
    const std::string& html = s.page(paper_page(lang, "alpha-smart-power"));
    std::vector<std::string> got;
    for (const auto& a : with_class(html, "keyword")) {
      CHECK(a.name == "a");
      got.push_back(a.get("href"));
    }
    CHECK(got == want);
  }
}

TEST_CASE("paper page: the reference list keeps the source's form", "[e2e][papers][reader]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    // alpha's keys are author–year (nye-2004): an unnumbered list
    const std::string& alpha = s.page(paper_page(lang, "alpha-smart-power"));
    auto lists = with_class(alpha, "reference-list");
    REQUIRE(lists.size() == 1);
    CHECK(lists[0].name == "ul");
    CHECK(contains(lists[0].get("class"), "author-year"));
    // beta's keys are numbers: a numbered list
    const std::string& beta = s.page(paper_page(lang, "beta-turkic-council"));
    lists = with_class(beta, "reference-list");
    REQUIRE(lists.size() == 1);
    CHECK(lists[0].name == "ol");
  }
}

TEST_CASE("paper page: references_style overrides the style the keys suggest, a wrong value is an error",
          "[e2e][papers][reader]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  replace_once(root / "content/papers/alpha-smart-power.md", "references:\n", "references_style: numbered\nreferences:\n");
  RunResult run = build(root, dir / "site");
  INFO(run.err);
  REQUIRE(run.status == 0);
  std::string html = slurp(dir / "site" / paper_page("en", "alpha-smart-power"));
  auto lists = with_class(html, "reference-list");
  REQUIRE(lists.size() == 1);
  CHECK(lists[0].name == "ol");

  replace_once(root / "content/papers/alpha-smart-power.md", "references_style: numbered\n", "references_style: apa\n");
  run = build(root, dir / "site");
  INFO(run.err);
  CHECK(run.status == 1);
  CHECK(has_line(run.err, "content/papers/alpha-smart-power.md:38:19: error: references_style must be 'numbered' or "
                          "'author-year', not 'apa'"));
}

TEST_CASE("bad input: a paper id the paper list's pages use is reserved", "[e2e][bad-input][reader]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  spit(root / "content/papers/year.md", "---\nlanguage: en\ntitle: {en: A title}\n---\n");
  RunResult run = build(root, dir / "site");
  CHECK(run.status == 1);
  CHECK(has_line(run.err, "content/papers/year.md: error: paper file name 'year' is reserved: /L/papers/year/ is a "
                          "page of the paper list; rename the file"));
  CHECK_FALSE(fs::exists(dir / "site"));
}

TEST_CASE("paper page: a figure placeholder says the image is not reproduced and links the article", "[e2e][papers][reader]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::string> notes = {
      {"en", "The image is not reproduced here; it can be seen in the published article:"},
      {"ru", "Изображение здесь не воспроизводится; его можно увидеть в опубликованной статье:"},
      {"kk", "Сурет мұнда берілмеген; оны жарияланған мақаладан көруге болады:"},
      {"tr", "Görsel burada yeniden yayımlanmadı; makalenin yayımlanmış hâlinde görülebilir:"}};
  for (const auto& [lang, note] : notes) {
    INFO(lang);
    const std::string& html = s.page(paper_page(lang, "alpha-smart-power"));
    auto placeholders = with_class(html, "figure-placeholder");
    REQUIRE(placeholders.size() == 1);
    CHECK(placeholders[0].get("lang") == lang);
    std::string inside = inner(html, placeholders[0]);
    CHECK(visible_text(inside) == note + " doi.org/10.53791/imgelem.1480702");
    auto links = find_tags(inside, "a");
    REQUIRE(links.size() == 1);
    CHECK(links[0].get("href") == "https://doi.org/10.53791/imgelem.1480702");
    CHECK_FALSE(contains(html, "not included in the source"));
  }
}

TEST_CASE("paper page: other-language and extended abstracts are folded, and marked to print in full",
          "[e2e][papers][reader]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const std::string& html = s.page(paper_page("en", "alpha-smart-power"));
  auto folded = find_tags(html, "details");
  std::vector<Tag> foldable;
  for (const auto& d : folded)
    if (contains(d.get("class"), "foldable")) foldable.push_back(d);
  CHECK(foldable.size() == 3);  // kk, ru and tr abstracts
  for (const auto& d : foldable) CHECK_FALSE(d.has("open"));
  // the print script is linked, and the stylesheet prints folded content without it
  CHECK(contains(html, "assets/paper.js"));
  CHECK(contains(s.page("assets/style.css"), "details.foldable::details-content { content-visibility: visible;"));
  CHECK(contains(s.page("assets/paper.js"), "beforeprint"));
}

namespace {

/// The ids of the paper cards of a list page, in order.
std::vector<std::string> card_ids(const std::string& path, const std::string& html) {
  std::vector<std::string> ids;
  for (const auto& card : with_class(html, "paper-card-title")) {
    std::string frag;
    ids.push_back(subject_of(link_target(path, card.get("href"), "", frag)));
  }
  return ids;
}

}  // namespace

TEST_CASE("paper list: narrowed by topic, language and year, sorted oldest first, on static pages",
          "[e2e][papers][reader]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::vector<std::string>> pages = {
      {"papers/", kPapersNewestFirst},
      {"papers/oldest-first/",
       {"beta-turkic-council", "gamma-cinema", "epsilon-education", "delta-energy-cooperation", "alpha-smart-power",
        "zeta-secretariat"}},  // undated last
      {"papers/topic/soft-power/", {"alpha-smart-power", "epsilon-education", "gamma-cinema"}},
      {"papers/topic/history/", {"beta-turkic-council"}},
      {"papers/language/tr/", {"alpha-smart-power", "epsilon-education"}},
      {"papers/language/ru/", {"beta-turkic-council", "zeta-secretariat"}},
      {"papers/language/kk/", {"delta-energy-cooperation", "gamma-cinema"}},
      {"papers/year/2024/", {"alpha-smart-power"}},
      {"papers/year/2019/", {"beta-turkic-council"}}};
  for (const auto& lang : kLangs)
    for (const auto& [rest, want] : pages) {
      std::string path = page_of(lang, rest);
      INFO(path);
      const std::string& html = s.page(path);
      CHECK(card_ids(path, html) == want);
      // every filter page is linked from the filter bar, and the current one is marked
      auto bar = with_class(html, "paper-filters");
      REQUIRE(bar.size() == 1);
      std::set<std::string> linked;
      std::vector<std::string> current;
      for (const auto& a : find_tags(inner(html, bar[0]), "a")) {
        std::string frag;
        std::string file = link_target(path, a.get("href"), "", frag);
        CHECK(s.files.count(file) == 1);
        linked.insert(file);
        if (a.has("aria-current")) current.push_back(file);
      }
      for (const auto& [other, ids] : pages) CHECK(linked.count(page_of(lang, other)) == 1);
      CHECK(std::find(current.begin(), current.end(), path) != current.end());
      // no filter page for what no paper has: no English papers, no undated year
      CHECK(linked.count(page_of(lang, "papers/language/en/")) == 0);
      CHECK(s.files.count(page_of(lang, "papers/language/en/")) == 0);
    }
  // the title and count say what the page shows, with plurals per language
  const std::string& ru_topic = s.page(page_of("ru", "papers/topic/soft-power/"));
  CHECK(visible_text(inner(ru_topic, find_tags(ru_topic, "h1").at(0))) == "Статьи: Мягкая сила");
  CHECK(visible_text(inner(ru_topic, with_class(ru_topic, "filter-status").at(0))) == "3 статьи · Все статьи");
  CHECK(contains(s.page(page_of("ru", "papers/")), "<strong>6 статей</strong>"));
  CHECK(contains(s.page(page_of("en", "papers/year/2019/")), "<strong>1 paper</strong>"));
  CHECK(contains(s.page(page_of("en", "papers/language/kk/")), "<h1>Papers: Kazakh</h1>"));
  // the language switcher of a filter page leads to the same filter in the other language
  const std::string& tr_topic = s.page(page_of("tr", "papers/topic/history/"));
  for (const auto& a : find_tags(tr_topic, "a", "hreflang", "kk"))
    CHECK(resolve_href(page_of("tr", "papers/topic/history/"), a.get("href")) == page_of("kk", "papers/topic/history/"));
}
