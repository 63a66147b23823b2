// End to end: the authors index and the author pages of the fixture portal
// tests/fixtures/basic: each language's collation, names in the page's
// language, affiliation and contact, and one person across several papers.

#include <catch2/catch.hpp>

#include <set>

#include "../support/site_pages.h"

using namespace portal::fixture;
using namespace portal::fixture::site_pages;

namespace {

size_t index_of(const std::vector<std::string>& v, const std::string& x) {
  auto it = std::find(v.begin(), v.end(), x);
  if (it == v.end()) FAIL("'" << x << "' is not in the list");
  return static_cast<size_t>(it - v.begin());
}

}  // namespace

// --- authors -------------------------------------------------------------------

TEST_CASE("authors index: sorted with ICU collation for the page's language", "[e2e][authors][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  std::map<std::string, std::vector<std::string>> order;  // lang → author ids in page order
  for (const auto& lang : kLangs) {
    std::string path = page_of(lang, "authors/");
    const std::string& html = s.page(path);
    auto lists = with_class(html, "author-list");
    REQUIRE(lists.size() == 1);
    for (const auto& l : links_in(path, inner(html, lists[0]))) {
      INFO(lang << ": " << l.href);
      CHECK(l.file == page_of(lang, "authors/" + subject_of(l.file) + "/"));
      CHECK(s.files.count(l.file) == 1);
      order[lang].push_back(subject_of(l.file));
    }
    CHECK(order[lang].size() == 20);  // every author once
    CHECK(std::set<std::string>(order[lang].begin(), order[lang].end()).size() == order[lang].size());
  }
  auto before = [&](const std::string& lang, const std::vector<std::string>& ids) {
    for (size_t i = 0; i + 1 < ids.size(); ++i) {
      INFO(lang << ": " << ids[i] << " before " << ids[i + 1]);
      CHECK(index_of(order[lang], ids[i]) < index_of(order[lang], ids[i + 1]));
    }
  };
  // Kazakh: Ә after А and before Б (Ахметов, Әлиева, Бектұров); Ө after О and before П.
  // The root collation would put Әлиева before Ахметов and Өзбеков before Омаров.
  before("kk", {"akhmetov-arman", "alieva-aliya", "bekturov-bauyrzhan"});
  before("kk", {"omarov-oral", "ozbekov-omirzak", "piraliev-pernebek"});
  // Turkish: Ç after C (Canlı, Çakır, Demir); I and İ distinct letters, I first (Hancı, Işık, İlhan, Kaya).
  // The root collation would put Çakır before Canlı and İlhan before Işık.
  before("tr", {"canli-cemal", "cakir-cagri", "demir-davut"});
  before("tr", {"hanci-hakan", "isik-irmak", "ilhan-ilker", "kaya-kemal"});
  // Russian: Ё sorts with Е (Ежов, Ёлкин, Ершов, Жуков); by code point Ё would come first of all.
  before("ru", {"yezhov-ivan", "yolkin-ivan", "ershov-ivan", "zhukov-ivan"});
}

