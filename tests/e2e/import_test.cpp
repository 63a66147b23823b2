// `portal import`: the five source texts against the papers published from
// them, PDFs printed by chromium at test time (running heads, page numbers,
// hyphenation, two columns), small texts for look-alikes, hyphens and
// citations, and bad input with its messages and exit statuses.

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <map>
#include <regex>

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <yaml-cpp/yaml.h>

#include "../support/portal_fixture.h"
#include "text/case_map.h"
#include "text/unicode.h"

using namespace portal::fixture;

namespace {

/// A portal folder with the project's real content, templates and assets.
fs::path real_portal(const TempDir& dir) {
  fs::path root = dir / "portal";
  copy_tree(source_dir() / "content", root / "content");
  copy_tree(source_dir() / "templates", root / "templates");
  copy_tree(source_dir() / "assets", root / "assets");
  return root;
}

/// Front matter (parsed) and body of a paper file.
struct PaperFile {
  YAML::Node meta;
  std::string body;
};

PaperFile read_paper(const fs::path& path) {
  std::string s = slurp(path);
  REQUIRE(s.rfind("---\n", 0) == 0);
  size_t end = s.find("\n---\n", 3);
  REQUIRE(end != std::string::npos);
  return {YAML::Load(s.substr(4, end - 4)), s.substr(end + 5)};
}

/// The words of a Markdown body as a reader sees them: anchors, link targets,
/// editorial marks and escapes left out; lower case; runs of letters and digits.
std::map<std::string, int> body_words(std::string md) {
  md = std::regex_replace(md, std::regex(R"(\{#[^}]*\})"), " ");
  md = std::regex_replace(md, std::regex(R"(\]\((cite|figure|paper|event|topic|editorial):[^)]*\))"), "] ");
  md = std::regex_replace(md, std::regex(R"(\[sic\])"), " ");
  md = std::regex_replace(md, std::regex(R"(\\([\\`*_<>#|\[\]().+-]))"), "$1");
  std::map<std::string, int> words;
  std::string cur;
  for (size_t i = 0; i <= md.size();) {
    size_t at = i;
    int32_t c = i < md.size() ? portal::text::decode_utf8(md, i) : -1;
    if (i == at) i++;
    if (c >= 0 && (u_isalpha(c) || u_isdigit(c))) {
      cur.append(md, at, i - at);
    } else {
      if (!cur.empty()) words[portal::text::to_lower(cur, "")]++;
      cur.clear();
      if (c < 0 && at >= md.size()) break;
    }
  }
  return words;
}

/// Shared words over the larger of the two counts: 1 when the multisets are equal.
double agreement(const std::map<std::string, int>& a, const std::map<std::string, int>& b) {
  long common = 0, na = 0, nb = 0;
  for (const auto& [w, n] : a) {
    na += n;
    auto it = b.find(w);
    if (it != b.end()) common += std::min(n, it->second);
  }
  for (const auto& [w, n] : b) nb += n;
  long total = std::max(na, nb);
  return total == 0 ? 1.0 : static_cast<double>(common) / static_cast<double>(total);
}

std::set<std::string> languages_of(const YAML::Node& map) {
  std::set<std::string> out;
  if (map && map.IsMap())
    for (const auto& kv : map) out.insert(kv.first.as<std::string>());
  return out;
}

fs::path seeds_dir() {
  if (const char* dir = std::getenv("PORTAL_SEEDS_DIR")) return fs::is_directory(dir) ? fs::path(dir) : fs::path();
  for (const fs::path& p : {source_dir() / ".." / "shared" / "seeds", source_dir() / ".." / ".." / "shared" / "seeds"})
    if (fs::is_directory(p)) return p;
  return {};
}

/// Prints `html` to a PDF with Debian's headless chromium.
void print_pdf(const fs::path& html, const fs::path& pdf) {
  portal::test::require_tool("chromium --version", "chromium");
  RunResult r = run_shell("chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=" +
                          sh_quote(pdf.string()) + " " + sh_quote("file://" + html.string()) + " 2>/dev/null");
  REQUIRE(fs::exists(pdf));
}

}  // namespace

