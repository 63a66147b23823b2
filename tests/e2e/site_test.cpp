// End to end: the fixture portal tests/fixtures/basic (four languages, three
// topics, three events, three papers, one without a Turkish title or abstract)
// is built by the real `portal` binary with the project's real templates/ and
// assets/, and the tests read the HTML a reader gets.

#include <catch2/catch.hpp>

#include <set>

#include "../support/portal_fixture.h"

using namespace portal::fixture;

namespace {

const std::vector<std::string> kPapers = {"alpha-smart-power", "beta-turkic-council", "gamma-cinema"};

/// Each language as it names itself (a fact, not a UI string).
std::string autonym(const std::string& lang) {
  if (lang == "kk") return "Қазақша";
  if (lang == "ru") return "Русский";
  if (lang == "tr") return "Türkçe";
  return "English";
}

/// The language of a page from its path ("en/papers/x/index.html" → "en"),
/// or "" for the language-neutral pages at the root.
std::string lang_of_page(const std::string& path) {
  size_t slash = path.find('/');
  if (slash == std::string::npos) return "";
  std::string first = path.substr(0, slash);
  return std::find(kLangs.begin(), kLangs.end(), first) != kLangs.end() ? first : "";
}

/// The same page in another language: "en/papers/x/index.html" → "kk/papers/x/index.html".
std::string translated(const std::string& path, const std::string& lang) { return lang + path.substr(path.find('/')); }


}  // namespace

TEST_CASE("the fixture portal builds cleanly", "[e2e][site]") {
  const BuiltSite& s = basic_site();
  INFO("stderr:\n" << s.run.err);
  REQUIRE(s.run.status == 0);
  CHECK(s.run.err.empty());  // no errors and no warnings in the fixture
  CHECK(contains(s.run.out, "portal build:"));
  CHECK(s.files.count(".portal-site") == 1);
  CHECK(s.files.count("index.html") == 1);
  CHECK(s.files.count("404.html") == 1);
  CHECK(s.files.count("assets/style.css") == 1);
  CHECK(s.files.at("assets/style.css") == slurp(source_dir() / "assets" / "style.css"));
  for (const auto& lang : kLangs) {
    CHECK(s.files.count(lang + "/index.html") == 1);
    CHECK(s.files.count(lang + "/papers/index.html") == 1);
    for (const auto& id : kPapers) CHECK(s.files.count(paper_page(lang, id)) == 1);
  }
}

TEST_CASE("every page declares its language in <html lang>", "[e2e][site][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  auto pages = html_pages(s.files);
  REQUIRE(pages.size() >= 4 * (2 + kPapers.size()) + 2);
  for (const auto& path : pages) {
    INFO(path);
    std::string lang = lang_of_page(path);
    // the root language chooser is in the default language; the 404 page, in
    // all of them equally, is multilingual ("mul"), each part with its own lang
    CHECK(html_lang(s.page(path)) == (path == "404.html" ? "mul" : lang.empty() ? "kk" : lang));
  }
}

TEST_CASE("every language page links its translations with hreflang alternates", "[e2e][site][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  size_t checked = 0;
  for (const auto& path : html_pages(s.files)) {
    if (lang_of_page(path).empty()) continue;
    const std::string& html = s.page(path);
    std::map<std::string, std::vector<std::string>> alternates;
    for (const auto& t : find_tags(html, "link", "rel", "alternate"))
      if (t.has("hreflang")) alternates[t.get("hreflang")].push_back(t.get("href"));
    for (const auto& lang : kLangs) {
      INFO(path << " → hreflang=" << lang);
      REQUIRE(alternates[lang].size() == 1);
      CHECK(resolve_href(path, alternates[lang][0]) == translated(path, lang));
    }
    ++checked;
  }
  CHECK(checked >= 4 * (2 + kPapers.size()));
}

TEST_CASE("the language switcher names each language in itself, with lang and hreflang", "[e2e][site][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& path : html_pages(s.files)) {
    if (lang_of_page(path).empty()) continue;
    const std::string& html = s.page(path);
    for (const auto& lang : kLangs) {
      INFO(path << " → switcher entry for " << lang);
      std::vector<Tag> entries;
      for (const auto& t : find_tags(html, "a", "lang", lang))
        if (t.get("hreflang") == lang) entries.push_back(t);
      REQUIRE(entries.size() == 1);
      CHECK(inner(html, entries[0]) == autonym(lang));
      CHECK(resolve_href(path, entries[0].get("href")) == translated(path, lang));
      // the current language is marked as such, the others are not
      CHECK(entries[0].has("aria-current") == (lang == lang_of_page(path)));
    }
  }
}

