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
  auto c = apa_alone(p, "en");
  CHECK(c.text ==
        "Kalkan, E., & Bektassova, M. (2024). Kazakistan-Türkiye ilişkilerinin gelişiminde akıllı güç [Smart "
        "power in the development of Kazakhstan-Türkiye relations]. İmgelem, (Özbekistan Özel Sayısı), 425–448. "
        "https://doi.org/10.53791/imgelem.1480702");
  CHECK(c.html ==
        "Kalkan, E., &amp; Bektassova, M. (2024). Kazakistan-Türkiye ilişkilerinin gelişiminde akıllı güç [Smart "
        "power in the development of Kazakhstan-Türkiye relations]. <i>İmgelem</i>, (Özbekistan Özel Sayısı), "
        "425–\u2060448. <a "
        "href=\"https://doi.org/10.53791/imgelem.1480702\">https://doi.org/10.53791/imgelem.1480702</a>");
  // a Turkish reader's page: the title as published in sentence case, no
  // translation; the range keeps its en dash (citeproc's tr-TR has a hyphen)
  CHECK(apa_alone(p, "tr").text ==
        "Kalkan, E., & Bektassova, M. (2024). Kazakistan-Türkiye ilişkilerinin gelişiminde akıllı güç. İmgelem, "
        "(Özbekistan Özel Sayısı), 425–448. https://doi.org/10.53791/imgelem.1480702");
  CHECK(apa_alone(p, "tr-TR").text == apa_alone(p, "tr").text);
  CHECK(apa_alone(p, "ru").text == apa_alone(p, "tr").text);
  // with a volume the volume is italic and the issue follows in parentheses
  p.journal->volume = "8";
  p.journal->issue = "2";
  CHECK(apa_alone(p, "tr").html.find("<i>İmgelem</i>, <i>8</i>(2), 425–\u2060448.") != std::string::npos);
}

TEST_CASE("APA: a Russian article is romanised on Latin-script pages and kept in Cyrillic on Cyrillic ones") {
  // Cyrillic pages: the reference as published (sentence case already)
  CHECK(
      apa_alone(russian_article(), "ru").text ==
      "Йылмаз, М. (2026). Реализация концепции тюркской интеграции в отношениях между Турцией и Казахстаном. "
      "Вестник международных исследований, 131(2), 19–27. https://doi.org/10.35775/PSI.2026.131.2.019");
  CHECK(apa_alone(russian_article(), "ru")
            .html.find("<i>Вестник международных исследований</i>, <i>131</i>(2)") != std::string::npos);
  CHECK(apa_alone(russian_article(), "kk").text == apa_alone(russian_article(), "ru").text);
  // §9.38–9.39: romanised title and journal (BGN/PCGN), the author's own Latin
  // name (the paper gives "M. Yilmaz"), and on the English page the English
  // title in brackets, in sentence case (Turkic, Turkey, Kazakhstan stay)
  CHECK(apa_alone(russian_article(), "en").text ==
        "Yilmaz, M. (2026). Realizatsiya kontseptsii tyurkskoy integratsii v otnosheniyakh mezhdu Turtsiyey i "
        "Kazakhstanom [Implementation of the concept of Turkic integration in relations between Turkey and "
        "Kazakhstan]. Vestnik mezhdunarodnykh issledovaniy, 131(2), 19–27. "
        "https://doi.org/10.35775/PSI.2026.131.2.019");
  CHECK(apa_alone(russian_article(), "tr").text ==
        "Yilmaz, M. (2026). Realizatsiya kontseptsii tyurkskoy integratsii v otnosheniyakh mezhdu Turtsiyey i "
        "Kazakhstanom. Vestnik mezhdunarodnykh issledovaniy, 131(2), 19–27. "
        "https://doi.org/10.35775/PSI.2026.131.2.019");
  // names without a Latin form are romanised too, Kazakh letters by the Kazakh scheme
  CHECK(apa_alone(russian_quotes(), "en").text.starts_with("Nazarbayev, N. Ä., Karin, Y., & Seytova, A. (2019). "
                                                          "Politika «myagkoy sily» i “Türkiye’nin ‘yumuşak gücü’” "
                                                          "v regione. Kazakhstan-Spektr, (4), 5."));
  // a Kazakh title by the Kazakh BGN/PCGN scheme
  CHECK(apa_alone(stray_quote(), "en").text == "Qazaq \"tili zhäne türki älemi. (2021). Aqīqat.");
  // an article whose journal is unknown: the title is still not italic (no book)
  Paper nojournal = russian_article();
  nojournal.journal.reset();
  CHECK(apa_alone(nojournal, "en").html.find("<i>") == std::string::npos);
}

