// End to end: the repository's real content (content/, templates/, assets/),
// copied into a temporary portal and built by the real `portal` binary. The
// portal that is published must check without an error, warn only about what
// the sources themselves lack (citations with no reference list to resolve
// them), and have no broken link or anchor anywhere.

#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>

#include "../support/portal_fixture.h"
#include "../support/site_pages.h"

using namespace portal::fixture;
using portal::fixture::site_pages::ByLang;
using portal::fixture::site_pages::links_in;
using portal::fixture::site_pages::one_with_class;

namespace {

const std::string kTestBase = "https://portal.example.org/kz-tr/";

/// A portal folder holding a copy of the repository's real content, templates and assets.
fs::path make_real_portal(const TempDir& dir) {
  fs::path root = dir / "portal";
  copy_tree(source_dir() / "content", root / "content");
  copy_tree(source_dir() / "templates", root / "templates");
  copy_tree(source_dir() / "assets", root / "assets");
  return root;
}

/// The base_url of content/site.yaml, or "" when it has none.
std::string base_url_of(const fs::path& root) {
  for (const auto& line : lines_of(slurp(root / "content" / "site.yaml")))
    if (line.rfind("base_url:", 0) == 0) {
      std::string v = line.substr(9);
      v.erase(0, v.find_first_not_of(" \t\"'"));
      v.erase(v.find_last_not_of(" \t\"'\r") + 1);
      return v;
    }
  return "";
}

/// The real content built once as it is, and once with a base_url (so that
/// feeds, sitemap and absolute URLs are written too).
const BuiltSite& real_site(bool with_base) {
  static std::unique_ptr<BuiltSite> sites[2];
  auto& site = sites[with_base ? 1 : 0];
  if (!site)
    site = shared_site(with_base ? "real-with-base-url" : "real", [with_base](const TempDir& dir) {
      fs::path root = make_real_portal(dir);
      if (with_base && base_url_of(root).empty()) append(root / "content" / "site.yaml", "\nbase_url: " + kTestBase + "\n");
      return root;
    });
  return *site;
}

/// The values of "- id: X" entries at the start of lines of a YAML list file.
std::vector<std::string> ids_in_yaml(const fs::path& file) {
  std::vector<std::string> out;
  static const std::regex id_line(R"(^- id:\s*["']?([A-Za-z0-9_-]+)["']?\s*$)");
  for (const auto& line : lines_of(slurp(file))) {
    std::smatch m;
    if (std::regex_match(line, m, id_line)) out.push_back(m[1]);
  }
  return out;
}

std::vector<std::string> paper_ids(const fs::path& root) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(root / "content" / "papers"))
    if (e.path().extension() == ".md") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string report_of(const std::vector<std::string>& problems) {
  std::string report;
  for (size_t i = 0; i < problems.size() && i < 50; ++i) report += problems[i] + "\n";
  if (problems.size() > 50) report += "… and " + std::to_string(problems.size() - 50) + " more\n";
  return report;
}

/// Every line of `err` is a warning about a source without a reference list,
/// in a paper whose front matter indeed has none.
void expect_only_source_gaps(const fs::path& root, const std::string& err) {
  for (const auto& line : lines_of(err)) {
    INFO(line);
    if (contains(line, ": note: Google Scholar needs what this paper lacks: ")) continue;  // check's completeness report
    CHECK(contains(line, ": warning: "));
    CHECK(contains(line, "cannot be resolved: the source has no reference list"));
    std::string file = line.substr(0, line.find(':'));
    CHECK_FALSE(contains(slurp(root / file), "\nreferences:"));
  }
}

}  // namespace

