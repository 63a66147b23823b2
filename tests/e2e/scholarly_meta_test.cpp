// End to end: the scholarly metadata of the paper pages of the fixture portal
// built with a base_url: Google Scholar (Highwire Press) tags, schema.org
// JSON-LD, Open Graph and the meta description, the BibTeX/RIS/CSL-JSON
// downloads and the APA and GOST "cite this" blocks.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <set>

#include "../support/scholarly_site.h"

using namespace portal::fixture;
using namespace portal::fixture::scholarly;
using nlohmann::json;

namespace {

std::string paper_url(const std::string& lang, const std::string& id) { return kBase + lang + "/papers/" + id + "/"; }

/// The <meta name="citation_*"> of a page, in order: (name, content).
std::vector<std::pair<std::string, std::string>> highwire(const std::string& html) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& t : find_tags(html, "meta"))
    if (t.get("name").rfind("citation_", 0) == 0) out.emplace_back(t.get("name"), t.get("content"));
  return out;
}

std::vector<std::string> values_of(const std::vector<std::pair<std::string, std::string>>& tags, const std::string& name) {
  std::vector<std::string> out;
  for (const auto& [n, c] : tags)
    if (n == name) out.push_back(c);
  return out;
}

/// Unicode code points in UTF-8 text.
size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

// --- Google Scholar (Highwire Press) tags ---------------------------------------

TEST_CASE("scholarly: Highwire tags of a paper with every fact", "[e2e][scholarly][highwire]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::string> keywords = {
      {"kk", "ақылды күш; Қазақстан"}, {"ru", "умная сила; Казахстан"}, {"tr", "akıllı güç; Kazakistan"},
      {"en", "smart power; Kazakhstan"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    const std::string& html = s.page(paper_page(lang, "alpha-smart-power"));
    auto tags = highwire(html);
    // one Scholar record: every version names the Turkish page canonical, and only it has the tags
    auto canonical = find_tags(html, "link", "rel", "canonical");
    REQUIRE(canonical.size() == 1);
    CHECK(canonical[0].get("href") == paper_url("tr", "alpha-smart-power"));
    CHECK(find_tags(html, "link", "rel", "alternate").size() >= kLangs.size());
    if (lang != "tr") {
      CHECK(tags.empty());
      continue;
    }
    for (const auto& [name, content] : tags) {
      INFO(name);
      CHECK_FALSE(content.empty());
    }
    CHECK(values_of(tags, "citation_title") == std::vector<std::string>{"Kazakistan-Türkiye İlişkilerinde Akıllı Güç"});
    CHECK(values_of(tags, "citation_author") == std::vector<std::string>{"Kalkan, Erol", "Bektassova, Madina"});
    // the institution follows its author; Bektassova has none
    CHECK(values_of(tags, "citation_author_institution") == std::vector<std::string>{"Ankara Üniversitesi"});
    auto kalkan = std::find(tags.begin(), tags.end(), std::make_pair(std::string("citation_author"), std::string("Kalkan, Erol")));
    REQUIRE(kalkan != tags.end());
    REQUIRE(kalkan + 1 != tags.end());
    CHECK(*(kalkan + 1) == std::make_pair(std::string("citation_author_institution"), std::string("Ankara Üniversitesi")));
    CHECK(values_of(tags, "citation_publication_date") == std::vector<std::string>{"2024/09"});  // month precision
    CHECK(values_of(tags, "citation_journal_title") == std::vector<std::string>{"İmgelem"});
    CHECK(values_of(tags, "citation_volume") == std::vector<std::string>{"8"});
    CHECK(values_of(tags, "citation_issue").empty());  // the source gives no issue
    CHECK(values_of(tags, "citation_firstpage") == std::vector<std::string>{"425"});
    CHECK(values_of(tags, "citation_lastpage") == std::vector<std::string>{"448"});
    CHECK(values_of(tags, "citation_doi") == std::vector<std::string>{"10.53791/imgelem.1480702"});
    CHECK(values_of(tags, "citation_language") == std::vector<std::string>{"tr"});
    CHECK(values_of(tags, "citation_keywords") == std::vector<std::string>{keywords.at(lang)});
    CHECK(values_of(tags, "citation_author_orcid").empty());  // the fixture gives none for alpha's authors
    CHECK(values_of(tags, "citation_abstract_html_url") == std::vector<std::string>{paper_url(lang, "alpha-smart-power")});
    CHECK(values_of(tags, "citation_fulltext_html_url") == std::vector<std::string>{paper_url(lang, "alpha-smart-power")});
    // every tag is in the head
    size_t head_end = html.find("</head>");
    for (const auto& t : find_tags(html, "meta"))
      if (t.get("name").rfind("citation_", 0) == 0) CHECK(t.begin < head_end);
  }
  // the day precision, an issue, a page range with a hyphen, six authors
  const std::string& delta = s.page(paper_page("kk", "delta-energy-cooperation"));
  auto d = highwire(delta);
  CHECK(values_of(d, "citation_publication_date") == std::vector<std::string>{"2023/06/15"});
  CHECK(values_of(d, "citation_volume") == std::vector<std::string>{"94"});
  CHECK(values_of(d, "citation_issue") == std::vector<std::string>{"2"});
  CHECK(values_of(d, "citation_firstpage") == std::vector<std::string>{"15"});
  CHECK(values_of(d, "citation_lastpage") == std::vector<std::string>{"27"});
  CHECK(values_of(d, "citation_author").size() == 6);
  CHECK(values_of(d, "citation_author").front() == "Ахметов, Арман");  // as the Kazakh paper gives it
  CHECK(values_of(d, "citation_author_orcid").front() == "https://orcid.org/0000-0002-1825-0097");
  CHECK(values_of(d, "citation_doi") == std::vector<std::string>{"10.26577/IRILJ.2023.v94.i2.02"});
  auto e = highwire(s.page(paper_page("tr", "epsilon-education")));
  CHECK(values_of(e, "citation_publication_date") == std::vector<std::string>{"2022/03"});
  CHECK(values_of(e, "citation_issue") == std::vector<std::string>{"Bahar"});
  CHECK(values_of(e, "citation_firstpage") == std::vector<std::string>{"1"});
  CHECK(values_of(e, "citation_lastpage") == std::vector<std::string>{"30"});
}

