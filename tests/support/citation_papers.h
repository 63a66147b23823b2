#pragma once
/// Hand-built papers for the citation and export tests, mirroring the
/// portal's real cases (see content/papers/): a Turkish review article with two
/// authors, a Russian article with one author and a year, a Kazakh article
/// with an editorial title and nobody named, an abstracts-only paper without
/// authors or date, a title full of BibTeX/HTML-hostile characters, and a few
/// more that exercise name lists, quotes and dates.

#include <string>
#include <vector>

#include "content/model.h"
#include "link/name_evidence.h"
#include "render/citation.h"

namespace portal::test {

/// A Localized<std::string> from {lang, text} pairs.
inline Localized<std::string> loc(std::initializer_list<std::pair<const char*, const char*>> v) {
  Localized<std::string> out;
  for (const auto& [lang, text] : v) out.values[lang] = text;
  return out;
}

/// An author with the given names per language.
inline Author person(const char* id, Localized<std::string> name) {
  Author a;
  a.id = id;
  a.name = std::move(name);
  return a;
}

/// (1) Turkish review article, two authors, İmgelem special issue, 2024-09.
inline Paper turkish_review() {
  Paper p;
  p.id = "smart-power-kazakhstan-turkiye";
  p.language = "tr";
  p.type = "review-article";
  p.title = loc({{"tr", "Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç"},
                 {"en", "Smart Power in the Development of Kazakhstan-Türkiye Relations"}});
  p.authors = {person("kalkan-erol", loc({{"tr", "Erol Kalkan"}, {"en", "Erol Kalkan"}})),
               person("bektassova-madina", loc({{"tr", "Madina Bektassova"}, {"en", "Madina Bektassova"}}))};
  p.journal = Journal{"İmgelem", "", "Özbekistan Özel Sayısı", "425–448", ""};
  p.published = Date{2024, 9, 0};
  p.doi = "10.53791/imgelem.1480702";
  p.keywords.values["tr"] = {"Akıllı güç", "Kazakistan", "Türkiye"};
  p.keywords.values["en"] = {"Smart power", "Kazakhstan", "Türkiye"};
  p.abstract = loc({{"tr", "Bu çalışma akıllı gücü inceler.\n\nİkinci paragraf."},
                    {"en", "This study examines smart power in the relations of Kazakhstan and Türkiye."}});
  // the texts that tell proper nouns from common words (APA sentence case)
  p.extended_abstract = loc({{"tr", "Kazakistan ve Türkiye ilişkilerinin gelişimi, akıllı güç kavramıyla ele alınır."}});
  return p;
}

/// (2) Russian article, one author "Муратхан Йылмаз", DOI, year only.
inline Paper russian_article() {
  Paper p;
  p.id = "turkic-integration-turkiye-kazakhstan";
  p.language = "ru";
  p.title = loc({{"ru", "Реализация концепции тюркской интеграции в отношениях между Турцией и Казахстаном"},
                 {"en",
                  "Implementation of the Concept of Turkic Integration in Relations Between Turkey and "
                  "Kazakhstan"}});
  p.authors = {person("yilmaz-muratkhan", loc({{"ru", "Муратхан Йылмаз"}, {"en", "M. Yilmaz"}}))};
  p.journal = Journal{"Вестник международных исследований", "131", "2", "19-27", ""};
  p.published = Date{2026, 0, 0};
  p.doi = "10.35775/PSI.2026.131.2.019";
  p.keywords.values["ru"] = {"дипломатические отношения", "Турция и Казахстан"};
  p.abstract = loc({{"en", "The article considers the concept of Turkic integration in the relations of Turkey and "
                           "Kazakhstan."}});
  return p;
}

/// (3) Kazakh article: editorial title, no authors, no journal, no date.
inline Paper kazakh_editorial() {
  Paper p;
  p.id = "kazakhstan-turkiye-ots";
  p.language = "kk";
  p.title = loc({{"kk", "Түркі мемлекеттері ұйымының қалыптасуындағы Қазақстан мен Түркияның рөлі"},
                 {"ru", "Роль Казахстана и Турции в формировании Организации тюркских государств"},
                 {"tr", "Türk Devletleri Teşkilatının Oluşumunda Kazakistan ve Türkiye'nin Rolü"}});
  p.title_editorial = true;
  p.keywords.values["kk"] = {"Түркі мемлекеттер ұйымы", "Қазақстан"};
  return p;
}

/// (4) Abstracts only: no authors, no date, a Turkish title with an apostrophe,
/// keywords only in English.
inline Paper abstracts_only() {
  Paper p;
  p.id = "kazakhstan-turkiye-cooperation-1990-2000";
  p.language = "tr";
  p.type = "abstracts-only";
  p.title = loc({{"tr",
                  "Sovyetler Birliği'nin Dağılmasından Sonra Türk Entegrasyonu Çerçevesinde Kazakistan ve "
                  "Türkiye İş Birliği (1990–2000)"}});
  p.keywords.values["en"] = {"Turkic integration", "Kazakhstan"};
  p.abstract = loc({{"tr", "1990 yılında Sovyetler Birliği'nin dağılmasından sonra..."}});
  p.extended_abstract = loc({{"tr", "1990’lardan sonra Kazakistan ile Türkiye, Türk entegrasyonu çerçevesinde iş birliği kurdu."}});
  return p;
}

/// The hostile title of paper (5).
inline const char* hostile_title() {
  return "Braces {x} 100% & $5 #1 a_b x^2 ~ C:\\path <script>alert(1)</script>";
}

/// (5) English article whose title has BibTeX- and HTML-hostile characters.
inline Paper hostile() {
  Paper p;
  p.id = "hostile-characters";
  p.language = "en";
  p.title = loc({{"en", hostile_title()}});
  p.authors = {person("smith-john", loc({{"en", "John Paul Smith"}}))};
  p.journal = Journal{"Journal of Tests & Trials", "3", "2", "1–10", ""};
  p.published = Date{2020, 1, 15};
  p.doi = "10.1234/abc_def";
  return p;
}

/// (6) English article: four authors (GOST "et al."), a one-word name, quotes,
/// a lower-case journal name (APA title case), a volume without issue.
inline Paper english_four_authors() {
  Paper p;
  p.id = "soft-power-cinema";
  p.language = "en";
  p.title = loc({{"en", "Turkish Film Industry as an Instrument of \"Soft Power\" Policy in Central Asia"}});
  p.authors = {person("a", loc({{"en", "Ayşe Nur Yılmaz"}})), person("b", loc({{"en", "Jean-Paul Durand"}})),
               person("c", loc({{"en", "Abai"}})), person("d", loc({{"en", "Gülnar Nadirova"}}))};
  p.journal = Journal{"journal of central asian studies", "14", "", "e12", ""};
  p.abstract = loc({{"en", "Turkish series reach audiences in Central Asia; the film industry serves soft power."}});
  p.published = Date{2023, 3, 7};
  return p;
}

/// (7) Russian article: name written family-first with initials, guillemets
/// and nested straight quotes in the title, three authors.
inline Paper russian_quotes() {
  Paper p;
  p.id = "soft-power-russian";
  p.language = "ru";
  p.title = loc({{"ru", "Политика «мягкой силы» и \"Türkiye'nin 'yumuşak gücü'\" в регионе"}});
  p.authors = {person("n", loc({{"ru", "Назарбаев Н.Ә."}})), person("k", loc({{"ru", "Ерлан Карин"}})),
               person("s", loc({{"ru", "Айгерим Сейтова"}}))};
  p.journal = Journal{"Казахстан-Спектр", "", "4", "5", ""};
  p.published = Date{2019, 0, 0};
  return p;
}

/// (8) A team paper with 22 authors (APA lists 19, an ellipsis and the last),
/// no journal but a date, and a title ending in a question mark.
inline Paper many_authors() {
  Paper p;
  p.id = "many-authors";
  p.language = "en";
  p.title = loc({{"en", "Who writes the history of Turkic integration?"}});
  static const char* names[] = {
      "Ali Veli",       "Berik Asan",    "Cem Kaya",  "Dana Omar",   "Ece Demir",  "Farid Aliyev",
      "Gaukhar Ibraim", "Hakan Şen",     "Ilyas Bek", "Jamila Nur",  "Kerem Ak",   "Lale Toprak",
      "Marat Sultan",   "Nurlan Kenzhe", "Oya Sarı",  "Pinar Gül",   "Rustem Ali", "Serik Bolat",
      "Timur Khan",     "Umit Ozdag",    "Vera Lis",  "Zhanna Ilyas"};
  for (const char* n : names) p.authors.push_back(person("x", loc({{"en", n}})));
  p.published = Date{2022, 0, 0};
  return p;
}

/// (9) English title ending in a quotation (APA moves the period inside the
/// quotes in en-US), a page list, day-less month date.
inline Paper quote_at_end() {
  Paper p;
  p.id = "middle-corridor";
  p.language = "en";
  p.title = loc({{"en", "Rethinking the 'Middle Corridor'"}});
  p.authors = {person("xu", loc({{"en", "Li Xu"}}))};
  p.journal = Journal{"Central Asian Survey", "41", "3", "1-5, 9-12", ""};
  p.abstract = loc({{"en", "Trade along the Middle Corridor grew; rethinking it is due."}});
  p.published = Date{2022, 5, 0};
  return p;
}

/// (10) Kazakh, no author: a stray quotation mark, a title ending in a period,
/// a journal with a date but no volume, issue or pages.
inline Paper stray_quote() {
  Paper p;
  p.id = "stray-quote";
  p.language = "kk";
  p.title = loc({{"kk", "Қазақ \"тілі және түркі әлемі."}});
  p.journal = Journal{"Ақиқат", "", "", "", ""};
  p.published = Date{2021, 12, 1};
  return p;
}

/// Every test paper, in the order above.
inline std::vector<Paper> all_papers() {
  return {turkish_review(),       russian_article(), kazakh_editorial(), abstracts_only(), hostile(),
          english_four_authors(), russian_quotes(),  many_authors(),     quote_at_end(),   stray_quote()};
}

/// The evidence for proper nouns of a portal holding only `p` (APA sentence case).
inline text::CaseEvidence evidence_of(const Paper& p) {
  Site site;
  site.papers = {p};
  return gather_name_evidence(site, text::MarkdownCache());
}

/// cite_apa for `p` in a portal holding only `p`.
inline Citation apa_alone(const Paper& p, std::string_view lang, std::string_view page_url = {}) {
  return cite_apa(p, lang, evidence_of(p), page_url);
}

}  // namespace portal::test