TEST_CASE("real content: portal check reports no errors, and warns only about what the sources lack",
          "[e2e][real]") {
  TempDir dir;
  fs::path root = make_real_portal(dir);
  RunResult r = run_portal({"check", "--root", root.string()});
  INFO("stdout:\n" << r.out << "\nstderr:\n" << r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "no errors"));
  expect_only_source_gaps(root, r.err);
  CHECK_FALSE(fs::exists(root / "site"));  // check writes nothing
  // notes, not warnings, for what Google Scholar needs and a paper lacks; the papers that name
  // their authors, date and journal get none
  for (const char* id : {"kazakhstan-turkiye-ots", "kazakhstan-turkiye-cooperation-1990-2000", "turkish-cinema-soft-power"}) {
    INFO(id);
    CHECK(contains(r.err, std::string("content/papers/") + id + ".md: note: Google Scholar needs what this paper lacks: "));
  }
  CHECK(contains(r.err, "content/papers/kazakhstan-turkiye-ots.md: note: Google Scholar needs what this paper lacks: a "
                        "published title (the title is editorial), authors"));
  CHECK_FALSE(contains(r.err, "smart-power-kazakhstan-turkiye.md: note"));
  CHECK(contains(r.err, "content/papers/turkic-integration-turkiye-kazakhstan.md: note: Google Scholar needs what this paper "
                        "lacks: a publication date, a journal name;"));
  CHECK(contains(r.out, " note(s)"));
}

TEST_CASE("real content: the site builds without a warning, every page in every language", "[e2e][real]") {
  const BuiltSite& s = real_site(false);
  INFO("stdout:\n" << s.run.out << "\nstderr:\n" << s.run.err);
  REQUIRE(s.run.status == 0);
  expect_only_source_gaps(s.root, s.run.err);
  CHECK(contains(s.run.out, "portal build:"));
  auto papers = paper_ids(s.root);
  auto topics = ids_in_yaml(s.root / "content" / "topics.yaml");
  REQUIRE(papers.size() >= 5);
  REQUIRE(topics.size() >= 3);
  for (const auto& lang : kLangs) {
    INFO(lang);
    for (const std::string rest : {"", "papers/", "topics/", "timeline/", "authors/"})
      CHECK(s.files.count(lang + "/" + rest + "index.html") == 1);
    for (const auto& id : papers) CHECK(s.files.count(lang + "/papers/" + id + "/index.html") == 1);
    for (const auto& t : topics) {
      CHECK(s.files.count(lang + "/topics/" + t + "/index.html") == 1);
      CHECK(s.files.count(lang + "/timeline/" + t + "/index.html") == 1);
    }
  }
  for (const auto& id : papers)
    for (const std::string ext : {".bib", ".ris", ".json"}) CHECK(s.files.count("papers/" + id + ext) == 1);
  for (const auto& path : html_pages(s.files)) {
    INFO(path);
    std::string lang = path.substr(0, path.find('/'));
    if (std::find(kLangs.begin(), kLangs.end(), lang) != kLangs.end()) CHECK(html_lang(s.page(path)) == lang);
    CHECK_FALSE(contains(s.page(path), "{{"));  // no unrendered template tag
  }
}

TEST_CASE("real content: every event on exactly one period page of every language, in date order",
          "[e2e][real][timeline]") {
  const BuiltSite& s = real_site(false);
  REQUIRE(s.run.status == 0);
  auto events = ids_in_yaml(s.root / "content" / "timeline.yaml");
  REQUIRE(events.size() >= 100);
  for (const auto& lang : kLangs) {
    INFO(lang);
    // the periods, as the front page links them
    const std::string front = lang + "/timeline/index.html";
    const std::string& index = s.page(front);
    auto navs = with_class(index, "timeline-periods");
    REQUIRE(navs.size() == 1);
    std::map<std::string, int> shown;
    std::vector<std::string> dates;
    size_t pages = 0;
    for (const auto& a : find_tags(inner(index, navs[0]), "a")) {
      std::string frag;
      std::string file = link_target(front, a.get("href"), "", frag);
      INFO(file);
      REQUIRE(s.files.count(file) == 1);
      ++pages;
      const std::string& html = s.files.at(file);
      for (const auto& t : start_tags(html)) {
        if (t.name == "li" && t.get("id").rfind("event-", 0) == 0) shown[t.get("id").substr(6)]++;
        if (t.name == "time" && t.has("datetime")) dates.push_back(t.get("datetime"));
        CHECK(t.name != "h4");
      }
    }
    CHECK(pages >= 4);
    for (const auto& id : events) {
      INFO(id);
      CHECK(shown[id] == 1);
    }
    CHECK(shown.size() == events.size());
    // ISO dates at their own precision sort as text within a year; years in order
    for (size_t i = 1; i < dates.size(); ++i) {
      INFO(dates[i - 1] << " then " << dates[i]);
      CHECK(dates[i - 1].substr(0, 4) <= dates[i].substr(0, 4));
    }
  }
}