TEST_CASE("portal import: every source text against the paper published from it", "[e2e][import]") {
  fs::path seeds = seeds_dir();
  // The comparison is the measure of the importer: without the source texts it cannot be made, and that fails.
  if (seeds.empty()) FAIL("the source texts are not at ../shared/seeds beside the repository (or PORTAL_SEEDS_DIR)");
  TempDir dir;
  fs::path root = real_portal(dir);
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"000_584df4eed52fa551.txt", "turkish-cinema-soft-power"},
      {"001_08e2fca3cbf5709b.txt", "kazakhstan-turkiye-ots"},
      {"002_e70a47d935861fdd.txt", "turkic-integration-turkiye-kazakhstan"},
      {"003_9195b581adcd4f14.txt", "smart-power-kazakhstan-turkiye"},
      {"004_9051ac3a65e99490.txt", "kazakhstan-turkiye-cooperation-1990-2000"},
  };
  for (const auto& [seed, published_id] : pairs) {
    std::string id = "imported-" + published_id;
    RunResult r = run_portal({"import", (seeds / seed).string(), "--root", root.string(), "--id", id});
    INFO(seed << "\n" << r.out << r.err);
    PaperFile published = read_paper(source_dir() / "content" / "papers" / (published_id + ".md"));
    fs::path draft_path = root / "content" / "papers" / (id + ".md");
    REQUIRE(fs::exists(draft_path));
    REQUIRE(fs::exists(root / "content" / "papers" / (id + ".review.md")));
    PaperFile draft = read_paper(draft_path);

    double words = agreement(body_words(published.body), body_words(draft.body));
    auto langs = [](const YAML::Node& m) { return fmt::format("{}", fmt::join(languages_of(m), ",")); };
    size_t refs_pub = published.meta["references"] ? published.meta["references"].size() : 0;
    size_t refs_draft = draft.meta["references"] ? draft.meta["references"].size() : 0;
    std::cout << fmt::format("import {} → {}: body words {:.2f}%, abstracts {} (published {}), keywords {} "
                             "(published {}), references {}/{}, exit {}\n",
                             seed, published_id, words * 100, langs(draft.meta["abstract"]),
                             langs(published.meta["abstract"]), langs(draft.meta["keywords"]),
                             langs(published.meta["keywords"]), refs_draft, refs_pub, r.status);
    CHECK(words >= 0.97);
    for (const auto& lang : languages_of(published.meta["abstract"])) CHECK(languages_of(draft.meta["abstract"]).count(lang));
    for (const auto& lang : languages_of(published.meta["keywords"])) CHECK(languages_of(draft.meta["keywords"]).count(lang));
    CHECK(refs_draft == refs_pub);
    if (published.meta["doi"]) CHECK(draft.meta["doi"].as<std::string>() == published.meta["doi"].as<std::string>());
    if (published.meta["journal"] && published.meta["journal"]["pages"])
      CHECK(draft.meta["journal"]["pages"].as<std::string>() == published.meta["journal"]["pages"].as<std::string>());
    CHECK(draft.meta["language"].as<std::string>() == published.meta["language"].as<std::string>());
    // The check of the draft: no errors, except a required title where the source prints none
    // (the published paper's title is the editors': title_source: editorial).
    bool source_has_title = !(published.meta["title_source"] &&
                              published.meta["title_source"].as<std::string>() == "editorial");
    std::vector<std::string> errors;
    for (const auto& line : lines_of(r.err))
      if (contains(line, ": error: ")) errors.push_back(line);
    if (source_has_title) {
      CHECK(errors.empty());
      CHECK(r.status == 0);
      CHECK(contains(r.out, "the draft passes `portal check`"));
    } else {
      REQUIRE(errors.size() == 1);
      CHECK(contains(errors[0], "content/papers/" + id + ".md:3:1: error: missing required field 'title'"));
      CHECK(r.status == 1);
      CHECK(contains(r.out, "title: no title lines found"));
    }
  }
  // The author of 002 is the portal's: same person, same id, shown in the review list.
  PaperFile turkic = read_paper(root / "content" / "papers" / "imported-turkic-integration-turkiye-kazakhstan.md");
  CHECK(turkic.meta["authors"][0]["id"].as<std::string>() == "yilmaz-muratkhan");
  CHECK(turkic.meta["authors"][0]["email"].as<std::string>() == "g3muro@gmail.com");
  CHECK(turkic.meta["udc"].as<std::string>() == "327.8");
  CHECK(turkic.meta["authors"][0]["affiliation"]["ru"].as<std::string>() ==
        "аспирант Высшей школы международных отношений Санкт-Петербургского политехнического университета Петра "
        "Великого, Россия, г. Санкт-Петербург");
  CHECK(contains(slurp(root / "content" / "papers" / "imported-turkic-integration-turkiye-kazakhstan.review.md"),
                 "line 7: author «Муратхан Йылмаз» is the portal's yilmaz-muratkhan"));
  // 003's footer gives journal, date and pages; its running heads are gone from the text.
  PaperFile smart = read_paper(root / "content" / "papers" / "imported-smart-power-kazakhstan-turkiye.md");
  CHECK(smart.meta["journal"]["name"].as<std::string>() == "İmgelem");
  CHECK(smart.meta["published"].as<std::string>() == "2024-09");
  CHECK(smart.meta["type"].as<std::string>() == "review-article");
  CHECK(!contains(smart.body, "Erol KALKAN- Madina BEKTASSOVA"));
  // 003 names its authors only in the running head ("Erol KALKAN- Madina BEKTASSOVA"), its Turkish title only in
  // the other running head: both are taken from there, in ordinary case, with family and given parts, for review.
  REQUIRE(smart.meta["authors"].size() == 2);
  CHECK(smart.meta["authors"][0]["id"].as<std::string>() == "kalkan-erol");
  CHECK(smart.meta["authors"][0]["name"]["tr"].as<std::string>() == "Erol Kalkan");
  CHECK(smart.meta["authors"][0]["family"]["tr"].as<std::string>() == "Kalkan");
  CHECK(smart.meta["authors"][0]["given"]["tr"].as<std::string>() == "Erol");
  CHECK(smart.meta["authors"][1]["id"].as<std::string>() == "bektassova-madina");
  CHECK(smart.meta["authors"][1]["family"]["tr"].as<std::string>() == "Bektassova");
  CHECK(smart.meta["title"]["tr"].as<std::string>() == "Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç");
  CHECK(smart.meta["title"]["en"].as<std::string>() == "Smart Power in the Development of Kazakhstan-Türkiye Relations");
  std::string smart_review = slurp(root / "content" / "papers" / "imported-smart-power-kazakhstan-turkiye.review.md");
  CHECK(contains(smart_review, "line 1162: authors taken from the running head, as the first page names none: "
                               "Erol KALKAN- Madina BEKTASSOVA"));
  CHECK(contains(smart_review, "line 1162: author «Erol Kalkan» is the portal's kalkan-erol"));
  CHECK(contains(smart_review, "title (tr) taken from the running head"));
  // 002 prints its author in capitals: the parts are a guess, said so in the review list.
  CHECK(turkic.meta["authors"][0]["family"]["ru"].as<std::string>() == "Йылмаз");
  CHECK(turkic.meta["authors"][0]["given"]["ru"].as<std::string>() == "Муратхан");
  CHECK(contains(slurp(root / "content" / "papers" / "imported-turkic-integration-turkiye-kazakhstan.review.md"),
                 "the print does not tell the family name from the given one"));
  CHECK(smart.meta["references_style"].as<std::string>() == "author-year");
  CHECK(contains(smart.body, "](cite:amrebayev-2013)"));
  // Its two footnotes: the marks glued to words become [^n], the notes leave the running text for its end.
  CHECK(contains(smart.body, "Türk Konseyi[^1], 20-21 Ekim 2011"));
  CHECK(contains(smart.body, "Astana’da[^2] 2010 yılında"));
  CHECK(contains(smart.body, "\n[^1]: Türk Konseyi, Türk Dili Konuşan Ülkeler arasındaki iş birliğinin"));
  CHECK(contains(smart.body, "\n[^2]: 18 Eylül 2022 tarihinde, başkent Nur-Sultan'ın adı yeniden Astana olarak "
                             "adlandırıldı."));
  // The paragraph the note interrupted is whole again.
  CHECK(contains(smart.body, "EİT ise Türk-Kazak ilişkilerinin gelişiminde etkin bir diğer örgüt rolündedir."));
  CHECK(!contains(smart.body, "KADEX-[^"));

  // The review lists beside the papers are not papers: check reads the portal without them.
  fs::remove(root / "content" / "papers" / "imported-kazakhstan-turkiye-ots.md");
  fs::remove(root / "content" / "papers" / "imported-kazakhstan-turkiye-cooperation-1990-2000.md");
  RunResult check = run_portal({"check", "--root", root.string()});
  INFO(check.out << check.err);
  CHECK(check.status == 0);
  CHECK(!contains(check.err, "review.md"));
  CHECK(fs::exists(root / "content" / "papers" / "imported-kazakhstan-turkiye-ots.review.md"));
}

