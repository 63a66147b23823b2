// APA 7 and GOST R 7.0.5-2008 "cite this" strings. The expected strings are
// written from the manuals' rules and examples (the section is named at each
// case), not taken from citeproc: citeproc_oracle_test.cpp compares pandoc
// only where its CSL styles agree with the manuals. These run without any
// tool installed.
#include "render/citation.h"

#include <catch2/catch.hpp>
#include <string>

#include "../support/citation_papers.h"

using namespace portal;
using namespace portal::test;

namespace {
bool same(const PersonName& n, const std::string& family, const std::string& given) {
  return n.family == family && n.given == given;
}
}  // namespace

TEST_CASE("split_name: last word is the family name, unless the name ends in initials") {
  CHECK(same(split_name("Erol Kalkan"), "Kalkan", "Erol"));
  CHECK(same(split_name("Муратхан Йылмаз"), "Йылмаз", "Муратхан"));
  CHECK(same(split_name("Ayşe Nur Yılmaz"), "Yılmaz", "Ayşe Nur"));
  CHECK(same(split_name("M. Yilmaz"), "Yilmaz", "M."));
  CHECK(same(split_name("Йылмаз М."), "Йылмаз", "М."));
  CHECK(same(split_name("Назарбаев Н.Ә."), "Назарбаев", "Н.Ә."));
  CHECK(same(split_name("Назарбаев Н. Ә."), "Назарбаев", "Н. Ә."));
  CHECK(same(split_name("  Erol \t Kalkan "), "Kalkan", "Erol"));
  CHECK(same(split_name("Abai"), "Abai", ""));
  CHECK(same(split_name(""), "", ""));
}

TEST_CASE("citation_title: the paper's language, else the first title, editorial titles in brackets") {
  CHECK(citation_title(turkish_review()) == "Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç");
  CHECK(citation_title(kazakh_editorial()) ==
        "[Түркі мемлекеттері ұйымының қалыптасуындағы Қазақстан мен Түркияның рөлі]");
  Paper p = turkish_review();
  p.title.values.erase("tr");
  CHECK(citation_title(p) == "Smart Power in the Development of Kazakhstan-Türkiye Relations");
  p.title.values.clear();
  CHECK(citation_title(p).empty());
}

TEST_CASE("citation_authors: names in the paper's language, else the first form, nameless skipped") {
  auto a = citation_authors(russian_article());
  REQUIRE(a.size() == 1);
  CHECK(same(a[0], "Йылмаз", "Муратхан"));
  Paper p = russian_article();
  p.authors[0].name.values.erase("ru");
  p.authors.push_back(person("nobody", {}));
  a = citation_authors(p);
  REQUIRE(a.size() == 1);
  CHECK(same(a[0], "Yilmaz", "M."));
}

TEST_CASE("APA: the Turkish special-issue article as the manual has it") {
  Paper p = turkish_review();
  // §6.17 sentence case (Kazakistan, Türkiye stay: the paper's texts write them
  // with a capital inside sentences), §9.38 the English title in brackets,
  // §9.25 an issue without a volume in parentheses and not italic, en dash.
  auto c = cite_apa(p, "en");
  CHECK(c.text ==
        "Kalkan, E., & Bektassova, M. (2024). Kazakistan-Türkiye ilişkilerinin gelişiminde akıllı güç [Smart "
        "power in the development of Kazakhstan-Türkiye relations]. İmgelem, (Özbekistan Özel Sayısı), 425–448. "
        "https://doi.org/10.53791/imgelem.1480702");
  CHECK(c.html ==
        "Kalkan, E., &amp; Bektassova, M. (2024). Kazakistan-Türkiye ilişkilerinin gelişiminde akıllı güç [Smart "
        "power in the development of Kazakhstan-Türkiye relations]. <i>İmgelem</i>, (Özbekistan Özel Sayısı), "
        "425–448. <a "
        "href=\"https://doi.org/10.53791/imgelem.1480702\">https://doi.org/10.53791/imgelem.1480702</a>");
  // a Turkish reader's page: the title as published in sentence case, no
  // translation; the range keeps its en dash (citeproc's tr-TR has a hyphen)
  CHECK(cite_apa(p, "tr").text ==
        "Kalkan, E., & Bektassova, M. (2024). Kazakistan-Türkiye ilişkilerinin gelişiminde akıllı güç. İmgelem, "
        "(Özbekistan Özel Sayısı), 425–448. https://doi.org/10.53791/imgelem.1480702");
  CHECK(cite_apa(p, "tr-TR").text == cite_apa(p, "tr").text);
  CHECK(cite_apa(p, "ru").text == cite_apa(p, "tr").text);
  // with a volume the volume is italic and the issue follows in parentheses
  p.journal->volume = "8";
  p.journal->issue = "2";
  CHECK(cite_apa(p, "tr").html.find("<i>İmgelem</i>, <i>8</i>(2), 425–448.") != std::string::npos);
}