TEST_CASE("scholarly: Highwire tags are absent for facts a paper does not have", "[e2e][scholarly][highwire]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    // gamma: its title is editorial (the source has none), so no page is a Scholar record
    CHECK(highwire(s.page(paper_page(lang, "gamma-cinema"))).empty());
    if (lang != "ru") continue;  // zeta and beta are Russian papers: their record is on the Russian page
    // zeta: no date, no journal, no DOI, but authors
    auto z = highwire(s.page(paper_page(lang, "zeta-secretariat")));
    for (const char* absent : {"citation_publication_date", "citation_journal_title", "citation_volume",
                               "citation_issue", "citation_firstpage", "citation_lastpage", "citation_doi",
                               "citation_author_institution"}) {
      INFO(absent);
      CHECK(values_of(z, absent).empty());
    }
    CHECK(values_of(z, "citation_author") ==
          std::vector<std::string>{"Ежов, Иван", "Ёлкин, Иван", "Ершов, Иван", "Жуков, Иван"});
    // beta: no journal
    auto b = highwire(s.page(paper_page(lang, "beta-turkic-council")));
    CHECK(values_of(b, "citation_journal_title").empty());
    CHECK(values_of(b, "citation_publication_date") == std::vector<std::string>{"2019/05/20"});
  }
  // the citation page tags are on paper pages only
  for (const auto& path : html_pages(s.files))
    if (path.find("/papers/") == std::string::npos || path.find("/papers/index.html") != std::string::npos) {
      INFO(path);
      CHECK(highwire(s.page(path)).empty());
    }
}

// --- JSON-LD --------------------------------------------------------------------