TEST_CASE("APA: no author puts the title first, no date says n.d. as the page's language writes it") {
  // §9.12 the title in the author's place; §9.17 "n.d.": ru "б. г.", tr "t.y.", kk "ж.ж."
  // §9.21 an editorial title is a description in brackets, in the page's language
  Paper p = kazakh_editorial();
  CHECK(apa_alone(p, "kk").text ==
        "[Түркі мемлекеттері ұйымының қалыптасуындағы Қазақстан мен Түркияның рөлі]. (ж.ж.).");
  CHECK(apa_alone(p, "ru").text == "[Роль Казахстана и Турции в формировании Организации тюркских государств]. (б.\u00A0г.).");
  // the fixture has no Turkish text to tell proper nouns by: the Turkish description stays as written
  CHECK(apa_alone(p, "tr").text == "[Türk Devletleri Teşkilatının Oluşumunda Kazakistan ve Türkiye’nin Rolü]. (t.y.).");
  // no English description: the Kazakh one, romanised, as the en page needs Latin letters
  CHECK(apa_alone(p, "en").text ==
        "[Türki memleketteri uī̆ymynyng qalyptasūyndaghy Qazaqstan men Türkīyanyng röli]. (n.d.).");
  CHECK(apa_alone(p, "en").html.find("<i>") == std::string::npos);
  // sentence case keeps the proper nouns the paper's text capitalises (Sovyetler
  // Birliği, Kazakistan, Türkiye, Türk) and lowers "İş Birliği"; an apostrophe becomes ’
  CHECK(apa_alone(abstracts_only(), "tr").text ==
        "Sovyetler Birliği’nin dağılmasından sonra Türk entegrasyonu çerçevesinde Kazakistan ve Türkiye iş "
        "birliği (1990–2000). (t.y.).");
  CHECK(apa_alone(abstracts_only(), "en").text.ends_with("(1990–2000). (n.d.)."));
  CHECK(apa_alone(abstracts_only(), "tr", "https://example.org/p/")
            .text.ends_with("(t.y.). https://example.org/p/"));
}

TEST_CASE("APA: hostile characters are kept in text and escaped in HTML") {
  auto c = apa_alone(hostile(), "en");
  CHECK(
      c.text ==
      "Smith, J. P. (2020). Braces {x} 100% & $5 #1 a_b x^2 ~ C:\\path <script>alert(1)</script>. Journal of "
      "Tests & Trials, 3(2), 1–10. https://doi.org/10.1234/abc_def");
  CHECK(c.html.find("<script>") == std::string::npos);
  CHECK(c.html.find("C:\\path &lt;script&gt;alert(1)&lt;/script&gt;. <i>Journal of Tests &amp; Trials</i>") !=
        std::string::npos);
  // a stray straight quote is not a quotation: it stays, and HTML escapes it
  auto s = apa_alone(stray_quote(), "kk");
  CHECK(s.text == "Қазақ \"тілі және түркі әлемі. (2021). Ақиқат.");
  CHECK(s.html == "Қазақ &quot;тілі және түркі әлемі. (2021). <i>Ақиқат</i>.");
}

TEST_CASE("APA: name lists, quotes and sentence case") {
  // §9.8 up to 20 names, "&" before the last; §6.17 sentence case, "Central
  // Asia" kept because the abstract writes it so; a periodical name in title case
  auto c = apa_alone(english_four_authors(), "en").text;
  CHECK(c ==
        "Yılmaz, A. N., Durand, J.-P., Abai, & Nadirova, G. (2023). Turkish film industry as an instrument of "
        "“soft power” policy in Central Asia. Journal of Central Asian Studies, 14, e12.");
  CHECK(apa_alone(english_four_authors(), "ru").text.find("«soft power»") != std::string::npos);
  CHECK(apa_alone(russian_quotes(), "ru").text.find("«Türkiye’nin „yumuşak gücü“»") != std::string::npos);
  // en moves the period inside the closing quote; tr does not
  CHECK(apa_alone(quote_at_end(), "en").text.find("Rethinking the “Middle Corridor.” Central") !=
        std::string::npos);
  CHECK(apa_alone(quote_at_end(), "tr").text.find("Rethinking the “Middle Corridor”. Central") !=
        std::string::npos);
  CHECK(apa_alone(quote_at_end(), "en").text.ends_with("41(3), 1–5, 9–12."));
  // §9.8 21 or more: the first 19, an ellipsis, the last
  auto many = apa_alone(many_authors(), "en").text;
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
          "Kalkan\u00A0E., Bektassova\u00A0M. Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç // İmgelem. 2024. "
          "Özbekistan Özel Sayısı. P.\u00A0425–448. DOI: 10.53791/imgelem.1480702.");
    CHECK(cite_gost(russian_article(), lang).text ==
          "Йылмаз\u00A0М. Реализация концепции тюркской интеграции в отношениях между Турцией и Казахстаном // "
          "Вестник международных исследований. 2026. Т.\u00A0131. №\u00A02. С.\u00A019–27. DOI: 10.35775/PSI.2026.131.2.019.");
  }
  CHECK(cite_gost(russian_quotes(), "ru").text.starts_with("Назарбаев\u00A0Н.\u00A0Ә., Карин\u00A0Е., Сейтова\u00A0А. Политика"));
}