TEST_CASE("paper cards and og:title show the original title where the reader's language has none",
          "[e2e][site][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // beta has no Turkish title: its card on the Turkish paper list shows the
  // original (Russian) title with its lang, and the English one beneath it as a translation
  const std::string& list = s.page("tr/papers/index.html");
  std::string card;
  for (const auto& li : with_class(list, "paper-card"))
    if (contains(inner(list, li), "beta-turkic-council/")) card = inner(list, li);
  REQUIRE_FALSE(card.empty());
  auto title = with_class(card, "paper-card-title");
  auto translations = with_class(card, "title-translation");
  REQUIRE(title.size() == 1);
  REQUIRE(translations.size() == 1);
  CHECK(inner(card, title[0]) == "<span lang=\"ru\">Тюркский совет и Казахстан</span>");
  std::string translation = inner(card, translations[0]);
  CHECK(contains(translation, "<span lang=\"en\">The Turkic Council and Kazakhstan</span>"));
  CHECK(contains(visible_text(translation), "Başlığın çevirisi (İngilizce):"));
  CHECK(with_class(card, "fallback-note").empty());  // the title is no fallback; nothing to excuse
  // a paper with a Turkish title has no translation line
  for (const auto& li : with_class(list, "paper-card"))
    if (contains(inner(list, li), "alpha-smart-power/")) CHECK(with_class(inner(list, li), "title-translation").empty());
  // og:title: the title the heading shows, never a fallback translation
  auto og = find_tags(s.page(paper_page("tr", "beta-turkic-council")), "meta", "property", "og:title");
  REQUIRE(og.size() == 1);
  CHECK(og[0].get("content") == "Тюркский совет и Казахстан");
  auto og_en = find_tags(s.page(paper_page("en", "beta-turkic-council")), "meta", "property", "og:title");
  REQUIRE(og_en.size() == 1);
  CHECK(og_en[0].get("content") == "The Turkic Council and Kazakhstan");
}

TEST_CASE("a missing translation falls back visibly, with the fallback text's language marked", "[e2e][site][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // beta has no Turkish title or abstract; site.yaml's chain for tr starts with en
  const std::string& tr = s.page(paper_page("tr", "beta-turkic-council"));

  // the heading is the original (Russian) title, never a translation; the
  // English title follows it, marked as a translation, with its language
  auto h1 = find_tags(tr, "h1");
  REQUIRE(h1.size() == 1);
  std::string title = inner(tr, h1[0]);
  CHECK(title == "<span lang=\"ru\">Тюркский совет и Казахстан</span>");
  auto translations = with_class(tr, "title-translation");
  REQUIRE(translations.size() == 1);
  std::string translation = inner(tr, translations[0]);
  CHECK(contains(translation, "<span lang=\"en\">The Turkic Council and Kazakhstan</span>"));
  CHECK(contains(visible_text(translation), "Başlığın çevirisi (İngilizce):"));

  // the abstract: the English one, marked as a fallback, in an element with lang="en"
  CHECK(shown_in_lang(tr, "en", "The paper considers the founding of the Turkic Council."));
  CHECK(with_class(tr, "fallback-note").size() >= 2);

  // the same paper in English has its own title and abstract: nothing marked
  const std::string& en = s.page(paper_page("en", "beta-turkic-council"));
  auto en_h1 = find_tags(en, "h1");
  REQUIRE(en_h1.size() == 1);
  CHECK(inner(en, en_h1[0]) == "The Turkic Council and Kazakhstan");
  CHECK(shown_in_lang(en, "en", "The paper considers the founding of the Turkic Council."));
  CHECK(with_class(en, "fallback-note").empty());

  // a complete paper never shows a fallback note in any language
  for (const auto& lang : {"ru", "tr", "en"}) {
    INFO(lang);
    const std::string& alpha = s.page(paper_page(lang, "alpha-smart-power"));
    auto a1 = find_tags(alpha, "h1");
    REQUIRE(a1.size() == 1);
    CHECK(with_class(inner(alpha, a1[0]), "fallback-note").empty());
  }
}