TEST_CASE("portal import reads a two-column PDF page by page: running heads, page numbers, hyphens", "[e2e][import]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  auto page = [](int n, const std::string& top, const std::vector<std::string>& left,
                 const std::vector<std::string>& right) {
    auto col = [](const std::vector<std::string>& lines) {
      std::string s = "<div class=\"col\">";
      for (const auto& l : lines) s += "<div>" + l + "</div>";
      return s + "</div>";
    };
    return "<div class=\"page\"><div class=\"head\">Journal of Test Studies · Kazakh–Turkish Relations</div>" + top +
           "<div class=\"cols\">" + col(left) + col(right) + "</div><div class=\"num\">" + std::to_string(n) +
           "</div></div>";
  };
  std::string html =
      "<html><head><meta charset=\"utf-8\"><style>@page{size:A4;margin:0} body{margin:0;font:11pt serif}"
      ".page{height:296mm;position:relative;page-break-after:always;box-sizing:border-box;padding:15mm 20mm}"
      ".head{text-align:center;font-size:9pt;margin-bottom:8mm} .cols{display:flex;gap:10mm} .col{width:80mm}"
      ".num{position:absolute;bottom:12mm;left:0;right:0;text-align:center}</style></head><body>" +
      page(1,
           "<h1>SMALL TEST PAPER ON COOPERATION</h1><p>DOI 10.1234/test.2024.1</p>"
           "<p>Abstract. This short paper tests the importer of the portal.</p><p>Keywords: import, test.</p>"
           "<h2>Introduction</h2>",
           {"The cooperation between the two coun-", "tries grew after 1991, when the first",
            "embassies opened in Almaty and An-", "kara. Kazakh-Turkish trade followed", "the new agreements quickly."},
           {"Kazakh-Turkish ties are close; the", "volume of trade doubled in ten", "years, and the exchange of stu-",
            "dents grew as well."}) +
      page(2, "", {"Culture links the two nations. The", "Turkic Council was founded in 2009", "in Nakhchivan."},
           {"Both states signed the agree-", "ment on strategic partnership in", "2009."}) +
      page(3, "<h2>Conclusion</h2>", {"The relations are strong and will", "grow further."}, {"Trade keeps rising."}) +
      "</body></html>";
  spit(dir / "paper.html", html);
  print_pdf(dir / "paper.html", dir / "paper.pdf");
  RunResult r = run_portal({"import", (dir / "paper.pdf").string(), "--root", root.string(), "--id", "pdf-paper"});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  PaperFile p = read_paper(root / "content" / "papers" / "pdf-paper.md");
  CHECK(p.meta["title"]["en"].as<std::string>() == "SMALL TEST PAPER ON COOPERATION");
  CHECK(p.meta["doi"].as<std::string>() == "10.1234/test.2024.1");
  CHECK(p.meta["abstract"]["en"].as<std::string>() == "This short paper tests the importer of the portal.");
  CHECK(p.meta["keywords"]["en"].size() == 2);
  CHECK(contains(p.body, "## Introduction {#introduction}"));
  CHECK(contains(p.body, "## Conclusion {#conclusion}"));
  // Hyphens at line ends joined, real compounds kept; the columns read in order; no page furniture.
  CHECK(contains(p.body, "between the two countries grew"));
  CHECK(contains(p.body, "in Almaty and Ankara. Kazakh-Turkish trade"));
  CHECK(contains(p.body, "the exchange of students grew"));
  CHECK(contains(p.body, "signed the agreement on strategic"));
  CHECK(p.body.find("quickly.") < p.body.find("Kazakh-Turkish ties"));
  CHECK(p.body.find("Kazakh-Turkish ties") < p.body.find("Culture links"));
  CHECK(!contains(p.body, "Journal of Test Studies"));
  CHECK(!std::regex_search(p.body, std::regex(R"((^|\n)[123]\n)")));
  CHECK(contains(r.out, "page 1, line 1: running head dropped wherever it repeats (3 times)"));
  CHECK(contains(slurp(root / "content" / "papers" / "pdf-paper.review.md"), "running head dropped"));
}

