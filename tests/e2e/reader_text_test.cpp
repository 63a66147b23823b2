// End to end: what a reader of the published portal reads. The repository's
// real content is built once; the checks are on the pages' text: the edition
// statements and editorial marks, the timeline that says only what the papers
// say (or names its source), corrected translations and UI strings, the
// self-hosted fonts, a 404 page for every language, and visibly marked
// foreign-language items.

#include <catch2/catch.hpp>

#include <regex>

#include "../support/html_scan.h"
#include "../support/portal_fixture.h"
#include "../support/site_pages.h"

using namespace portal::fixture;
using namespace portal::fixture::site_pages;

namespace {


/// The repository's content, templates and assets, built once.
const BuiltSite& published_site() {
  static std::unique_ptr<BuiltSite> site = shared_site("real", [](const TempDir& dir) {
    fs::path root = dir / "portal";
    for (const char* d : {"content", "templates", "assets"}) copy_tree(source_dir() / d, root / d);
    return root;
  });
  return *site;
}

std::vector<std::string> paper_ids() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(source_dir() / "content" / "papers"))
    if (e.path().extension() == ".md") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

/// The visible text of the page's <main>.
std::string main_text(const std::string& html) {
  size_t a = html.find("<main"), b = html.find("</main>");
  return visible_text(html.substr(a, b - a));
}

/// `html` without its editorial marks (`<ins class="editorial…" …>…</ins>`).
std::string without_editorial_marks(std::string html) {
  static const std::regex mark(R"(<ins class="editorial( explained)?"[^>]*>.*?</ins>)");
  return std::regex_replace(html, mark, "");
}

}  // namespace

TEST_CASE("published: every paper page has its edition statement, and [sic] appears only as the editors' mark",
          "[e2e][real][editorial]") {
  const BuiltSite& s = published_site();
  INFO(s.run.err);
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::string> heading = {
      {"kk", "Осы басылым туралы"}, {"ru", "Об этом издании"}, {"tr", "Bu baskı hakkında"}, {"en", "About this edition"}};
  for (const auto& id : paper_ids())
    for (const auto& lang : kLangs) {
      INFO(lang << ": " << id);
      const std::string& html = s.page(paper_page(lang, id));
      REQUIRE(contains(html, "<section class=\"edition\" id=\"edition\""));
      CHECK(contains(main_text(html), heading.at(lang)));
      // The footer points to the statement on the same page.
      size_t footer = html.find("<footer");
      CHECK(contains(html.substr(footer), "<a href=\"#edition\">" + heading.at(lang) + "</a>"));
      // Outside the editors' marks (and the statement that explains them), no
      // "[sic]" that a reader could take for the authors'.
      std::string text = main_text(without_editorial_marks(html));
      size_t edition = text.find(heading.at(lang));
      CHECK_FALSE(contains(text.substr(0, edition), "[sic]"));
    }
  // The counts are the paper's own: 003 (smart power) repairs look-alike
  // letters, 002 (Turkic integration) the citations' "Р.", and the [sic] marks
  // on the page are as many as the statement says.
  std::string sp = main_text(s.page(paper_page("en", "smart-power-kazakhstan-turkiye")));
  CHECK(contains(sp, "2,876 look-alike letters repaired"));
  CHECK(contains(sp, "6 [sic] marks added"));
  CHECK(with_class(s.page(paper_page("en", "smart-power-kazakhstan-turkiye")), "editorial").size() == 6);
  // Printed, a page explains its first mark only (the print style writes out
  // an `explained` mark's title): one explanation per page, not six.
  for (const auto& id : paper_ids())
    for (const auto& lang : kLangs) {
      INFO(lang << ": " << id);
      const std::string& html = s.page(paper_page(lang, id));
      auto marks = with_class(html, "editorial");
      auto explained = with_class(html, "explained");
      CHECK(explained.size() == (marks.empty() ? 0u : 1u));
      if (!marks.empty()) CHECK(marks.front().get("class") == "editorial explained");
    }
  std::string ti = main_text(s.page(paper_page("ru", "turkic-integration-turkiye-kazakhstan")));
  CHECK(contains(ti, "В 5 внутритекстовых ссылках кириллическая «Р.» исправлена на латинскую «P.»"));
  CHECK(contains(main_text(s.page(paper_page("tr", "kazakhstan-turkiye-cooperation-1990-2000"))),
                 "Başlık editörlerce verilmiştir; kaynakta başlık yoktur"));
}