TEST_CASE("APA: a Russian article is romanised on Latin-script pages and kept in Cyrillic on Cyrillic ones") {
  // Cyrillic pages: the reference as published (sentence case already)
  CHECK(
      cite_apa(russian_article(), "ru").text ==
      "Йылмаз, М. (2026). Реализация концепции тюркской интеграции в отношениях между Турцией и Казахстаном. "
      "Вестник международных исследований, 131(2), 19–27. https://doi.org/10.35775/PSI.2026.131.2.019");
  CHECK(cite_apa(russian_article(), "ru")
            .html.find("<i>Вестник международных исследований</i>, <i>131</i>(2)") != std::string::npos);
  CHECK(cite_apa(russian_article(), "kk").text == cite_apa(russian_article(), "ru").text);
  // §9.38–9.39: romanised title and journal (BGN/PCGN), the author's own Latin
  // name (the paper gives "M. Yilmaz"), and on the English page the English
  // title in brackets, in sentence case (Turkic, Turkey, Kazakhstan stay)
  CHECK(cite_apa(russian_article(), "en").text ==
        "Yilmaz, M. (2026). Realizatsiya kontseptsii tyurkskoy integratsii v otnosheniyakh mezhdu Turtsiyey i "
        "Kazakhstanom [Implementation of the concept of Turkic integration in relations between Turkey and "
        "Kazakhstan]. Vestnik mezhdunarodnykh issledovaniy, 131(2), 19–27. "
        "https://doi.org/10.35775/PSI.2026.131.2.019");
  CHECK(cite_apa(russian_article(), "tr").text ==
        "Yilmaz, M. (2026). Realizatsiya kontseptsii tyurkskoy integratsii v otnosheniyakh mezhdu Turtsiyey i "
        "Kazakhstanom. Vestnik mezhdunarodnykh issledovaniy, 131(2), 19–27. "
        "https://doi.org/10.35775/PSI.2026.131.2.019");
  // names without a Latin form are romanised too, Kazakh letters by the Kazakh scheme
  CHECK(cite_apa(russian_quotes(), "en").text.starts_with("Nazarbayev, N. Ä., Karin, Y., & Seytova, A. (2019). "
                                                          "Politika «myagkoy sily» i “Türkiye’nin ‘yumuşak gücü’” "
                                                          "v regione. Kazakhstan-Spektr, (4), 5."));
  // a Kazakh title by the Kazakh BGN/PCGN scheme
  CHECK(cite_apa(stray_quote(), "en").text == "Qazaq \"tili zhäne türki älemi. (2021). Aqīqat.");
  // an article whose journal is unknown: the title is still not italic (no book)
  Paper nojournal = russian_article();
  nojournal.journal.reset();
  CHECK(cite_apa(nojournal, "en").html.find("<i>") == std::string::npos);
}