TEST_CASE("scholarly: JSON-LD ScholarlyArticle with the paper's facts, abstract in the page's language",
          "[e2e][scholarly][jsonld]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::string> abstracts = {
      {"kk", "Мақала Қазақстан мен Түркия қатынастарын ақылды күш тұрғысынан талдайды."},
      {"ru", "Статья анализирует отношения Казахстана и Турции с точки зрения умной силы."},
      {"tr", "Bu çalışma Kazakistan-Türkiye ilişkilerini akıllı güç kavramıyla incelemektedir."},
      {"en", "This study examines Kazakhstan–Türkiye relations through the concept of smart power."}};
  const std::map<std::string, std::vector<std::string>> keywords = {
      {"kk", {"ақылды күш", "Қазақстан"}}, {"ru", {"умная сила", "Казахстан"}},
      {"tr", {"akıllı güç", "Kazakistan"}}, {"en", {"smart power", "Kazakhstan"}}};
  const std::map<std::string, std::vector<std::string>> about = {
      {"kk", {"Жұмсақ күш", "Түркі мемлекеттері ұйымы"}},
      {"ru", {"Мягкая сила", "Организация тюркских государств"}},
      {"tr", {"Yumuşak güç", "Türk Devletleri Teşkilatı"}},
      {"en", {"Soft power", "Organization of Turkic States"}}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    json ld = json_ld(s.page(paper_page(lang, "alpha-smart-power")));
    INFO(ld.dump(2));
    CHECK(ld.value("@context", "") == "https://schema.org");
    CHECK(ld.value("@type", "") == "ScholarlyArticle");
    CHECK(ld.value("headline", "") == "Kazakistan-Türkiye İlişkilerinde Akıllı Güç");
    CHECK(ld.value("inLanguage", "") == "tr");
    REQUIRE(ld.contains("author"));
    std::vector<std::string> authors;
    for (const auto& a : ld["author"]) {
      CHECK(a.value("@type", "") == "Person");
      authors.push_back(a.value("name", ""));
    }
    CHECK(authors == std::vector<std::string>{"Erol Kalkan", "Madina Bektassova"});
    CHECK(ld.value("datePublished", "") == "2024-09");
    // isPartOf leads to the periodical; alpha gives a volume and no issue
    REQUIRE(ld.contains("isPartOf"));
    const json* part = &ld["isPartOf"];
    std::string volume;
    while (part->value("@type", "") != "Periodical") {
      if (part->value("@type", "") == "PublicationVolume") volume = part->value("volumeNumber", "");
      CHECK(part->value("@type", "") != "PublicationIssue");
      REQUIRE(part->contains("isPartOf"));
      part = &(*part)["isPartOf"];
    }
    CHECK(part->value("name", "") == "İmgelem");
    CHECK(volume == "8");
    CHECK(ld.value("pageStart", "") == "425");
    CHECK(ld.value("pageEnd", "") == "448");
    REQUIRE(ld.contains("identifier"));
    CHECK(ld["identifier"].value("propertyID", "") == "DOI");
    CHECK(ld["identifier"].value("value", "") == "10.53791/imgelem.1480702");
    CHECK(ld["keywords"] == json(keywords.at(lang)));
    std::vector<std::string> topics;
    for (const auto& t : ld["about"]) topics.push_back(t.value("name", ""));
    CHECK(topics == about.at(lang));
    CHECK(ld.value("abstract", "") == abstracts.at(lang));
    CHECK(ld.value("url", "") == paper_url("tr", "alpha-smart-power"));  // the canonical page
    CHECK(ld["author"][0].value("familyName", "") == "Kalkan");
    CHECK(ld["author"][0].value("givenName", "") == "Erol");
  }
  // an issue: PublicationIssue → PublicationVolume → Periodical (with its ISSN)
  json delta = json_ld(s.page(paper_page("ru", "delta-energy-cooperation")));
  INFO(delta.dump(2));
  REQUIRE(delta.contains("isPartOf"));
  const json& issue = delta["isPartOf"];
  CHECK(issue.value("@type", "") == "PublicationIssue");
  CHECK(issue.value("issueNumber", "") == "2");
  REQUIRE(issue.contains("isPartOf"));
  CHECK(issue["isPartOf"].value("@type", "") == "PublicationVolume");
  CHECK(issue["isPartOf"].value("volumeNumber", "") == "94");
  REQUIRE(issue["isPartOf"].contains("isPartOf"));
  const json& periodical = issue["isPartOf"]["isPartOf"];
  CHECK(periodical.value("@type", "") == "Periodical");
  CHECK(periodical.value("name", "") == "ҚазҰУ Хабаршысы. Халықаралық қатынастар сериясы");
  CHECK(periodical.value("issn", "") == "1563-0285");
  CHECK(delta.value("abstract", "") == "В статье рассматривается энергетическое сотрудничество Казахстана и Турции.");
  CHECK(delta.value("datePublished", "") == "2023-06-15");
  CHECK(delta["author"].size() == 6);
  // the affiliation, email and ORCID of an author where the paper gives them
  const json& first = delta["author"][0];
  CHECK(first.value("name", "") == "Арман Ахметов");
  CHECK(first["affiliation"].value("name", "") == "Әл-Фараби атындағы Қазақ ұлттық университеті");
}