// The visible text of every timeline page of one language, the periods' pages
// and the topics' included: the timeline is paged, so an event is on one of them.
static std::string timeline_text(const BuiltSite& s, const std::string& lang) {
  std::string text;
  const std::string prefix = lang + "/timeline/";
  for (const auto& [rel, bytes] : s.files)
    if (rel.rfind(prefix, 0) == 0 && rel.size() > 5 && rel.substr(rel.size() - 5) == ".html")
      text += main_text(bytes) + "\n";
  return text;
}

TEST_CASE("published: the timeline says only what the papers say, or names its source", "[e2e][real][timeline]") {
  const BuiltSite& s = published_site();
  REQUIRE(s.run.status == 0);
  std::string en = timeline_text(s, "en");
  for (const char* outside : {"usually dated", "early 1950s", "1933", "17 September 2022", "dated to 1992",
                              "marked [sic] in the paper file", "[sic]"}) {
    INFO(outside);
    CHECK_FALSE(contains(en, outside));
  }
  CHECK(contains(en, "the Nakhchivan Agreement on the Establishment of the Cooperation Council of Turkic Speaking "
                     "States, is dated Nakhchivan, 3 October 2009"));
  CHECK(contains(en, "so printed in the source; the portal's editors mark the figure as a probable slip"));
  for (const auto& lang : {"kk", "ru", "tr"}) {
    INFO(lang);
    std::string text = timeline_text(s, lang);
    CHECK_FALSE(contains(text, "[sic]"));
    CHECK_FALSE(contains(text, "1933"));
  }
  // The migration: most moved on to other states, one of them Türkiye (paper 002).
  CHECK(contains(en, "Some stayed there, but most moved on to other states, one of which was Türkiye."));
  CHECK_FALSE(contains(en, "most of them went on to Türkiye"));
  CHECK(contains(timeline_text(s, "ru"),
                 "большинство продолжило путь в другие государства; одним из них стала Турция"));
  CHECK(contains(timeline_text(s, "kk"),
                 "ал басым бөлігі басқа мемлекеттерге қоныс аударды; солардың бірі Түркия болды"));
  CHECK(contains(timeline_text(s, "tr"),
                 "çoğu ise başka devletlere göçünü sürdürdü; bu devletlerden biri de Türkiye oldu"));
  std::string tr = timeline_text(s, "tr");
  CHECK_FALSE(contains(tr, "Keneş"));
  CHECK(contains(tr, "Türk Konseyi"));
  CHECK(contains(tr, "Kazakistanlı subaylar"));
  CHECK_FALSE(contains(tr, "Kazak subaylar"));
}

TEST_CASE("published: the site's description claims no abstracts the papers do not have", "[e2e][real]") {
  const BuiltSite& s = published_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::string> want = {
      {"en", "each with the abstracts its source gives (in two or three languages, English among them); one survives "
             "as abstracts only."},
      {"ru", "от одной статьи сохранились только аннотации."},
      {"kk", "біреуінің тек аңдатпалары сақталған."},
      {"tr", "birinin yalnızca özetleri elimizdedir."}};
  for (const auto& [lang, text] : want) {
    INFO(lang);
    auto meta = find_tags(s.page(lang + "/index.html"), "meta", "name", "description");
    REQUIRE(meta.size() == 1);
    std::string d = decode_entities(meta[0].get("content"));
    CHECK(contains(d, text));
    CHECK_FALSE(contains(d, "Turkish and English"));
  }
}

TEST_CASE("published: the fonts are the site's own Noto subsets, under 250 kB, with every Kazakh and Turkish letter",
          "[e2e][real][fonts]") {
  const BuiltSite& s = published_site();
  REQUIRE(s.run.status == 0);
  std::vector<std::string> fonts;
  size_t total = 0;
  for (const auto& [rel, bytes] : s.files)
    if (rel.rfind("assets/fonts/", 0) == 0 && rel.size() > 6 && rel.compare(rel.size() - 6, 6, ".woff2") == 0) {
      fonts.push_back((s.out / rel).string());
      total += bytes.size();
      CHECK(bytes.compare(0, 4, "wOF2") == 0);  // WOFF2 signature
    }
  CHECK(fonts.size() == 7);
  CHECK(total <= 250 * 1000);
  // Every face the stylesheet names is in the site.
  const std::string& css = s.page("assets/style.css");
  std::regex face_url(R"re(url\("fonts/([A-Za-z-]+\.woff2)"\))re");
  size_t named = 0;
  for (std::sregex_iterator it(css.begin(), css.end(), face_url), end; it != end; ++it, ++named)
    CHECK(s.files.count("assets/fonts/" + (*it)[1].str()) == 1);
  CHECK(named == fonts.size());
  CHECK(contains(css, "font-display: swap"));
  // python3-fonttools reads each font's cmap: the letters of Kazakh (Cyrillic)
  // and Turkish, both cases, must all be there.
  RunResult r = run_python(
      "import sys\n"
      "from fontTools.ttLib import TTFont\n"
      "letters = 'әғқңөұүһіӘҒҚҢӨҰҮҺІабвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'"
      " + 'çğıöşüÇĞİÖŞÜâîûÂÎÛəƏ' + '«»„“”–—…№'\n"
      "bad = 0\n"
      "for path in sys.argv[1:]:\n"
      "    cmap = TTFont(path).getBestCmap()\n"
      "    missing = [c for c in letters if ord(c) not in cmap]\n"
      "    if missing:\n"
      "        bad += 1\n"
      "        print(path, 'lacks', ''.join(missing))\n"
      "print('checked', len(sys.argv) - 1)\n"
      "sys.exit(1 if bad else 0)\n",
      fonts);
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "checked 7"));
}

