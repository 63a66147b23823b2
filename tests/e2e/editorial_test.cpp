// End to end: editorial honesty. An editorial [sic] mark reaches the reader as
// the editors' mark (an <ins class="editorial"> with its explanation, linked to
// the paper's edition statement), the edition statement lists what the edition
// changed with its counts in every language, and a statement that does not
// match the paper is an error at its place.

#include <catch2/catch.hpp>

#include "../support/html_scan.h"
#include "../support/portal_fixture.h"
#include "../support/site_pages.h"

using namespace portal::fixture;
using namespace portal::fixture::site_pages;

namespace {

/// A paper with one [sic] mark in its abstract and one in its body, and an
/// edition statement declaring `sic_count` marks and 12 joined line breaks.
std::string marked_paper(int sic_count, const std::string& body_mark = "[sic](editorial:sic)",
                         const std::string& extra_change = "") {
  return "---\n"
         "language: en\n"
         "title: {en: Marked}\n"
         "topics: [soft-power]\n"
         "abstract: {en: \"An abstract with a slip [sic](editorial:sic).\"}\n"
         "edition:\n"
         "  source: {format: journal-pdf, pages: \"1-9\", url: \"https://doi.org/10.1/x\"}\n"
         "  changes:\n"
         "    - {kind: sic-marks, count: " +
         std::to_string(sic_count) +
         "}\n"
         "    - {kind: line-breaks-joined, count: 12}\n" +
         extra_change +
         "source: marked.txt\n"
         "---\n"
         "## Intro {#intro}\n"
         "\n"
         "Document and contact " +
         body_mark + " analysis.\n";
}

/// The fixture portal plus `paper` as content/papers/marked.md, built.
struct MarkedSite {
  TempDir dir;
  fs::path root, out;
  RunResult run;
  Tree files;
  explicit MarkedSite(const std::string& paper) {
    root = make_portal(dir);
    spit(root / "content" / "papers" / "marked.md", paper);
    out = dir / "site";
    run = build(root, out);
    files = snapshot(out);
  }
  const std::string& page(const std::string& rel) const {
    auto it = files.find(rel);
    if (it == files.end()) FAIL("the built site has no " << rel);
    return it->second;
  }
};

/// The text of the element with id `id` (its start tag to the next `</section>`).
std::string section_text(const std::string& html, const std::string& id) {
  size_t at = html.find("id=\"" + id + "\"");
  if (at == std::string::npos) return {};
  size_t end = html.find("</section>", at);
  return visible_text(html.substr(at, end - at));
}

}  // namespace

TEST_CASE("editorial: a [sic] mark is the editors' <ins>, explained, and linked to the edition statement",
          "[e2e][editorial]") {
  MarkedSite s(marked_paper(2));
  INFO(s.run.err);
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::string> explanation = {
      {"en", "[sic] is the editors' mark, not the authors'"},
      {"ru", "[sic] — пометка редакции, а не авторов"},
      {"kk", "[sic] – авторлардың емес, редакцияның белгісі"},
      {"tr", "[sic] yazarların değil editörlerin işaretidir"}};
  for (const auto& [lang, words] : explanation) {
    INFO(lang);
    const std::string& html = s.page(paper_page(lang, "marked"));
    auto marks = with_class(html, "editorial");
    REQUIRE(marks.size() == 2);  // the abstract's and the body's
    for (const auto& m : marks) {
      CHECK(m.name == "ins");
      CHECK(contains(decode_entities(m.get("title")), words));
      CHECK(m.get("lang") == lang);  // the explanation is in the reader's language
      CHECK(inner(html, m) == "<a href=\"#edition\">[<i lang=\"la\">sic</i>]</a>");
    }
    // The mark's link has a target, and the author's words around it are unchanged.
    CHECK(contains(html, "<section class=\"edition\" id=\"edition\""));
    CHECK(contains(html, "Document and contact <ins class=\"editorial\""));
    CHECK(contains(html, "</ins> analysis."));
    CHECK_FALSE(contains(visible_text(html), "contact sic analysis"));
  }
}

TEST_CASE("editorial: printed, only the first [sic] of a paper page writes its explanation out", "[e2e][editorial]") {
  // The print style writes the title out after an `explained` mark; one per
  // page is enough, the others stay short (all keep their title for hover).
  // The English abstract comes first on the English page; on the others it is
  // folded among the other-language abstracts, still before the body.
  MarkedSite s(marked_paper(2));
  REQUIRE(s.run.status == 0);
  for (const char* lang : {"en", "kk", "ru", "tr"}) {
    INFO(lang);
    const std::string& html = s.page(paper_page(lang, "marked"));
    auto marks = with_class(html, "editorial");
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].get("class") == "editorial explained");
    CHECK(marks[1].get("class") == "editorial");
    CHECK(with_class(html, "explained").size() == 1);
    // The explained one is the abstract's, the first a printed page shows.
    CHECK(html.find("class=\"editorial explained\"") < html.find("Document and contact"));
    CHECK(marks[0].get("title") == marks[1].get("title"));
  }
  // The print style writes out the explained mark only.
  std::string css = s.page("assets/style.css");
  CHECK(contains(css, "ins.editorial.explained::after { content: \" (\" attr(title) \")\""));
  CHECK_FALSE(contains(css, "ins.editorial::after"));
}