TEST_CASE("scholarly: JSON-LD leaves out what the paper does not state", "[e2e][scholarly][jsonld]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs) {
    INFO(lang);
    json g = json_ld(s.page(paper_page(lang, "gamma-cinema")));
    INFO(g.dump(2));
    CHECK(g.value("@type", "") == "ScholarlyArticle");
    for (const char* absent : {"author", "isPartOf", "pageStart", "pageEnd", "identifier"}) {
      INFO(absent);
      CHECK_FALSE(g.contains(absent));
    }
    CHECK(g.value("datePublished", "") == "2020");
    json z = json_ld(s.page(paper_page(lang, "zeta-secretariat")));
    CHECK_FALSE(z.contains("datePublished"));
    CHECK_FALSE(z.contains("isPartOf"));
    CHECK_FALSE(z.contains("identifier"));
    CHECK(z["author"].size() == 4);
  }
}

// --- Open Graph and description ---------------------------------------------------

TEST_CASE("scholarly: Open Graph and the meta description give the abstract in the page's language",
          "[e2e][scholarly][opengraph]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::string> titles = {
      {"kk", "Қазақстан – Түркия қатынастарындағы ақылды күш"},
      {"ru", "Умная сила в отношениях Казахстана и Турции"},
      {"tr", "Kazakistan-Türkiye İlişkilerinde Akıllı Güç"},
      {"en", "Smart Power & Soft Power in Kazakhstan–Türkiye Relations"}};
  const std::map<std::string, std::string> abstracts = {
      {"kk", "Мақала Қазақстан мен Түркия қатынастарын ақылды күш тұрғысынан талдайды."},
      {"ru", "Статья анализирует отношения Казахстана и Турции с точки зрения умной силы."},
      {"tr", "Bu çalışma Kazakistan-Türkiye ilişkilerini akıllı güç kavramıyla incelemektedir."},
      {"en", "This study examines Kazakhstan–Türkiye relations through the concept of smart power."}};
  const std::map<std::string, std::string> locales = {{"kk", "kk_KZ"}, {"ru", "ru_RU"}, {"tr", "tr_TR"}, {"en", "en_US"}};
  const std::map<std::string, std::string> site_names = {{"kk", "Сынақ порталы: Қазақстан – Түркия"},
                                                         {"ru", "Тестовый портал: Казахстан – Турция"},
                                                         {"tr", "Deneme Portalı: Kazakistan – Türkiye"},
                                                         {"en", "Test Portal: Kazakhstan – Türkiye"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    const std::string& html = s.page(paper_page(lang, "alpha-smart-power"));
    CHECK(meta(html, "property", "og:type") == "article");
    CHECK(meta(html, "property", "og:title") == titles.at(lang));
    CHECK(meta(html, "property", "og:description") == abstracts.at(lang));  // short: not cut, no "…"
    CHECK(meta(html, "name", "description") == abstracts.at(lang));
    CHECK(meta(html, "property", "og:url") == paper_url(lang, "alpha-smart-power"));
    CHECK(meta(html, "property", "og:locale") == locales.at(lang));
    std::set<std::string> alternates;
    for (const auto& t : find_tags(html, "meta", "property", "og:locale:alternate")) alternates.insert(t.get("content"));
    std::set<std::string> others;
    for (const auto& [l, loc] : locales)
      if (l != lang) others.insert(loc);
    CHECK(alternates == others);
    CHECK(meta(html, "property", "og:site_name") == site_names.at(lang));
    auto canonical = find_tags(html, "link", "rel", "canonical");
    REQUIRE(canonical.size() == 1);
    CHECK(canonical[0].get("href") == paper_url("tr", "alpha-smart-power"));  // the paper's own language
  }
}