TEST_CASE("404: one page for every language, none of them current", "[e2e][404]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const std::string& html = s.page("404.html");
  CHECK(html_lang(html) == "mul");
  CHECK_FALSE(contains(html, "aria-current"));
  // Each language's title, message and way home, each marked with its language.
  auto h1 = find_tags(html, "h1");
  REQUIRE(h1.size() == 1);
  std::string title = inner(html, h1[0]);
  for (const auto& [lang, text] : std::map<std::string, std::string>{
           {"kk", "Бет табылмады"}, {"ru", "Страница не найдена"}, {"tr", "Sayfa bulunamadı"}, {"en", "Page not found"}}) {
    INFO(lang);
    CHECK(contains(title, "<span lang=\"" + lang + "\">" + text + "</span>"));
    CHECK(!find_tags(html, "li", "lang", lang).empty());
  }
  // Nothing in one language only: no navigation, brand, skip link or footer in Kazakh.
  for (const char* one_language : {"Басты бет</a>", "Мазмұнға өту", "<footer", "class=\"brand\"", "Негізгі навигация"}) {
    INFO(one_language);
    CHECK_FALSE(contains(html, one_language));
  }
  // The page is served at any depth: its links are from the server root.
  for (const auto& a : find_tags(html, "a")) CHECK(a.get("href").rfind("/", 0) == 0);
  CHECK(find_tags(html, "link", "rel", "alternate").empty());
}

TEST_CASE("fallbacks: foreign keywords and affiliations carry their language and say so visibly", "[e2e][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // The ots topic's cloud on the English page has keywords only in Russian.
  const std::string& topic = s.page("en/topics/ots/index.html");
  size_t cloud = topic.find("class=\"keyword-cloud\"");
  REQUIRE(cloud != std::string::npos);
  std::string items = topic.substr(cloud, topic.find("</ul>", cloud) - cloud);
  CHECK(contains(items, "<small class=\"fallback-note\" lang=\"en\">(Russian)</small></li>"));
  for (const auto& li : find_tags(items, "li"))
    if (li.has("lang")) CHECK(contains(inner(items, li), "class=\"fallback-note\""));
  // An affiliation given only in Turkish and English, on the Kazakh and Russian pages.
  CHECK(contains(s.page("kk/authors/index.html"),
                 "<span lang=\"en\">Ankara University</span> <small class=\"fallback-note\">(қазақша нұсқасы жоқ, "
                 "ағылшынша нұсқасы берілді)</small>"));
  CHECK(contains(s.page("ru/authors/kalkan-erol/index.html"),
                 "(на русском нет; показано на английском)"));
}

TEST_CASE("UI strings read as a native reader would write them", "[e2e][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  CHECK(contains(main_text(s.page("en/topics/index.html")), "Browse papers and events by topic."));
  CHECK(contains(main_text(s.page("kk/topics/index.html")), "Мақалалар мен хронологияны тақырып бойынша шолыңыз."));
  CHECK(contains(main_text(s.page(paper_page("tr", "alpha-smart-power"))), "Kaynak göster"));
  CHECK(contains(main_text(s.page(paper_page("ru", "gamma-cinema"))), "В источнике авторы не указаны."));
  CHECK(contains(main_text(s.page(paper_page("tr", "gamma-cinema"))), "Kaynakta yazar adı belirtilmemiş."));
  CHECK(contains(s.page("kk/timeline/index.html"), "aria-label=\"Тақырып бойынша сүзу:\""));
  CHECK(contains(s.page("tr/timeline/index.html"), "aria-label=\"Konuya göre süz:\""));
}