TEST_CASE("editorial: the edition statement gives the source and each change with its count, in every language",
          "[e2e][editorial]") {
  MarkedSite s(marked_paper(2));
  INFO(s.run.err);
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::vector<std::string>> want = {
      {"en", {"About this edition", "the journal's PDF, pages 1-9, https://doi.org/10.1/x", "2 [sic] marks added",
              "12 line breaks of the PDF joined"}},
      {"ru", {"Об этом издании", "PDF-версия журнала, с. 1-9", "Добавлены 2 пометки [sic]", "Соединено 12 разрывов строк PDF"}},
      {"kk", {"Осы басылым туралы", "журналдың PDF нұсқасы, беттер 1-9", "2 [sic] белгісін", "PDF-тегі 12 жол үзілісі біріктірілді"}},
      {"tr", {"Bu baskı hakkında", "derginin PDF sürümü, sayfa 1-9", "2 [sic] işareti", "PDF'teki 12 satır sonu birleştirildi"}}};
  for (const auto& [lang, texts] : want) {
    INFO(lang);
    std::string text = section_text(s.page(paper_page(lang, "marked")), "edition");
    for (const auto& t : texts) {
      INFO(text);
      CHECK(contains(text, t));
    }
    // The changes are listed in the statement's order.
    CHECK(text.find(texts[2]) < text.find(texts[3]));
  }
  // A paper without a statement shows none, and its words stay unmarked.
  CHECK_FALSE(contains(s.page(paper_page("en", "alpha-smart-power")), "id=\"edition\""));
}

TEST_CASE("editorial: plain-text copies of an abstract (description, CSL-JSON, RIS) carry the text as printed",
          "[e2e][editorial]") {
  // There a mark could not be told from the authors' words, so it is left out.
  MarkedSite s(marked_paper(2));
  REQUIRE(s.run.status == 0);
  const std::string& html = s.page(paper_page("en", "marked"));
  auto metas = find_tags(html, "meta", "name", "description");
  REQUIRE(!metas.empty());
  CHECK(decode_entities(metas[0].get("content")) == "An abstract with a slip.");
  CHECK(contains(s.page("papers/marked.json"), "\"abstract\": \"An abstract with a slip.\""));
  CHECK(contains(s.page("papers/marked.ris"), "AB  - An abstract with a slip."));
  for (const auto& [rel, bytes] : s.files)
    if (rel.rfind("papers/marked.", 0) == 0) {
      INFO(rel);
      CHECK_FALSE(contains(bytes, "sic"));
    }
}

TEST_CASE("editorial: a statement that does not match the paper is an error at its place", "[e2e][editorial][bad-input]") {
  SECTION("the [sic] count is wrong") {
    MarkedSite s(marked_paper(3));
    CHECK(s.run.status == 1);
    CHECK(has_line(s.run.err, "content/papers/marked.md:7:3: error: the edition statement declares 3 [sic] mark(s), "
                              "but the paper's texts carry 2"));
  }
  SECTION("an unknown kind of editorial mark") {
    MarkedSite s(marked_paper(1, "[sic](editorial:typo)"));
    CHECK(s.run.status == 1);
    CHECK(has_line(s.run.err, "content/papers/marked.md:15:22: error: unknown editorial mark 'editorial:typo': the "
                              "only one is [sic](editorial:sic)"));
  }
  SECTION("an unknown kind of change, and a count of zero") {
    MarkedSite s(marked_paper(2, "[sic](editorial:sic)",
                              "    - {kind: spelling-modernised, count: 4}\n    - {kind: title-case, count: 0}\n"));
    CHECK(s.run.status == 1);
    CHECK(has_line(s.run.err, "content/papers/marked.md:11:14: error: unknown edition change 'spelling-modernised': "
                              "use line-breaks-joined, look-alike-letters, sic-marks, editorial-title, "
                              "citation-letters, title-case"));
    CHECK(has_line(s.run.err, "content/papers/marked.md:12:33: error: edition change count '0' must be a whole number "
                              "above 0 (leave out a change the edition did not make)"));
  }
  SECTION("a [sic] mark in a paper without an edition statement") {
    std::string paper = marked_paper(2);
    paper.erase(paper.find("edition:\n"), paper.find("source: marked") - paper.find("edition:\n"));
    MarkedSite s(paper);
    CHECK(s.run.status == 1);
    CHECK(contains(s.run.err, "content/papers/marked.md:1:1: error: the paper carries 2 editorial [sic] mark(s) but no "
                              "'edition' statement declaring them"));
  }
  SECTION("an editorial title the statement leaves out") {
    std::string paper = marked_paper(2);
    paper.insert(paper.find("topics:"), "title_source: editorial\n");
    MarkedSite s(paper);
    CHECK(s.run.status == 1);
    CHECK(has_line(s.run.err, "content/papers/marked.md:8:3: error: the title is editorial (title_source: editorial), "
                              "but the edition statement does not list 'editorial-title'"));
  }
}
