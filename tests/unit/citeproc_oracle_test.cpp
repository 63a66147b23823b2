// Our APA and GOST strings against citeproc: every test paper is exported with
// to_csl_json and rendered by `pandoc --citeproc` with the official CSL styles
// (Debian: pandoc, citation-style-language-styles), once per page language.
// Missing tools fail the test, naming the package.
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "../support/citation_papers.h"
#include "../support/process.h"
#include "output/exports.h"
#include "render/citation.h"
#include "render/sentence_case.h"
#include "text/word_case.h"

using namespace portal;
using namespace portal::test;

namespace {

const std::string kStyles = "/usr/share/citation-style-language/styles/";

/// CSL styles and the function of ours that must agree with each.
struct StyleCase {
  const char* csl;
  Citation (*ours)(const Paper&, std::string_view);
};
Citation apa(const Paper& p, std::string_view lang) { return apa_alone(p, lang); }
const StyleCase kStyleCases[] = {{"apa.csl", apa}, {"gost-r-7-0-5-2008.csl", cite_gost}};

/// Where citeproc's rendering is the manual's, so that it can be the oracle.
/// citation_test.cpp holds the manuals' strings for every case; citeproc is
/// compared only where it renders the same, and here is why it does not
/// elsewhere.
///
/// APA (apa.csl): citeproc prints the title exactly as the CSL item has it
/// and knows nothing of scripts or translations, so it differs from APA 7
///  - for a Title Case title, which the manual sets in sentence case (§6.17);
///  - on the en page for a paper in another language, where the manual adds
///    the English title in brackets (§9.38);
///  - on the en and tr pages for a Kazakh or Russian paper, which the manual
///    romanises (§9.38–9.39);
///  - for an editorial title, which the page gives as a description in its
///    own language; the CSL item has the paper's language;
///  - without a journal, where apa.csl italicises the title like a book's;
///  - for an issue without a volume, which apa.csl italicises like a volume
///    (the manual: in parentheses, not italic, §9.25);
///  - for a page range on the tr page (tr-TR's range delimiter is a hyphen,
///    the manual's an en dash, §6.6);
///  - without a date except on the en page (citeproc: ru "б. д.", kk falls
///    back to en-US "n.d."; ours: "б. г.", "ж.ж.", and tr "t.y." agrees but
///    the cases overlap with those above).
/// GOST (gost-r-7-0-5-2008.csl): the style takes its terms from the page's
/// locale and leaves the DOI out; GOST R 7.0.5-2008 abbreviates in the
/// document's language and gives the DOI. An unknown year is "[б. г.]" by the
/// standard and nothing in the style, and without a journal the style still
/// writes "//". They agree for a Cyrillic paper with a journal and a year but
/// no DOI, on a Russian page.
bool apa_agrees(const Paper& p, const std::string& lang) {
  const std::string title = citation_title(p);
  if (p.title_editorial || text::is_title_case(title)) return false;
  if (lang == "en" && p.language != "en" && p.title.has("en")) return false;
  if ((lang == "en" || lang == "tr") && (p.language == "kk" || p.language == "ru")) return false;
  if (!p.journal) return false;
  if (p.journal->volume.empty() && !p.journal->issue.empty()) return false;
  const std::string& pages = p.journal->pages;
  if (lang == "tr" && (pages.find('-') != std::string::npos || pages.find("–") != std::string::npos)) return false;
  if (!p.published && lang != "en") return false;
  return true;
}

bool citeproc_agrees(const StyleCase& style, const Paper& p, const std::string& lang) {
  if (std::string(style.csl) == "apa.csl") return apa_agrees(p, lang);
  return (p.language == "kk" || p.language == "ru") && p.doi.empty() && p.journal && p.published && lang == "ru";
}

/// The citeproc locale for a page language. Neither pandoc's built-in locales
/// nor Debian's citation-style-language-locales have kk-KZ; we ask for it all
/// the same, as the page would, and citeproc falls back to en-US.
const std::map<std::string, std::string> kLocales = {
    {"kk", "kk-KZ"}, {"ru", "ru-RU"}, {"tr", "tr-TR"}, {"en", "en-US"}};

void require_tools() {
  require_tool("pandoc --version", "pandoc");
  auto v = run_command("pandoc --version");
  std::smatch m;
  std::regex re(R"(pandoc\S* (\d+)\.(\d+))");
  REQUIRE(std::regex_search(v.out, m, re));
  int major = std::stoi(m[1]), minor = std::stoi(m[2]);
  INFO("pandoc " << major << "." << minor << " has no built-in --citeproc; need 2.11 or later");
  REQUIRE((major > 2 || (major == 2 && minor >= 11)));
  for (const auto& s : kStyleCases) require_file(kStyles + s.csl, "citation-style-language-styles");
}

/// Collapses every whitespace run (including no-break spaces) to one space
/// and trims.
std::string squash(const std::string& s) {
  std::string t = std::regex_replace(s, std::regex("\xC2\xA0"), " ");
  t = std::regex_replace(t, std::regex(R"(\s+)"), " ");
  t.erase(0, t.find_first_not_of(' '));
  t.erase(t.find_last_not_of(' ') + 1);
  return t;
}

/// One pandoc --citeproc run: `items` rendered with `csl` and `locale` to
/// the pandoc output format `to`.
struct Job {
  nlohmann::json items;
  std::string csl, locale, to;
};

/// Runs all `jobs` (in parallel: pandoc starts slowly) and returns their
/// outputs in order; fails the test if any run fails.
std::vector<std::string> citeproc(const std::vector<Job>& jobs) {
  std::vector<ProcResult> results(jobs.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next++) < jobs.size();) {
      const Job& j = jobs[i];
      TempDir dir;
      std::string bib = dir.write("refs.json", j.items.dump());
      std::string md = dir.write("doc.md", "---\nnocite: '@*'\nbibliography: " + bib + "\ncsl: " + kStyles +
                                               j.csl + "\nlang: " + j.locale + "\n---\n");
      results[i] = run_command("pandoc --citeproc --wrap=none -t " + j.to + " " + sh_quote(md));
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < std::max(2u, std::thread::hardware_concurrency()); ++t) pool.emplace_back(worker);
  for (auto& t : pool) t.join();
  std::vector<std::string> out;
  for (const auto& r : results) {
    INFO("pandoc stderr: " << r.err);
    REQUIRE(r.status == 0);
    out.push_back(r.out);
  }
  return out;
}