TEST_CASE("published: the UI strings the reading corrected, on the pages that show them", "[e2e][real][i18n]") {
  // Each corrected wording where a reader meets it on the real site, and the
  // old wording nowhere on that page.
  const BuiltSite& s = published_site();
  REQUIRE(s.run.status == 0);
  struct Case {
    std::string page, now, before;
  };
  const std::vector<Case> cases = {
      {paper_page("kk", "smart-power-kazakhstan-turkiye"), "қазақша нұсқасы жоқ, ағылшынша нұсқасы берілді",
       "көрсетілген)"},
      {paper_page("kk", "kazakhstan-turkiye-ots"), "Атауын редакция берді; дереккөзде атауы жоқ.", "дереккөзде тақырып"},
      {"kk/topics/ots/index.html", "Шолу мақаласы", "Шолу мақала ·"},
      {paper_page("kk", "kazakhstan-turkiye-ots"), "ГОСТ Р 7.0.5-2008", "МЕМСТ"},
      {"kk/timeline/ots/2010-2014/index.html", "Дереккөздердегі мәлімет әртүрлі", "Дереккөздер әртүрлі"},
      {"kk/topics/index.html", "тақырып бойынша шолыңыз", "өтіңіз"},
      {paper_page("ru", "smart-power-kazakhstan-turkiye"), "на русском нет; показано на английском", "нет на русском"},
      {paper_page("ru", "kazakhstan-turkiye-ots"), "Аннотации на других языках", "Аннотация, язык"},
      {"index.html", "Открыть портал на русском языке", "Перейти на портал"},
      {"tr/timeline/ots/2010-2014/index.html", "Ele alındığı yerler:", "Ele alındığı yer:"},
      {paper_page("tr", "turkic-integration-turkiye-kazakhstan"), "UDC", "UDK"},
      {paper_page("tr", "turkic-integration-turkiye-kazakhstan"), "Kaynak göster", "Bu makaleye atıf"},
      {"tr/topics/ots/index.html", "Makalelerin anahtar kelimeleri", "Makalelerinin"},
      {paper_page("tr", "kazakhstan-turkiye-ots"),
       "Makalede kaynakça bulunmuyor; metin içi atıflar kaynaklara bağlanamıyor", "Kaynakta kaynakça yok"},
      {"en/topics/index.html", "Browse papers and events by topic.", "Enter the papers"},
      {"en/topics/ots/index.html", "Keywords in this topic's papers", "Keywords its papers use"},
      {"en/papers/index.html", "All papers on the portal", "All papers of the portal"},
      {paper_page("en", "kazakhstan-turkiye-ots"), "Title supplied by the editors; the source has none.",
       "The title is the editors'"},
      {"en/authors/yilmaz-muratkhan/index.html", "Other spellings", "Also written"},
      {"en/timeline/soft-power/2010-2014/index.html", "Timeline: Soft power", "Events on the topic"},
  };
  for (const auto& c : cases) {
    INFO(c.page << ": " << c.now);
    std::string text = visible_text(s.page(c.page));
    CHECK(contains(text, c.now));
    CHECK_FALSE(contains(text, c.before));
  }
  // The footer says every kind of change the edition makes, not three of them.
  const std::map<std::string, std::vector<std::string>> footer = {
      {"en", {"repairs look-alike Latin and Cyrillic letters", "sets titles printed in capitals in ordinary case",
              "gives a title where the source has none", "lists that paper's changes, each with its count"}},
      {"ru", {"набирает заглавия, напечатанные прописными буквами, обычным регистром",
              "даёт заглавие, если в источнике его нет", "перечисляет все изменения этой статьи"}},
      {"kk", {"бас әріптермен басылған атауларды кәдімгі жазылуына келтіреді",
              "дереккөзде атауы жоқ мақалаға атау береді", "сол мақаладағы өзгерістердің бәрін"}},
      {"tr", {"büyük harflerle basılmış başlıkları olağan yazıma çevirir",
              "kaynakta başlığı olmayan makaleye bir başlık verir", "o makaledeki değişikliklerin hepsini"}}};
  for (const auto& [lang, parts] : footer) {
    const std::string& html = s.page(lang + "/index.html");
    std::string text = visible_text(html.substr(html.find("<footer")));
    for (const auto& part : parts) {
      INFO(lang << ": " << part);
      CHECK(contains(text, part));
    }
  }
}