TEST_CASE("scholarly: a long abstract is shortened on a word boundary and ends with an ellipsis",
          "[e2e][scholarly][opengraph]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  // delta's English abstract is longer than a description; tr has no abstract and falls back to en
  const std::string full =
      "This article examines the energy cooperation between Kazakhstan and Türkiye: the transit of Caspian oil "
      "through Turkish ports, gas pipelines, nuclear power and renewable sources, and the part the Organization of "
      "Turkic States plays in coordinating the energy policies of its member states.";
  for (const std::string lang : {"en", "tr"}) {
    INFO(lang);
    const std::string& html = s.page(paper_page(lang, "delta-energy-cooperation"));
    std::string description = meta(html, "name", "description");
    INFO(description);
    const std::string ellipsis = "…";
    REQUIRE(description.size() > ellipsis.size());
    CHECK(description.compare(description.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0);
    std::string kept = description.substr(0, description.size() - ellipsis.size());
    CHECK(full.rfind(kept, 0) == 0);                 // a prefix of the abstract,
    REQUIRE(kept.size() < full.size());
    CHECK(full[kept.size()] == ' ');                 // cut where a word ends,
    CHECK(kept.back() != ' ');
    CHECK(code_points(description) <= 201);          // short enough for a snippet,
    CHECK(code_points(kept) >= 150);                 // and not needlessly short
    CHECK(meta(html, "property", "og:description") == description);
  }
  // the Russian abstract is short: whole, no ellipsis
  CHECK(meta(s.page(paper_page("ru", "delta-energy-cooperation")), "name", "description") ==
        "В статье рассматривается энергетическое сотрудничество Казахстана и Турции.");
}

// --- downloads and "cite this" -------------------------------------------------------

TEST_CASE("scholarly: BibTeX, RIS and CSL-JSON downloads exist and every paper page links them",
          "[e2e][scholarly][downloads]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  for (const auto& id : kPapers) {
    INFO(id);
    const std::string& bib = s.page("papers/" + id + ".bib");
    const std::string& ris = s.page("papers/" + id + ".ris");
    const std::string& csl = s.page("papers/" + id + ".json");
    CHECK(contains(bib, "{" + id + ","));
    CHECK(bib.rfind("@", 0) == 0);
    CHECK(ris.rfind("TY  - ", 0) == 0);
    CHECK(contains(ris, "\nER  -"));
    json j;
    REQUIRE_NOTHROW(j = json::parse(csl));
    const json& item = j.is_array() ? j.at(0) : j;
    CHECK(item.value("id", "") == id);
    CHECK_FALSE(item.value("title", "").empty());
    for (const auto& lang : kLangs) {
      std::string path = paper_page(lang, id);
      const std::string& html = s.page(path);
      auto downloads = with_class(html, "downloads");
      REQUIRE(downloads.size() == 1);
      std::set<std::string> targets;
      for (const auto& a : find_tags(inner(html, downloads[0]), "a")) {
        std::string href = a.get("href"), frag;
        INFO(path << ": " << href);
        CHECK_FALSE(has_scheme(href));  // relative
        CHECK(href[0] != '/');
        std::string file = link_target(path, href, "", frag);
        CHECK(s.files.count(file) == 1);
        CHECK(a.has("download"));
        targets.insert(file);
      }
      CHECK(targets == std::set<std::string>{"papers/" + id + ".bib", "papers/" + id + ".ris", "papers/" + id + ".json"});
    }
  }
  json alpha = json::parse(s.page("papers/alpha-smart-power.json"));
  const json& a = alpha.is_array() ? alpha.at(0) : alpha;
  CHECK(a.value("DOI", "") == "10.53791/imgelem.1480702");
  CHECK(contains(s.page("papers/alpha-smart-power.ris"), "DO  - 10.53791/imgelem.1480702"));
  CHECK(contains(s.page("papers/alpha-smart-power.bib"), "10.53791/imgelem.1480702"));
}