TEST_CASE("real content: vague dates as the sources give them, with no invented year or datetime",
          "[e2e][real][timeline][i18n]") {
  const BuiltSite& s = real_site(false);
  REQUIRE(s.run.status == 0);
  const std::map<std::string, ByLang> expected = {
      {"oghuz-separation-10th-11th-centuries",
       {{"kk", "X–XI ғасырлар"}, {"ru", "X–XI вв."}, {"tr", "10.–11. yüzyıllar"}, {"en", "10th–11th centuries"}}},
      {"kazakh-khanate-ottoman-correspondence-18th-century",
       {{"kk", "XVIII ғасыр"}, {"ru", "XVIII в."}, {"tr", "18. yüzyıl"}, {"en", "18th century"}}},
      {"ottoman-theologians-in-kazakhstan-19th-century",
       {{"kk", "XIX ғасырдың екінші жартысы"}, {"ru", "Вторая половина XIX в."},
        {"tr", "19. yüzyılın ikinci yarısı"}, {"en", "Second half of the 19th century"}}},
      {"kazakh-migration-from-china-to-turkiye",
       {{"kk", "XX ғасырдың бірінші жартысы"}, {"ru", "Первая половина XX в."},
        {"tr", "20. yüzyılın ilk yarısı"}, {"en", "First half of the 20th century"}}},
      {"ataturk-on-turkic-peoples-1930s",
       {{"kk", "1930 жылдар"}, {"ru", "1930-е годы"}, {"tr", "1930'lu yıllar"}, {"en", "1930s"}}}};
  for (const auto& lang : kLangs) {
    const std::string& html = s.page(lang + "/timeline/before-1990/index.html");
    for (const auto& [id, by_lang] : expected) {
      INFO(lang << ": " << id);
      auto li = find_tags(html, "li", "id", "event-" + id);
      REQUIRE(li.size() == 1);
      std::string ev = inner(html, li[0]);
      CHECK(find_tags(ev, "time").empty());  // a period, not a date
      CHECK(decode_entities(visible_text(inner(ev, one_with_class(ev, "event-when")))) == by_lang.at(lang));
      // the heading above it names the period too, not a year
      CHECK(contains(decode_entities(html), "class=\"year-heading\">" + by_lang.at(lang) + "</h2>"));
    }
    // the overview names the earliest event's centuries, never "901"
    std::string summary = visible_text(inner(s.page(lang + "/timeline/index.html"),
                                             one_with_class(s.page(lang + "/timeline/index.html"), "overview-summary")));
    CHECK(contains(summary, expected.at("oghuz-separation-10th-11th-centuries").at(lang)));
    CHECK_FALSE(contains(summary, "901"));
  }
  // no datetime anywhere that HTML does not accept: four-digit years from 1000
  for (const auto& path : html_pages(s.files))
    for (const auto& t : find_tags(s.files.at(path), "time")) {
      INFO(path << ": " << t.get("datetime"));
      REQUIRE(t.has("datetime"));
      CHECK(t.get("datetime").size() >= 4);
      CHECK(t.get("datetime")[0] != '0');
    }
}