TEST_CASE("portal import splits a table's rows into cells: from a PDF page's layout, and from a text's columns",
          "[e2e][import]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  auto cell = [](const std::string& s) { return "<td style=\"padding:2px 14px\">" + s + "</td>"; };
  std::string rows;
  for (const auto& r : std::vector<std::vector<std::string>>{{"Yıl", "İhracat", "İthalat"},
                                                             {"2019", "1 200", "800"},
                                                             {"2020", "1 100", "750"}}) {
    rows += "<tr>";
    for (const auto& c : r) rows += cell(c);
    rows += "</tr>";
  }
  spit(dir / "table.html",
       "<html><head><meta charset=\"utf-8\"></head><body style=\"font:11pt serif;width:160mm\">"
       "<h1>A PAPER WITH ONE TABLE IN IT</h1><h2>Introduction</h2><p>Trade between the two countries grew.</p>"
       "<p>Tablo 1: Ticaret hacmi</p><table style=\"border-collapse:collapse\">" + rows +
       "</table><p>Kaynak: TÜİK verileri.</p><p>The text goes on after the table with more words.</p></body></html>");
  print_pdf(dir / "table.html", dir / "table.pdf");
  RunResult r = run_portal({"import", (dir / "table.pdf").string(), "--root", root.string(), "--id", "table-pdf"});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  PaperFile p = read_paper(root / "content" / "papers" / "table-pdf.md");
  // The cells come one per line in reading order and "2019" alone looks like a page number: the layout has the rows.
  CHECK(contains(p.body, "Tablo 1: Ticaret hacmi\n\n| Yıl | İhracat | İthalat |\n|---|---|---|\n"
                         "| 2019 | 1 200 | 800 |\n| 2020 | 1 100 | 750 |\n\nKaynak: TÜİK verileri."));
  CHECK(contains(r.out, "draft table of 3 rows and 3 columns, cells from the page's layout: check them against the PDF"));

  // A text extracted with its layout shows the columns as runs of spaces; a cell may hold a bar.
  spit(dir / "table.txt",
       "A PAPER WITH ONE TABLE IN IT\nIntroduction\nTrade between the two countries grew over the years.\n"
       "Table 1. Trade volume\nYear    Exports     Imports\n2019    1 200|a     800\n2020    1 100       750\n"
       "The text goes on after the table with more words and ends here.\n");
  r = run_portal({"import", (dir / "table.txt").string(), "--root", root.string(), "--id", "table-txt"});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  p = read_paper(root / "content" / "papers" / "table-txt.md");
  CHECK(contains(p.body, "| Year | Exports | Imports |\n|---|---|---|\n| 2019 | 1 200\\|a | 800 |\n| 2020 | 1 100 | 750 |"));
  CHECK(contains(r.out, "draft table of 3 rows and 3 columns, cells apart by spaces"));
}