TEST_CASE("the abstracts in the other languages are folded in <details>", "[e2e][site][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::string> abstracts = {
      {"kk", "Мақала Қазақстан мен Түркия қатынастарын ақылды күш тұрғысынан талдайды."},
      {"ru", "Статья анализирует отношения Казахстана и Турции с точки зрения умной силы."},
      {"tr", "Bu çalışma Kazakistan-Türkiye ilişkilerini akıllı güç kavramıyla incelemektedir."},
      {"en", "This study examines Kazakhstan–Türkiye relations through the concept of <em>smart power</em>."}};
  for (const auto& page_lang : kLangs) {
    const std::string& html = s.page(paper_page(page_lang, "alpha-smart-power"));
    for (const auto& [lang, text] : abstracts) {
      INFO("page " << page_lang << ", abstract " << lang);
      auto details = find_tags(html, "details", "lang", lang);
      if (lang == page_lang) {
        CHECK(details.empty());
        CHECK(shown_in_lang(html, lang, text));
      } else {
        REQUIRE(details.size() == 1);
        CHECK(contains(inner(html, details[0]), text));
        auto summary = find_tags(inner(html, details[0]), "summary");
        REQUIRE(summary.size() == 1);
      }
    }
  }
  // beta in Turkish: English shown (fallback), Kazakh and Russian folded, nothing for Turkish
  const std::string& tr = s.page(paper_page("tr", "beta-turkic-council"));
  CHECK(find_tags(tr, "details", "lang", "kk").size() == 1);
  CHECK(find_tags(tr, "details", "lang", "ru").size() == 1);
  CHECK(find_tags(tr, "details", "lang", "en").empty());
  CHECK(find_tags(tr, "details", "lang", "tr").empty());
}

TEST_CASE("the full text is wrapped in the language of the original", "[e2e][site][i18n]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    CHECK(shown_in_lang(s.page(paper_page(lang, "alpha-smart-power")), "tr",
                        "<h2 id=\"giris\">Giriş</h2>"));
    CHECK(shown_in_lang(s.page(paper_page(lang, "beta-turkic-council")), "ru",
                        "<h2 id=\"nakhchivan\">Нахичеванское соглашение</h2>"));
  }
  // an abstracts-only paper has no full text, and says so
  const std::string& gamma = s.page(paper_page("en", "gamma-cinema"));
  CHECK_FALSE(contains(gamma, "<h2 id=\"giris\""));
  CHECK(contains(gamma, "Turkish Cinema as an Instrument of Soft Power"));
}

TEST_CASE("the full text's Markdown reaches the page: headings, footnotes, tables, figures", "[e2e][site][markdown]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const std::string& en = s.page(paper_page("en", "alpha-smart-power"));
  const std::string& kk = s.page(paper_page("kk", "alpha-smart-power"));
  auto ids = ids_of(en);
  auto has_id = [&](const std::string& id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
  CHECK(has_id("giris"));                // explicit {#giris}
  CHECK(has_id("kavramsal-cerceve"));    // derived from "Kavramsal Çerçeve"
  CHECK(has_id("kavramsal-cerceve-2"));  // the same heading again
  CHECK(has_id("orgutler"));
  CHECK_FALSE(contains(en, "{#giris}"));
  CHECK(contains(en, "<del>yanlıştır</del>"));
  CHECK(contains(en, "<a href=\"https://example.org/akilli-guc\">"));
  CHECK(contains(en, "<td>2019</td>"));
  CHECK(contains(en, "<blockquote>"));
  CHECK(contains(en, "class=\"footnote-ref\""));
  // the figure whose image the source lacks: its caption, and a note in the reader's language
  auto en_fig = with_class(en, "figure-placeholder");
  auto kk_fig = with_class(kk, "figure-placeholder");
  REQUIRE(en_fig.size() == 1);
  REQUIRE(kk_fig.size() == 1);
  CHECK_FALSE(inner(en, en_fig[0]).empty());
  CHECK(inner(en, en_fig[0]) != inner(kk, kk_fig[0]));
  CHECK(contains(en, "<figcaption>Şekil 1 – Ticaretin gelişimi</figcaption>"));
  CHECK(find_tags(en, "img").empty());
}

TEST_CASE("cross-references become relative links to the right pages and anchors", "[e2e][site][links]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    std::string page = paper_page(lang, "alpha-smart-power");
    const std::string& html = s.page(page);
    std::set<std::string> targets;
    for (const auto& a : find_tags(html, "a"))
      if (a.has("href")) targets.insert(a.get("href"));
    // paper:beta-turkic-council#nakhchivan, in the reader's language
    CHECK(targets.count("../beta-turkic-council/#nakhchivan") == 1);
    // topic:ots and event:nakhchivan-agreement-2009
    CHECK(targets.count("../../topics/ots/") == 1);
    CHECK(targets.count("../../timeline/2005-2009/#event-nakhchivan-agreement-2009") == 1);
    // cite:nye-2004 twice, cite:aydin-2004 once: each with its own id, backlinked from the reference
    CHECK(find_tags(html, "a", "id", "cite-nye-2004-1").size() == 1);
    CHECK(find_tags(html, "a", "id", "cite-nye-2004-2").size() == 1);
    CHECK(find_tags(html, "a", "id", "cite-aydin-2004-1").size() == 1);
    CHECK(find_tags(html, "a", "href", "#ref-nye-2004").size() == 2);
    CHECK(find_tags(html, "li", "id", "ref-nye-2004").size() == 1);
    CHECK(find_tags(html, "a", "href", "#cite-nye-2004-2").size() == 1);
    // a DOI in a reference's text is a link
    CHECK(find_tags(html, "a", "href", "https://doi.org/10.1080/1468384042000228576").size() == 1);
  }
}