TEST_CASE("real content: each event lists a source paper once, its sections marked with their language",
          "[e2e][real][timeline]") {
  const BuiltSite& s = real_site(false);
  REQUIRE(s.run.status == 0);
  size_t sections = 0;
  for (const auto& path : html_pages(s.files)) {
    if (!contains(path, "/timeline/")) continue;
    const std::string& html = s.files.at(path);
    for (const auto& src : with_class(html, "event-sources")) {
      std::string body = inner(html, src);
      std::set<std::string> papers;
      for (const auto& l : links_in(path, body)) {
        if (!l.fragment.empty()) continue;
        INFO(path << ": " << l.file);
        CHECK(papers.insert(l.file).second);
      }
      for (const auto& group : with_class(body, "event-sections"))
        for (const auto& a : find_tags(inner(body, group), "a")) {
          CHECK(a.has("lang"));
          ++sections;
        }
    }
  }
  CHECK(sections > 100);
}

TEST_CASE("real content: link checker finds no broken link or anchor in the whole site", "[e2e][real][links]") {
  const BuiltSite& s = real_site(false);
  REQUIRE(s.run.status == 0);
  size_t checked = 0;
  auto problems = broken_links(s.files, base_url_of(s.root), &checked);
  INFO(problems.size() << " problem(s):\n" << report_of(problems));
  CHECK(problems.empty());
  CHECK(checked > 10000);
}

TEST_CASE("real content: element ids are unique on every page", "[e2e][real][links]") {
  const BuiltSite& s = real_site(false);
  REQUIRE(s.run.status == 0);
  std::vector<std::string> problems;
  for (const auto& path : html_pages(s.files)) {
    std::map<std::string, int> seen;
    for (const auto& id : ids_of(s.page(path))) ++seen[id];
    for (const auto& [id, n] : seen)
      if (n > 1) problems.push_back(path + ": id=\"" + id + "\" ×" + std::to_string(n));
  }
  INFO(report_of(problems));
  CHECK(problems.empty());
}

TEST_CASE("real content with a base_url: feeds and sitemap are well-formed and every URL resolves",
          "[e2e][real][links][feeds]") {
  const BuiltSite& s = real_site(true);
  INFO("stdout:\n" << s.run.out << "\nstderr:\n" << s.run.err);
  REQUIRE(s.run.status == 0);
  expect_only_source_gaps(s.root, s.run.err);
  std::string base = base_url_of(s.root);
  REQUIRE_FALSE(base.empty());
  for (const auto& lang : kLangs) {
    INFO(lang);
    REQUIRE(s.files.count(lang + "/feed.xml") == 1);
    std::string error;
    CHECK(xml_well_formed(s.out / lang / "feed.xml", &error));
    INFO(error);
    CHECK(count_of(s.page(lang + "/feed.xml"), "<entry>") >= 1);
  }
  REQUIRE(s.files.count("sitemap.xml") == 1);
  std::string error;
  CHECK(xml_well_formed(s.out / "sitemap.xml", &error));
  INFO(error);
  // every page but 404.html is in the sitemap
  const std::string& sitemap = s.page("sitemap.xml");
  for (const auto& path : html_pages(s.files)) {
    if (path == "404.html") continue;
    std::string url = base + (path == "index.html" ? "" : path.substr(0, path.size() - std::string("index.html").size()));
    INFO(path);
    CHECK(contains(sitemap, "<loc>" + url + "</loc>"));
  }
  CHECK(has_line(s.page("robots.txt"), "Sitemap: " + base + "sitemap.xml"));
  size_t checked = 0;
  auto problems = broken_links(s.files, base, &checked);
  INFO(problems.size() << " problem(s):\n" << report_of(problems));
  CHECK(problems.empty());
  CHECK(checked > 10000);
}