TEST_CASE("portal import repairs look-alike letters, decides hyphens and links citations", "[e2e][import]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  // An English text with a Cyrillic "а" in "Kazakhstаn", a Kazakh one with a Latin "i".
  spit(dir / "paper.txt",
       "A STUDY OF CITATIONS IN TEXT\n"
       "Abstract. The relations of Kazakhstаn and Turkey are studied here at length in this text.\n"
       "Keywords: relations, study.\n"
       "Introduction\n"
       "The Kazakh-Turkish ties grew fast (Nye, 2011) and the trade rose (Nye, 2011: 25; Smith, 1999). A long line\n"
       "of text that keeps going on so that the lines are of a typical length for it, and the Kazakh-\n"
       "Turkish partnership and the coop-\n"
       "eration grew, as shown in the data of this long paragraph.\n"
       "Conclusion\n"
       "Relations are close, as shown before in detail by the text above (Doe, 2005).\n"
       "References\n"
       "Nye, J. (2011). The Future of Power, New York: PublicAffairs.\n"
       "Smith, A., Jones, B. (1999). Trade and Ties, London.\n");
  RunResult r = run_portal({"import", (dir / "paper.txt").string(), "--root", root.string(), "--id", "cites"});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  PaperFile p = read_paper(root / "content" / "papers" / "cites.md");
  CHECK(contains(p.meta["abstract"]["en"].as<std::string>(), "relations of Kazakhstan and Turkey"));
  CHECK(contains(r.out, "1 look-alike letter(s) repaired"));
  CHECK(p.meta["references"].size() == 2);
  CHECK(p.meta["references"][0]["key"].as<std::string>() == "nye-2011");
  CHECK(p.meta["references"][1]["key"].as<std::string>() == "smith-jones-1999");
  CHECK(p.meta["references_style"].as<std::string>() == "author-year");
  CHECK(contains(p.body, "grew fast ([Nye, 2011](cite:nye-2011))"));
  CHECK(contains(p.body, "([Nye, 2011: 25](cite:nye-2011); [Smith, 1999](cite:smith-jones-1999))"));
  CHECK(contains(p.body, "(Doe, 2005)"));
  CHECK(contains(r.out, "line 10: no reference entry for (Doe, 2005)"));
  CHECK(contains(p.body, "the Kazakh-Turkish partnership and the cooperation grew"));
  CHECK(contains(p.body, "## Introduction {#introduction}"));
}