TEST_CASE("text from content is escaped", "[e2e][site][escaping]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  const std::string& en = s.page(paper_page("en", "alpha-smart-power"));
  auto h1 = find_tags(en, "h1");
  REQUIRE(h1.size() == 1);
  CHECK(inner(en, h1[0]) == "Smart Power &amp; Soft Power in Kazakhstan–Türkiye Relations");
  for (const auto& path : html_pages(s.files)) {
    INFO(path);
    CHECK_FALSE(contains(s.page(path), "Smart Power & Soft"));
  }
}

TEST_CASE("pages link relatively, only 404.html uses links from the server root", "[e2e][site][links]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  size_t links = 0;
  for (const auto& path : html_pages(s.files)) {
    const std::string& html = s.page(path);
    for (const auto& t : start_tags(html))
      for (const char* attr : {"href", "src", "action"}) {
        if (!t.has(attr)) continue;
        std::string v = t.get(attr);
        ++links;
        INFO(path << ": <" << t.name << " " << attr << "=\"" << v << "\">");
        if (path == "404.html") continue;
        CHECK_FALSE((!v.empty() && v[0] == '/'));
      }
  }
  CHECK(links > 100);
  // the 404 page is served at any depth: its links start at the server root
  auto css = find_tags(s.page("404.html"), "link", "rel", "stylesheet");
  REQUIRE(css.size() == 1);
  CHECK(css[0].get("href") == "/assets/style.css");
}

TEST_CASE("every relative link of every page leads to a file of the site, and its #fragment exists",
          "[e2e][site][links]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  std::map<std::string, std::set<std::string>> ids;
  for (const auto& path : html_pages(s.files))
    for (const auto& id : ids_of(s.page(path))) ids[path].insert(id);
  size_t checked = 0;
  for (const auto& path : html_pages(s.files)) {
    if (path == "404.html") continue;
    for (const auto& t : start_tags(s.page(path)))
      for (const char* attr : {"href", "src"}) {
        if (!t.has(attr)) continue;
        std::string v = t.get(attr);
        if (v.empty() || v[0] == '/' || has_scheme(v)) continue;
        INFO(path << ": " << attr << "=\"" << v << "\"");
        std::string file = resolve_href(path, v);
        CHECK(s.files.count(file) == 1);
        size_t hash = v.find('#');
        if (hash != std::string::npos && s.files.count(file))
          CHECK(ids[file].count(v.substr(hash + 1)) == 1);
        ++checked;
      }
  }
  CHECK(checked > 100);
}

TEST_CASE("element ids are unique on every page", "[e2e][site][links]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  for (const auto& path : html_pages(s.files)) {
    std::map<std::string, int> seen;
    for (const auto& id : ids_of(s.page(path))) ++seen[id];
    for (const auto& [id, n] : seen) {
      INFO(path << ": id=\"" << id << "\"");
      CHECK(n == 1);
    }
  }
}

