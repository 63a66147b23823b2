// CSL-JSON, BibTeX and RIS exports. The BibTeX is read back by real parsers
// (Debian: python3-bibtexparser through tests/support/bibtex_read.py, and
// pandoc's biblatex reader for LaTeX-decoded values); missing tools fail the
// test, naming the package.
#include "output/exports.h"

#include <catch2/catch.hpp>
#include <regex>
#include <sstream>
#include <string>

#include "../support/citation_papers.h"
#include "../support/process.h"
#include "render/citation.h"

using namespace portal;
using namespace portal::test;
using nlohmann::json;

namespace {

/// The BibTeX of `papers` parsed by bibtexparser (raw fields plus "names").
json bibtexparser_read(const std::string& bib) {
  const std::string py = debian_python();
  require_tool(py + " -c 'import bibtexparser'", "python3-bibtexparser");
  TempDir dir;
  auto r = run_command(py + " " + sh_quote(std::string(PORTAL_SOURCE_DIR) + "/tests/support/bibtex_read.py") +
                       " " + sh_quote(dir.write("refs.bib", bib)));
  INFO("bibtex_read.py stderr: " << r.err);
  REQUIRE(r.status == 0);
  return json::parse(r.out);
}

/// The BibTeX read by pandoc's biblatex reader, as CSL-JSON.
json pandoc_read(const std::string& bib) {
  require_tool("pandoc --version", "pandoc");
  TempDir dir;
  auto r = run_command("pandoc -f biblatex -t csljson " + sh_quote(dir.write("refs.bib", bib)));
  INFO("pandoc stderr: " << r.err);
  REQUIRE(r.status == 0);
  return json::parse(r.out);
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

}  // namespace

TEST_CASE("CSL-JSON: one article-journal item with the paper's data at its own precision") {
  json j =
      to_csl_json(turkish_review(), "https://example.org/portal/tr/papers/smart-power-kazakhstan-turkiye/");
  CHECK(j["id"] == "smart-power-kazakhstan-turkiye");
  CHECK(j["type"] == "article-journal");
  CHECK(j["title"] == "Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç");
  CHECK(j["author"] ==
        json::parse(R"([{"family":"Kalkan","given":"Erol"},{"family":"Bektassova","given":"Madina"}])"));
  CHECK(j["issued"] == json::parse(R"({"date-parts":[[2024,9]]})"));
  CHECK(j["container-title"] == "İmgelem");
  CHECK(j["issue"] == "Özbekistan Özel Sayısı");
  CHECK(j["page"] == "425–448");
  CHECK(!j.contains("volume"));
  CHECK(j["DOI"] == "10.53791/imgelem.1480702");
  CHECK(j["language"] == "tr");
  CHECK(j["keyword"] == "Akıllı güç, Kazakistan, Türkiye");
  CHECK(j["URL"] == "https://example.org/portal/tr/papers/smart-power-kazakhstan-turkiye/");

  CHECK(to_csl_json(russian_article())["issued"] == json::parse(R"({"date-parts":[[2026]]})"));
  CHECK(to_csl_json(hostile())["issued"] == json::parse(R"({"date-parts":[[2020,1,15]]})"));
  CHECK(to_csl_json(hostile())["title"] == hostile_title());
  CHECK(!to_csl_json(hostile()).contains("URL"));
  CHECK(to_csl_json(english_four_authors())["author"][2] == json::parse(R"({"family":"Abai"})"));
}

TEST_CASE("CSL-JSON: no authors and no date leave author and issued out") {
  for (const auto& p : {kazakh_editorial(), abstracts_only()}) {
    json j = to_csl_json(p);
    CHECK(!j.contains("author"));
    CHECK(!j.contains("issued"));
    CHECK(!j.contains("container-title"));
  }
  CHECK(to_csl_json(kazakh_editorial())["title"] ==
        "[Түркі мемлекеттері ұйымының қалыптасуындағы Қазақстан мен Түркияның рөлі]");
  CHECK(to_csl_json(abstracts_only())["keyword"] == "Turkic integration, Kazakhstan");
  CHECK(to_csl_json(abstracts_only())["abstract"] ==
        "1990 yılında Sovyetler Birliği'nin dağılmasından sonra...");
}

TEST_CASE("BibTeX: escaping, braces protecting the title, verbatim doi, langid") {
  CHECK(to_bibtex(hostile()) ==
        "@article{hostile-characters,\n"
        "  author = {Smith, John Paul},\n"
        "  title = {{Braces \\{x\\} 100\\% \\& \\$5 \\#1 a\\_b x\\textasciicircum{}2 \\textasciitilde{} "
        "C:\\textbackslash{}path <script>alert(1)</script>}},\n"
        "  journaltitle = {Journal of Tests \\& Trials},\n"
        "  journal = {Journal of Tests \\& Trials},\n"
        "  volume = {3},\n"
        "  number = {2},\n"
        "  pages = {1--10},\n"
        "  date = {2020-01-15},\n"
        "  year = {2020},\n"
        "  month = {1},\n"
        "  doi = {10.1234/abc_def},\n"
        "  langid = {english},\n"
        "}\n");
  std::string tr = to_bibtex(turkish_review(), "https://example.org/a b");
  CHECK(tr.find("  author = {Kalkan, Erol and Bektassova, Madina},\n") != std::string::npos);
  CHECK(tr.find("  date = {2024-09},\n  year = {2024},\n  month = {9},\n") != std::string::npos);
  CHECK(tr.find("  url = {https://example.org/a%20b},\n") != std::string::npos);
  CHECK(tr.find("  langid = {turkish},\n") != std::string::npos);
  CHECK(to_bibtex(russian_article()).find("  langid = {russian},\n") != std::string::npos);
  std::string kk = to_bibtex(kazakh_editorial());
  CHECK(kk.find("  langid = {kazakh},\n") != std::string::npos);
  CHECK(kk.find("author") == std::string::npos);
  CHECK(kk.find("year") == std::string::npos);
  CHECK(kk.find("date") == std::string::npos);
}

TEST_CASE("BibTeX round-trips through bibtexparser: title, authors, doi, year") {
  const auto papers = all_papers();
  std::string bib;
  for (const auto& p : papers) bib += to_bibtex(p) + "\n";
  json entries = bibtexparser_read(bib);
  REQUIRE(entries.size() == papers.size());
  for (size_t i = 0; i < papers.size(); ++i) {
    const Paper& p = papers[i];
    const json& e = entries[i];
    INFO("paper " << p.id);
    CHECK(e["ID"] == p.id);
    CHECK(e["ENTRYTYPE"] == "article");
    if (p.id != "hostile-characters")  // no LaTeX specials: the raw value is the title, braced
      CHECK(e["title"] == "{" + citation_title(p) + "}");
    auto authors = citation_authors(p);
    REQUIRE(e["names"].size() == authors.size());
    for (size_t k = 0; k < authors.size(); ++k) {
      CHECK(e["names"][k]["last"] == authors[k].family);
      CHECK(e["names"][k]["first"] == authors[k].given);
      CHECK(e["names"][k]["von"] == "");
    }
    CHECK(e.value("doi", "") == p.doi);
    CHECK(e.value("year", "") == (p.published ? std::to_string(p.published->year) : ""));
  }
}

TEST_CASE("BibTeX read by pandoc's biblatex reader decodes to the original values") {
  const auto papers = all_papers();
  std::string bib;
  for (const auto& p : papers) bib += to_bibtex(p) + "\n";
  json items = pandoc_read(bib);
  REQUIRE(items.size() == papers.size());
  for (size_t i = 0; i < papers.size(); ++i) {
    const Paper& p = papers[i];
    INFO("paper " << p.id);
    // LaTeX typography: pandoc reads ' as ’
    std::string title = std::regex_replace(citation_title(p), std::regex("'"), "’");
    CHECK(items[i]["title"] == title);
    CHECK(items[i].value("DOI", "") == p.doi);
    if (p.journal) CHECK(items[i]["container-title"] == p.journal->name);
    CHECK(items[i].contains("issued") == p.published.has_value());
    if (p.published) CHECK(items[i]["issued"] == to_csl_json(p)["issued"]);
  }
  CHECK(items[4]["title"] == hostile_title());
}

TEST_CASE("BibTeX with unpaired braces still parses and keeps the following fields") {
  Paper p = hostile();
  p.title.values["en"] = "a } b { c {";
  p.authors[0].name.values["en"] = "Ali and Veli";  // "and" as a word would split the author list
  std::string bib = to_bibtex(p);
  CHECK(bib.find("title = {{a \\textbraceright{} b \\textbraceleft{} c \\textbraceleft{}}}") !=
        std::string::npos);
  json e = bibtexparser_read(bib);
  REQUIRE(e.size() == 1);
  CHECK(e[0]["journal"] == "Journal of Tests \\& Trials");
  CHECK(e[0]["doi"] == "10.1234/abc_def");
  CHECK(e[0]["names"].size() == 1);
}

TEST_CASE("RIS: TY first, ER last, every line 'XX  - ', CRLF line ends") {
  for (const auto& p : all_papers()) {
    std::string ris = to_ris(p, "https://example.org/p/");
    INFO("paper " << p.id << "\n" << ris);
    REQUIRE(ris.ends_with("\r\n"));
    auto ls = lines(ris);
    REQUIRE(ls.size() >= 3);
    CHECK(ls.front() == "TY  - JOUR\r");
    CHECK(ls.back() == "ER  - \r");
    std::regex line(R"(^[A-Z][A-Z0-9]  - [^\r\n]*\r$)");
    size_t au = 0;
    for (const auto& l : ls) {
      CHECK(std::regex_match(l, line));
      au += l.starts_with("AU  - ");
    }
    CHECK(au == citation_authors(p).size());
    CHECK(ris.find("TI  - " + citation_title(p) + "\r\n") != std::string::npos);
    CHECK(ris.find("UR  - https://example.org/p/\r\n") != std::string::npos);
  }
  std::string tr = to_ris(turkish_review());
  CHECK(tr ==
        "TY  - JOUR\r\nAU  - Kalkan, Erol\r\nAU  - Bektassova, Madina\r\n"
        "TI  - Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç\r\nT2  - İmgelem\r\n"
        "PY  - 2024\r\nDA  - 2024/09//\r\nIS  - Özbekistan Özel Sayısı\r\nSP  - 425\r\nEP  - 448\r\n"
        "DO  - 10.53791/imgelem.1480702\r\nLA  - tr\r\nKW  - Akıllı güç\r\nKW  - Kazakistan\r\nKW  - "
        "Türkiye\r\n"
        "AB  - Bu çalışma akıllı gücü inceler. İkinci paragraf.\r\nER  - \r\n");
  CHECK(to_ris(hostile()).find("PY  - 2020\r\nDA  - 2020/01/15/\r\n") != std::string::npos);
  CHECK(to_ris(russian_article()).find("DA  -") == std::string::npos);
  std::string none = to_ris(kazakh_editorial());
  CHECK(none.find("AU  -") == std::string::npos);
  CHECK(none.find("PY  -") == std::string::npos);
  CHECK(to_ris(english_four_authors()).find("AU  - Abai\r\n") != std::string::npos);
  CHECK(to_ris(english_four_authors()).find("SP  - e12\r\n") != std::string::npos);
}