TEST_CASE("author page: the name in the page's language, affiliation, contact, papers", "[e2e][authors]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const ByLang names = {{"kk", "Арман Ахметов"}, {"ru", "Арман Ахметов"}, {"tr", "Arman Akhmetov"}, {"en", "Arman Akhmetov"}};
  const ByLang affiliations = {{"kk", "Әл-Фараби атындағы Қазақ ұлттық университеті"},
                               {"ru", "Казахский национальный университет имени аль-Фараби"},
                               {"tr", "Al-Farabi Kazakh National University"},
                               {"en", "Al-Farabi Kazakh National University"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "authors/akhmetov-arman/");
    const std::string& html = s.page(path);
    auto h1 = find_tags(html, "h1");
    REQUIRE(h1.size() == 1);
    CHECK(visible_text(inner(html, h1[0])) == names.at(lang));
    CHECK(contains(visible_text(html), affiliations.at(lang)));
    CHECK(find_tags(html, "a", "href", "mailto:a.akhmetov@example.kz").size() == 1);
    CHECK(find_tags(html, "a", "href", "https://orcid.org/0000-0002-1825-0097").size() == 1);
    std::vector<std::string> papers;
    for (const auto& card : with_class(html, "paper-card-title")) {
      std::string frag;
      papers.push_back(link_target(path, card.get("href"), "", frag));
    }
    CHECK(papers == std::vector<std::string>{paper_page(lang, "delta-energy-cooperation")});
  }
  // The Kazakh name is in Kazakh script on the kk page, the Russian spelling on the ru page.
  CHECK(visible_text(inner(s.page(page_of("kk", "authors/alieva-aliya/")),
                           find_tags(s.page(page_of("kk", "authors/alieva-aliya/")), "h1").at(0))) == "Әлия Әлиева");
  CHECK(visible_text(inner(s.page(page_of("ru", "authors/alieva-aliya/")),
                           find_tags(s.page(page_of("ru", "authors/alieva-aliya/")), "h1").at(0))) == "Алия Алиева");
  // Without a Kazakh spelling, the kk page shows the Russian one, marked as Russian.
  const std::string& yilmaz = s.page(page_of("kk", "authors/yilmaz-ali/"));
  CHECK(shown_in_lang(inner(yilmaz, find_tags(yilmaz, "h1").at(0)), "ru", "Али Йылмаз"));
  const std::string& yilmaz_tr = s.page(page_of("tr", "authors/yilmaz-ali/"));
  CHECK(visible_text(inner(yilmaz_tr, find_tags(yilmaz_tr, "h1").at(0))) == "Ali Yılmaz");
}

TEST_CASE("author page: the same id on two papers is one person with both papers", "[e2e][authors]") {
  // kalkan-erol is an author of alpha-smart-power (2024-09) and epsilon-education (2022-03)
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const ByLang names = {{"kk", "Ерол Калкан"}, {"ru", "Эрол Калкан"}, {"tr", "Erol Kalkan"}, {"en", "Erol Kalkan"}};
  const ByLang counts = {{"kk", "2 мақала"}, {"ru", "2 статьи"}, {"tr", "2 makale"}, {"en", "2 papers"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string path = page_of(lang, "authors/kalkan-erol/");
    const std::string& html = s.page(path);
    CHECK(visible_text(inner(html, find_tags(html, "h1").at(0))) == names.at(lang));
    std::vector<std::string> papers;
    for (const auto& card : with_class(html, "paper-card-title")) {
      std::string frag;
      papers.push_back(link_target(path, card.get("href"), "", frag));
    }
    CHECK(papers == std::vector<std::string>{paper_page(lang, "alpha-smart-power"), paper_page(lang, "epsilon-education")});
    // listed once in the index, with both papers counted
    std::string index_path = page_of(lang, "authors/");
    const std::string& index = s.page(index_path);
    size_t n = 0;
    for (const auto& li : find_tags(index, "li")) {
      std::string body = inner(index, li);
      auto links = links_in(index_path, body);
      if (links.empty() || links[0].file != path) continue;
      ++n;
      CHECK(contains(visible_text(body), counts.at(lang)));
    }
    CHECK(n == 1);
  }
  // the paper pages link the one author page
  for (const auto& lang : kLangs)
    for (const std::string& id : {std::string("alpha-smart-power"), std::string("epsilon-education")}) {
      std::string path = paper_page(lang, id);
      const std::string& html = s.page(path);
      auto authors = with_class(html, "paper-authors");
      REQUIRE(authors.size() == 1);
      size_t n = 0;
      for (const auto& l : links_in(path, inner(html, authors[0])))
        if (l.file == page_of(lang, "authors/kalkan-erol/")) ++n;
      INFO(path);
      CHECK(n == 1);
    }
}

TEST_CASE("author page: the email and ORCID known from any of the author's papers are shown", "[e2e][authors]") {
  // kalkan-erol's email and ORCID are stated on epsilon-education only; alpha-smart-power
  // gives his name in four languages and his affiliation.
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    const std::string& html = s.page(page_of(lang, "authors/kalkan-erol/"));
    CHECK(find_tags(html, "a", "href", "mailto:erol.kalkan@example.org").size() == 1);
    CHECK(find_tags(html, "a", "href", "https://orcid.org/0000-0001-5109-3700").size() == 1);
    // and what alpha-smart-power knows is kept as well
    CHECK(contains(visible_text(html), lang == "tr" ? "Ankara Üniversitesi" : "Ankara University"));
  }
}