TEST_CASE("real content: 'cite this' by APA 7 and GOST R 7.0.5-2008 for the five papers", "[e2e][real][cite]") {
  const BuiltSite& s = real_site(false);
  REQUIRE(s.run.status == 0);
  auto cite = [&](const std::string& lang, const std::string& id, const std::string& which) {
    const std::string& html = s.page(lang + "/papers/" + id + "/index.html");
    auto p = find_tags(html, "p", "id", "cite-" + which);
    REQUIRE(p.size() == 1);
    // As the Copy button copies it: without the word joiners that keep a
    // range ("425–448", "1990–2000") on one line, which the manuals do not print.
    std::string text = visible_text(inner(html, p[0]));
    for (size_t at; (at = text.find("\u2060")) != std::string::npos;) text.erase(at, 3);
    return text;
  };
  auto lang_of = [&](const std::string& lang, const std::string& id, const std::string& which) {
    const std::string& html = s.page(lang + "/papers/" + id + "/index.html");
    return find_tags(html, "p", "id", "cite-" + which).at(0).get("lang");
  };
  // APA for every paper on every language's page, written from the manual: §6.17 sentence case
  // (proper nouns from the portal's texts in the title's language), §9.38 the English title in
  // brackets on the English page, romanised Cyrillic (BGN/PCGN) on Latin pages, §9.25 the special
  // issue in parentheses, §9.12 the title in the author's place, §9.17 "n.d." per page language,
  // §9.21 an editorial title as a description in brackets, in the page's language
  const std::string smart = "smart-power-kazakhstan-turkiye", turkic = "turkic-integration-turkiye-kazakhstan",
                    cinema = "turkish-cinema-soft-power", ots = "kazakhstan-turkiye-ots",
                    coop = "kazakhstan-turkiye-cooperation-1990-2000";
  const std::string smart_tr = "Kalkan, E., & Bektassova, M. (2024). Kazakistan-Türkiye ilişkilerinin gelişiminde akıllı güç";
  const std::string smart_src = "İmgelem, (Özbekistan Özel Sayısı), 425–448. https://doi.org/10.53791/imgelem.1480702";
  const std::string turkic_ru = "Реализация концепции тюркской интеграции в отношениях между Турцией и Казахстаном. "
                                "https://doi.org/10.35775/PSI.2026.131.2.019";
  const std::string turkic_latn = "Realizatsiya kontseptsii tyurkskoy integratsii v otnosheniyakh mezhdu Turtsiyey i "
                                  "Kazakhstanom";
  const std::string cinema_kk = "Түркияның киноиндустриясын Орталық Азия мен Қазақстандағы «жұмсақ күш» саясатының "
                                "құралы ретінде талдау. ";
  const std::string cinema_latn = "Türkīyanyng kīnoīndūstrīyasyn Ortalyq Azīya men Qazaqstandaghy «zhumsaq küsh» "
                                  "sayasatynyng quraly retinde taldaū";
  const std::string coop_kk = "[Түркі интеграциясы аясындағы Қазақстан мен Түркия ынтымақтастығы: Кеңес Одағы "
                              "ыдырағаннан кейінгі кезең (1990–2000)]. ";
  const std::map<std::pair<std::string, std::string>, std::string> apa = {
      {{"en", smart}, smart_tr + " [Smart power in the development of Kazakhstan-Türkiye relations]. " + smart_src},
      {{"kk", smart}, smart_tr + ". " + smart_src},
      {{"ru", smart}, smart_tr + ". " + smart_src},
      {{"tr", smart}, smart_tr + ". " + smart_src},
      {{"en", turkic}, "Yilmaz, M. (n.d.). " + turkic_latn + " [Implementation of the concept of Turkic integration "
                       "in relations between Turkey and Kazakhstan]. https://doi.org/10.35775/PSI.2026.131.2.019"},
      {{"tr", turkic}, "Yilmaz, M. (t.y.). " + turkic_latn + ". https://doi.org/10.35775/PSI.2026.131.2.019"},
      {{"ru", turkic}, "Йылмаз, М. (б.\u00A0г.). " + turkic_ru},
      {{"kk", turkic}, "Йылмаз, М. (ж.ж.). " + turkic_ru},
      {{"en", cinema}, cinema_latn + " [Analysis of the Turkish film industry as an instrument of the “soft power” "
                       "policy in Central Asia and Kazakhstan]. (n.d.)."},
      {{"tr", cinema}, cinema_latn + ". (t.y.)."},
      {{"kk", cinema}, cinema_kk + "(ж.ж.)."},
      {{"ru", cinema}, cinema_kk + "(б.\u00A0г.)."},
      // 001 on the Turkish page: its paper has no Turkish text, the other papers and the
      // timeline tell "Türk Devletleri Teşkilatı" (a name) from "oluşum", "rol" (common words)
      {{"tr", ots}, "[Türk Devletleri Teşkilatının oluşumunda Kazakistan ve Türkiye’nin rolü]. (t.y.)."},
      {{"ru", ots}, "[Роль Казахстана и Турции в формировании Организации тюркских государств]. (б.\u00A0г.)."},
      {{"kk", ots}, "[Түркі мемлекеттері ұйымының қалыптасуындағы Қазақстан мен Түркияның рөлі]. (ж.ж.)."},
      // "Türkiye" stays a name on the English pages, though their English abstracts say "Turkey"
      {{"en", ots}, "[The role of Kazakhstan and Türkiye in the formation of the Organization of Turkic States]. (n.d.)."},
      {{"tr", coop}, "[Sovyetler Birliği’nin dağılmasından sonra Türk entegrasyonu çerçevesinde Kazakistan ve Türkiye "
                     "iş birliği (1990–2000)]. (t.y.)."},
      {{"ru", coop}, "[Сотрудничество Казахстана и Турции в рамках тюркской интеграции после распада Советского Союза "
                     "(1990–2000)]. (б.\u00A0г.)."},
      {{"kk", coop}, coop_kk + "(ж.ж.)."},
      {{"en", coop}, "[Cooperation between Kazakhstan and Türkiye within Turkic integration after the collapse of the "
                     "Soviet Union (1990–2000)]. (n.d.)."},
  };
  REQUIRE(apa.size() == 20);
  for (const auto& [page, expected] : apa) {
    INFO(page.first << " " << page.second);
    CHECK(cite(page.first, page.second, "apa") == expected);
  }
  CHECK(lang_of("en", turkic, "apa") == "ru-Latn");
  CHECK(lang_of("ru", turkic, "apa") == "ru");
  // GOST R 7.0.5-2008: the document's language for the abbreviations, bound by no-break spaces
  for (const auto& lang : kLangs)
    CHECK(cite(lang, smart, "gost") ==
          "Kalkan\u00A0E., Bektassova\u00A0M. Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç // İmgelem. "
          "2024. Özbekistan Özel Sayısı. P.\u00A0425–448. DOI: 10.53791/imgelem.1480702.");
  CHECK(cite("en", turkic, "gost") ==
        "Йылмаз\u00A0М. Реализация концепции тюркской интеграции в отношениях между Турцией и Казахстаном. [б.\u00A0г.]. "
        "DOI: 10.35775/PSI.2026.131.2.019.");
  CHECK(cite("kk", cinema, "gost") == cinema_kk + "[б.\u00A0г.].");
  CHECK(cite("en", ots, "gost") ==
        "[Түркі мемлекеттері ұйымының қалыптасуындағы Қазақстан мен Түркияның рөлі]. [б.\u00A0г.].");
  CHECK(cite("tr", coop, "gost") == coop_kk + "[б.\u00A0г.].");
  for (const auto& lang : kLangs) CHECK(lang_of(lang, "kazakhstan-turkiye-ots", "apa") == lang);
}

TEST_CASE("real content: 003's table has its title line as its caption, on every language's page", "[e2e][real]") {
  const BuiltSite& s = real_site(false);
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    const std::string& html = s.page(lang + "/papers/smart-power-kazakhstan-turkiye/index.html");
    CHECK(contains(html, "<div class=\"table-wrap\"><table><caption>Tablo: 1. 2014-2020 Yılları Arasında Türkiye’de "
                         "Öğrenim Gören Kazakistanlı Öğrenci Sayısı</caption>"));
    CHECK_FALSE(contains(html, "<p>Tablo: 1."));
  }
}