TEST_CASE("portal import refuses bad input with a message and the exit status", "[e2e][import]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path papers = root / "content" / "papers";
  auto import = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> args{"import"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back("--root");
    args.push_back(root.string());
    return run_portal(args);
  };
  auto before = snapshot(papers);
  {
    RunResult r = import({(dir / "absent.pdf").string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "absent.pdf: no such file"));
  }
  {
    spit(dir / "empty.txt", "");
    RunResult r = import({(dir / "empty.txt").string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "empty.txt: has no text to import"));
  }
  {
    spit(dir / "fake.pdf", "this is not a PDF at all\n");
    RunResult r = import({(dir / "fake.pdf").string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "fake.pdf: cannot be read as a PDF (damaged, or not a PDF)"));
  }
  {
    spit(dir / "paper.docx", "text");
    RunResult r = import({(dir / "paper.docx").string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "paper.docx: not a .pdf or .txt file"));
  }
  {
    spit(dir / "latin1.txt", "caf\xE9\n");
    RunResult r = import({(dir / "latin1.txt").string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "latin1.txt: not UTF-8 text (an ill-formed byte at offset 3)"));
  }
  spit(dir / "paper.txt", "A SMALL PAPER ON TRADE\nIntroduction\nTrade grew between the two countries.\n");
  {
    RunResult r = import({(dir / "paper.txt").string(), "--id", "Bad_Id"});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "'Bad_Id' is not a valid paper id"));
    r = import({(dir / "paper.txt").string(), "--language", "de"});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "'de' is not one of the portal's languages"));
  }
  CHECK(tree_diff(before, snapshot(papers)).empty());
  {
    RunResult r = import({(dir / "paper.txt").string(), "--id", "trade"});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    std::string first = slurp(papers / "trade.md");
    spit(papers / "trade.md", first + "\nedited by hand\n");
    r = import({(dir / "paper.txt").string(), "--id", "trade"});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "trade.md already exists; not overwriting it (use --force"));
    CHECK(contains(slurp(papers / "trade.md"), "edited by hand"));
    r = import({(dir / "paper.txt").string(), "--id", "trade", "--force"});
    CHECK(r.status == 0);
    CHECK(slurp(papers / "trade.md") == first);
  }
  {
    // An encrypted PDF (qpdf, with a user password).
    portal::test::require_tool("qpdf --version", "qpdf");
    spit(dir / "p.html", "<html><body><p>Secret text of a paper.</p></body></html>");
    print_pdf(dir / "p.html", dir / "plain.pdf");
    RunResult q = run_shell("qpdf --encrypt secret secret 256 -- " + sh_quote((dir / "plain.pdf").string()) + " " +
                            sh_quote((dir / "locked.pdf").string()));
    REQUIRE(q.status == 0);
    RunResult r = import({(dir / "locked.pdf").string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "locked.pdf: the PDF is encrypted with a password"));
  }
}