TEST_CASE("scholarly: every paper page has APA and GOST 'cite this' blocks with a hidden copy button",
          "[e2e][scholarly][cite]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  for (const auto& lang : kLangs)
    for (const auto& id : kPapers) {
      INFO(lang << ": " << id);
      const std::string& html = s.page(paper_page(lang, id));
      auto sections = with_class(html, "cite-this");
      REQUIRE(sections.size() == 1);
      std::string cite = inner(html, sections[0]);
      auto figures = with_class(cite, "citation");
      REQUIRE(figures.size() == 2);
      std::vector<std::string> styles;
      for (const auto& fig : figures) {
        std::string body = inner(cite, fig);
        auto captions = find_tags(body, "figcaption");
        REQUIRE(captions.size() == 1);
        styles.push_back(visible_text(inner(body, captions[0])));
        // the citation is ordinary text in a paragraph, selectable and copyable by hand
        auto texts = with_class(body, "citation-text");
        REQUIRE(texts.size() == 1);
        CHECK(texts[0].name == "p");
        CHECK_FALSE(texts[0].get("id").empty());
        CHECK(code_points(visible_text(inner(body, texts[0]))) > 20);
        // the copy button: hidden until the script shows it, naming the citation it copies
        auto buttons = find_tags(body, "button");
        REQUIRE(buttons.size() == 1);
        CHECK(buttons[0].has("hidden"));
        CHECK(buttons[0].get("type") == "button");
        CHECK(buttons[0].get("data-copy") == texts[0].get("id"));
        CHECK_FALSE(visible_text(inner(body, buttons[0])).empty());
      }
      REQUIRE(styles.size() == 2);
      CHECK(contains(styles[0], "APA"));
      CHECK(contains(styles[1], "7.0.5-2008"));  // GOST, ГОСТ, МЕМСТ
    }
  // the APA and GOST text of alpha: APA 7 sentence case (the abstracts write
  // Kazakistan, Türkiye, Kazakhstan with capitals inside sentences), the
  // English title in brackets on the English page only
  const std::string& en = s.page(paper_page("en", "alpha-smart-power"));
  CHECK(visible_text(inner(en, find_tags(en, "p", "id", "cite-apa").at(0))) ==
        "Kalkan, E., & Bektassova, M. (2024). Kazakistan-Türkiye ilişkilerinde akıllı güç [Smart power & soft power "
        "in Kazakhstan–Türkiye relations]. İmgelem, 8, 425–\u2060448. https://doi.org/10.53791/imgelem.1480702");
  const std::string& tr = s.page(paper_page("tr", "alpha-smart-power"));
  CHECK(visible_text(inner(tr, find_tags(tr, "p", "id", "cite-apa").at(0))) ==
        "Kalkan, E., & Bektassova, M. (2024). Kazakistan-Türkiye ilişkilerinde akıllı güç. İmgelem, 8, 425–\u2060448. "
        "https://doi.org/10.53791/imgelem.1480702");
  CHECK(contains(visible_text(inner(en, find_tags(en, "p", "id", "cite-gost").at(0))),
                 "Kalkan\u00A0E., Bektassova\u00A0M. Kazakistan-Türkiye İlişkilerinde Akıllı Güç // İmgelem. 2024. "
                 "Vol.\u00A08. P.\u00A0425–\u2060448. DOI: 10.53791/imgelem.1480702."));  // a Turkish paper: Latin-script terms
  // nothing in the stylesheet stops a reader from selecting text
  std::string css = s.page("assets/style.css");
  CHECK_FALSE(contains(css, "user-select: none"));
  CHECK_FALSE(contains(css, "user-select:none"));
  // the script that shows the button is loaded, deferred, from the site
  auto scripts = find_tags(en, "script");
  bool copy_js = false;
  for (const auto& t : scripts)
    if (t.has("src")) {
      std::string frag;
      copy_js = copy_js || (link_target(paper_page("en", "alpha-smart-power"), t.get("src"), "", frag) == "assets/copy.js" &&
                            t.has("defer"));
    }
  CHECK(copy_js);
}