/// GOST's style numbers the list ("1. "); a "cite this" string has no number.
std::string drop_number(const std::string& s) { return std::regex_replace(s, std::regex(R"(^1\. )"), ""); }

/// HTML reduced to what both sides must share: italics as <i>, all other tags
/// dropped, entities decoded, whitespace squashed.
std::string html_shape(std::string h) {
  h = std::regex_replace(h, std::regex("<em>"), "\x01");
  h = std::regex_replace(h, std::regex("</em>"), "\x02");
  h = std::regex_replace(h, std::regex("<i>"), "\x01");
  h = std::regex_replace(h, std::regex("</i>"), "\x02");
  h = std::regex_replace(h, std::regex("<[^>]*>"), "");
  // Our pages bind a page range with a word joiner after its en dash; citeproc has none.
  h = std::regex_replace(h, std::regex("\u2060"), "");
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) h = std::regex_replace(h, std::regex(from), to);
  h = std::regex_replace(h, std::regex("\x01"), "<i>");
  h = std::regex_replace(h, std::regex("\x02"), "</i>");
  return squash(h);
}

/// The entries of pandoc's HTML bibliography, by item id.
std::map<std::string, std::string> html_entries(const std::string& html) {
  std::map<std::string, std::string> out;
  std::regex re(R"re(<div id="ref-([^"]+)"[^>]*>([\s\S]*?)</div>)re");
  for (std::sregex_iterator it(html.begin(), html.end(), re), end; it != end; ++it) out[(*it)[1]] = (*it)[2];
  return out;
}

}  // namespace

TEST_CASE("APA and GOST strings equal citeproc's plain text for every test paper and page language") {
  require_tools();
  struct Case {
    const Paper* paper;
    std::string lang;
    const StyleCase* style;
  };
  const auto papers = all_papers();
  std::vector<Case> cases;
  std::vector<Job> jobs;
  for (const auto& paper : papers)
    for (const auto& [lang, locale] : kLocales)
      for (const auto& style : kStyleCases) {
        if (!citeproc_agrees(style, paper, lang)) continue;
        cases.push_back({&paper, lang, &style});
        jobs.push_back({nlohmann::json::array({to_csl_json(paper)}), style.csl, locale, "plain"});
      }
  auto outputs = citeproc(jobs);
  for (size_t i = 0; i < cases.size(); ++i) {
    const auto& c = cases[i];
    INFO(c.style->csl << ", paper " << c.paper->id << ", lang " << c.lang << " (" << jobs[i].locale << ")");
    CHECK(squash(c.style->ours(*c.paper, c.lang).text) == squash(drop_number(outputs[i])));
  }
  // the agreeing cases: APA for the Russian article on Cyrillic pages, the
  // hostile title on kk, ru and en, the Kazakh stray quote on Cyrillic pages;
  // GOST for the two Cyrillic papers with a journal, a year and no DOI
  CHECK(cases.size() == 9);
}

TEST_CASE("APA with a page URL equals citeproc when the CSL item carries the URL") {
  require_tools();
  const std::string url = "https://example.org/portal/tr/papers/x/";
  Paper no_doi = hostile();
  no_doi.doi.clear();
  const std::vector<Paper> papers{stray_quote(), no_doi};
  std::vector<Job> jobs;
  std::vector<std::pair<const Paper*, std::string>> cases;
  for (const auto& paper : papers)
    for (const auto& [lang, locale] : kLocales) {
      if (!apa_agrees(paper, lang)) continue;
      cases.emplace_back(&paper, lang);
      jobs.push_back({nlohmann::json::array({to_csl_json(paper, url)}), "apa.csl", locale, "plain"});
    }
  REQUIRE(cases.size() == 5);  // stray quote on kk and ru, hostile on kk, ru and en
  auto outputs = citeproc(jobs);
  for (size_t i = 0; i < cases.size(); ++i) {
    INFO("paper " << cases[i].first->id << ", lang " << cases[i].second);
    CHECK(squash(apa_alone(*cases[i].first, cases[i].second, url).text) == squash(outputs[i]));
  }
}

TEST_CASE("APA and GOST HTML put italics where citeproc does") {
  require_tools();
  const auto papers = all_papers();
  nlohmann::json items = nlohmann::json::array();
  for (const auto& paper : papers) items.push_back(to_csl_json(paper));
  std::vector<Job> jobs;
  for (const auto& [lang, locale] : kLocales)
    for (const auto& style : kStyleCases) jobs.push_back({items, style.csl, locale, "html"});
  auto outputs = citeproc(jobs);
  size_t i = 0;
  for (const auto& [lang, locale] : kLocales) {
    for (const auto& style : kStyleCases) {
      auto entries = html_entries(outputs[i++]);
      REQUIRE(entries.size() == papers.size());
      for (const auto& paper : papers) {
        if (!citeproc_agrees(style, paper, lang)) continue;
        INFO(style.csl << ", paper " << paper.id << ", lang " << lang);
        std::string theirs = html_shape(entries[paper.id]);
        if (std::string(style.csl).rfind("gost", 0) == 0)
          theirs = std::regex_replace(theirs, std::regex(R"(^\d+\. )"), "");
        CHECK(html_shape(style.ours(paper, lang).html) == theirs);
      }
    }
  }
}