TEST_CASE("GOST: four or more authors give the first and et al. in the document's language") {
  for (const char* lang : {"kk", "ru", "tr", "en"}) {
    INFO(lang);
    CHECK(cite_gost(english_four_authors(), lang).text.starts_with("Yılmaz\u00A0A.\u00A0N. et\u00A0al. Turkish"));
  }
}

TEST_CASE("GOST: without authors the description starts with the title; no year is [б. г.] or [s. a.]") {
  // the editorial title in square brackets as information the describer supplies
  CHECK(cite_gost(kazakh_editorial(), "kk").text ==
        "[Түркі мемлекеттері ұйымының қалыптасуындағы Қазақстан мен Түркияның рөлі]. [б.\u00A0г.].");
  CHECK(cite_gost(kazakh_editorial(), "en").text == cite_gost(kazakh_editorial(), "kk").text);
  CHECK(cite_gost(abstracts_only(), "kk").text ==
        "Sovyetler Birliği’nin Dağılmasından Sonra Türk Entegrasyonu Çerçevesinde Kazakistan ve Türkiye İş "
        "Birliği (1990–2000). [s.\u00A0a.].");
  CHECK(cite_gost(stray_quote(), "kk").text == "Қазақ \"тілі және түркі әлемі. // Ақиқат. 2021.");
  Paper undated = russian_article();
  undated.published.reset();
  CHECK(cite_gost(undated, "ru").text.find("// Вестник международных исследований. [б.\u00A0г.]. Т.\u00A0131. №\u00A02.") !=
        std::string::npos);
  // without a known journal the year follows the title, with no "//"
  CHECK(cite_gost(many_authors(), "en").text == "Veli\u00A0A. et\u00A0al. Who writes the history of Turkic integration? 2022.");
  auto h = cite_gost(hostile(), "en");
  CHECK(h.html ==
        "Smith\u00A0J.\u00A0P. Braces {x} 100% &amp; $5 #1 a_b x^2 ~ C:\\path &lt;script&gt;alert(1)&lt;/script&gt; // "
        "Journal of Tests &amp; Trials. 2020. Vol.\u00A03. No.\u00A02. P.\u00A01–10. DOI: 10.1234/abc_def.");
}

TEST_CASE("GOST and APA: abbreviations and initials are bound by no-break spaces, in text and HTML") {
  // GOST R 7.0.5-2008 abbreviations ("Т. 131", "№ 2", "С. 19–27", "[б. г.]",
  // "и др.") and a family name with its initials never wrap inside
  const std::string nbsp = "\u00A0";
  Paper undated = russian_article();
  undated.published.reset();
  for (const Paper& p : {turkish_review(), russian_article(), undated, english_four_authors(), hostile()}) {
    INFO(p.id);
    for (const auto& s : {cite_gost(p, "ru").text, cite_gost(p, "ru").html})
      for (const char* broken : {" Т. ", " № ", " С. ", " Vol. ", " No. ", " P. ", "[б. ", "[s. ", "et al.", "и др."}) {
        INFO(broken);
        CHECK(s.find(broken) == std::string::npos);
      }
  }
  CHECK(cite_gost(undated, "ru").html.find("[б." + nbsp + "г.]") != std::string::npos);
  CHECK(cite_gost(russian_quotes(), "ru").html.find("Назарбаев" + nbsp + "Н." + nbsp + "Ә.,") != std::string::npos);
  // APA's Russian "no date" in parentheses is one unit too; the other pages' forms have no space
  CHECK(apa_alone(kazakh_editorial(), "ru").html.ends_with("(б." + nbsp + "г.)."));
  // APA's own initials keep ordinary spaces (APA sets no rule for them)
  CHECK(apa_alone(hostile(), "en").text.starts_with("Smith, J. P. (2020)."));
}