TEST_CASE("APA: no author puts the title first, no date says n.d. as the page's language writes it") {
  // §9.12 the title in the author's place; §9.17 "n.d.": ru "б. г.", tr "t.y.", kk "ж.ж."
  // §9.21 an editorial title is a description in brackets, in the page's language
  Paper p = kazakh_editorial();
  CHECK(cite_apa(p, "kk").text ==
        "[Түркі мемлекеттері ұйымының қалыптасуындағы Қазақстан мен Түркияның рөлі]. (ж.ж.).");
  CHECK(cite_apa(p, "ru").text == "[Роль Казахстана и Турции в формировании Организации тюркских государств]. (б. г.).");
  // the fixture has no Turkish text to tell proper nouns by: the Turkish description stays as written
  CHECK(cite_apa(p, "tr").text == "[Türk Devletleri Teşkilatının Oluşumunda Kazakistan ve Türkiye’nin Rolü]. (t.y.).");
  // no English description: the Kazakh one, romanised, as the en page needs Latin letters
  CHECK(cite_apa(p, "en").text ==
        "[Türki memleketteri uī̆ymynyng qalyptasūyndaghy Qazaqstan men Türkīyanyng röli]. (n.d.).");
  CHECK(cite_apa(p, "en").html.find("<i>") == std::string::npos);
  // sentence case keeps the proper nouns the paper's text capitalises (Sovyetler
  // Birliği, Kazakistan, Türkiye, Türk) and lowers "İş Birliği"; an apostrophe becomes ’
  CHECK(cite_apa(abstracts_only(), "tr").text ==
        "Sovyetler Birliği’nin dağılmasından sonra Türk entegrasyonu çerçevesinde Kazakistan ve Türkiye iş "
        "birliği (1990–2000). (t.y.).");
  CHECK(cite_apa(abstracts_only(), "en").text.ends_with("(1990–2000). (n.d.)."));
  CHECK(cite_apa(abstracts_only(), "tr", "https://example.org/p/")
            .text.ends_with("(t.y.). https://example.org/p/"));
}

TEST_CASE("APA: hostile characters are kept in text and escaped in HTML") {
  auto c = cite_apa(hostile(), "en");
  CHECK(
      c.text ==
      "Smith, J. P. (2020). Braces {x} 100% & $5 #1 a_b x^2 ~ C:\\path <script>alert(1)</script>. Journal of "
      "Tests & Trials, 3(2), 1–10. https://doi.org/10.1234/abc_def");
  CHECK(c.html.find("<script>") == std::string::npos);
  CHECK(c.html.find("C:\\path &lt;script&gt;alert(1)&lt;/script&gt;. <i>Journal of Tests &amp; Trials</i>") !=
        std::string::npos);
  // a stray straight quote is not a quotation: it stays, and HTML escapes it
  auto s = cite_apa(stray_quote(), "kk");
  CHECK(s.text == "Қазақ \"тілі және түркі әлемі. (2021). Ақиқат.");
  CHECK(s.html == "Қазақ &quot;тілі және түркі әлемі. (2021). <i>Ақиқат</i>.");
}

TEST_CASE("APA: name lists, quotes and sentence case") {
  // §9.8 up to 20 names, "&" before the last; §6.17 sentence case, "Central
  // Asia" kept because the abstract writes it so; a periodical name in title case
  auto c = cite_apa(english_four_authors(), "en").text;
  CHECK(c ==
        "Yılmaz, A. N., Durand, J.-P., Abai, & Nadirova, G. (2023). Turkish film industry as an instrument of "
        "“soft power” policy in Central Asia. Journal of Central Asian Studies, 14, e12.");
  CHECK(cite_apa(english_four_authors(), "ru").text.find("«soft power»") != std::string::npos);
  CHECK(cite_apa(russian_quotes(), "ru").text.find("«Türkiye’nin „yumuşak gücü“»") != std::string::npos);
  // en moves the period inside the closing quote; tr does not
  CHECK(cite_apa(quote_at_end(), "en").text.find("Rethinking the “Middle Corridor.” Central") !=
        std::string::npos);
  CHECK(cite_apa(quote_at_end(), "tr").text.find("Rethinking the “Middle Corridor”. Central") !=
        std::string::npos);
  CHECK(cite_apa(quote_at_end(), "en").text.ends_with("41(3), 1–5, 9–12."));
  // §9.8 21 or more: the first 19, an ellipsis, the last
  auto many = cite_apa(many_authors(), "en").text;
  CHECK(many.find("Bolat, S., Khan, T., … Ilyas, Z. (2022). Who writes the history of Turkic integration?") !=
        std::string::npos);
  CHECK(many.find("Ozdag") == std::string::npos);
  CHECK(many.ends_with("integration?"));
}