TEST_CASE("paper cards show only their own paper's data", "[e2e][site]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // beta and gamma have no journal; they are "related" on alpha's page, whose journal is İmgelem
  for (const auto& lang : kLangs) {
    const std::string& html = s.page(paper_page(lang, "alpha-smart-power"));
    for (const auto& card : with_class(html, "paper-card")) {
      std::string body = inner(html, card);
      INFO(lang << ": " << body);
      CHECK_FALSE(contains(body, "İmgelem"));
    }
  }
  // no page shows a JSON object as text
  for (const auto& path : html_pages(s.files)) {
    INFO(path);
    CHECK_FALSE(contains(s.page(path), "{&quot;"));
  }
}

TEST_CASE("two builds of the same content are byte-identical", "[e2e][site][determinism]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  RunResult a = build(root, dir / "site-a");
  RunResult b = build(root, dir / "site-b");
  REQUIRE(a.status == 0);
  REQUIRE(b.status == 0);
  Tree ta = snapshot(dir / "site-a"), tb = snapshot(dir / "site-b");
  CHECK(ta.size() > 50);
  CHECK(tree_diff(ta, tb).empty());
  // and a rebuild into the same folder gives the same bytes again
  RunResult c = build(root, dir / "site-a");
  REQUIRE(c.status == 0);
  CHECK(tree_diff(ta, snapshot(dir / "site-a")).empty());
  // the same content in another folder gives the same site as well
  TempDir other;
  fs::path root2 = make_portal(other);
  REQUIRE(build(root2, other / "site").status == 0);
  CHECK(tree_diff(ta, snapshot(other / "site")).empty());
}

TEST_CASE("a rebuild removes files the new build does not write", "[e2e][site][writer]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path out = dir / "site";
  REQUIRE(build(root, out).status == 0);
  Tree first = snapshot(out);
  REQUIRE(first.count("en/papers/gamma-cinema/index.html") == 1);

  // a file dropped into the site by hand, and a paper removed from content
  spit(out / "en" / "stale.html", "<p>stale</p>");
  spit(out / "old-folder" / "x.txt", "x");
  fs::remove(root / "content" / "papers" / "gamma-cinema.md");
  RunResult r = build(root, out);
  INFO(r.err);
  REQUIRE(r.status == 0);
  Tree second = snapshot(out);
  CHECK(second.count("en/stale.html") == 0);
  CHECK_FALSE(fs::exists(out / "old-folder"));
  for (const auto& lang : kLangs) {
    CHECK(second.count(paper_page(lang, "gamma-cinema")) == 0);
    CHECK_FALSE(fs::exists(out / lang / "papers" / "gamma-cinema"));
    CHECK(second.count(paper_page(lang, "alpha-smart-power")) == 1);
  }
  // no staging folder is left beside the output folder; the previous site is
  // kept, out of the way, as the spare the next build stages into
  std::vector<std::string> siblings;
  for (const auto& e : fs::directory_iterator(dir.path())) siblings.push_back(e.path().filename().string());
  std::sort(siblings.begin(), siblings.end());
  CHECK(siblings == std::vector<std::string>{".portal-cache", "portal", "site"});
  Tree spare = snapshot(dir / ".portal-cache" / "site" / "previous");
  CHECK(spare.count("en/stale.html") == 1);
  CHECK(spare.count("en/papers/gamma-cinema/index.html") == 1);

  // the next build stages into that spare: what it does not write is gone there too
  RunResult again = build(root, out);
  INFO(again.err);
  REQUIRE(again.status == 0);
  CHECK(tree_diff(second, snapshot(out)).empty());
  CHECK_FALSE(fs::exists(out / "old-folder"));
  CHECK_FALSE(fs::exists(out / "en" / "papers" / "gamma-cinema"));
}

TEST_CASE("build refuses to replace a folder portal did not write", "[e2e][site][writer]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path out = dir / "documents";
  spit(out / "thesis.txt", "years of work");
  RunResult r = build(root, out);
  CHECK(r.status == 2);  // a usage error, not an error in the input
  CHECK(contains(r.err, "was not written by portal"));
  CHECK(snapshot(out) == Tree{{"thesis.txt", "years of work"}});
}