// Expected strings by GOST R 7.0.5-2008: the document's language sets the
// abbreviations (Latin script: Vol., No., P., et al.; Cyrillic: Т., №, С., и др.),
// a named issue stands without "No.", ranges take an en dash, the DOI is given.
TEST_CASE("GOST: authors with initials, journal, year, volume, issue, pages, DOI") {
  for (const char* lang : {"kk", "ru", "tr", "en"}) {
    INFO(lang);
    CHECK(cite_gost(turkish_review(), lang).text ==
          "Kalkan E., Bektassova M. Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç // İmgelem. 2024. "
          "Özbekistan Özel Sayısı. P. 425–448. DOI: 10.53791/imgelem.1480702.");
    CHECK(cite_gost(russian_article(), lang).text ==
          "Йылмаз М. Реализация концепции тюркской интеграции в отношениях между Турцией и Казахстаном // "
          "Вестник международных исследований. 2026. Т. 131. № 2. С. 19–27. DOI: 10.35775/PSI.2026.131.2.019.");
  }
  CHECK(cite_gost(russian_quotes(), "ru").text.starts_with("Назарбаев Н. Ә., Карин Е., Сейтова А. Политика"));
}

TEST_CASE("GOST: four or more authors give the first and et al. in the document's language") {
  for (const char* lang : {"kk", "ru", "tr", "en"}) {
    INFO(lang);
    CHECK(cite_gost(english_four_authors(), lang).text.starts_with("Yılmaz A. N. et al. Turkish"));
  }
}

TEST_CASE("GOST: without authors the description starts with the title; no year is [б. г.] or [s. a.]") {
  // the editorial title in square brackets as information the describer supplies
  CHECK(cite_gost(kazakh_editorial(), "kk").text ==
        "[Түркі мемлекеттері ұйымының қалыптасуындағы Қазақстан мен Түркияның рөлі]. [б. г.].");
  CHECK(cite_gost(kazakh_editorial(), "en").text == cite_gost(kazakh_editorial(), "kk").text);
  CHECK(cite_gost(abstracts_only(), "kk").text ==
        "Sovyetler Birliği’nin Dağılmasından Sonra Türk Entegrasyonu Çerçevesinde Kazakistan ve Türkiye İş "
        "Birliği (1990–2000). [s. a.].");
  CHECK(cite_gost(stray_quote(), "kk").text == "Қазақ \"тілі және түркі әлемі. // Ақиқат. 2021.");
  Paper undated = russian_article();
  undated.published.reset();
  CHECK(cite_gost(undated, "ru").text.find("// Вестник международных исследований. [б. г.]. Т. 131. № 2.") !=
        std::string::npos);
  // without a known journal the year follows the title, with no "//"
  CHECK(cite_gost(many_authors(), "en").text == "Veli A. et al. Who writes the history of Turkic integration? 2022.");
  auto h = cite_gost(hostile(), "en");
  CHECK(h.html ==
        "Smith J. P. Braces {x} 100% &amp; $5 #1 a_b x^2 ~ C:\\path &lt;script&gt;alert(1)&lt;/script&gt; // "
        "Journal of Tests &amp; Trials. 2020. Vol. 3. No. 2. P. 1–10. DOI: 10.1234/abc_def.");
}
