// End to end: what a base_url adds to the fixture portal's site: an Atom feed
// per language, sitemap.xml with hreflang alternates, robots.txt, absolute
// links that resolve; and, without a base_url, none of these.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <set>

#include "../support/scholarly_site.h"

using namespace portal::fixture;
using namespace portal::fixture::scholarly;
using nlohmann::json;

namespace {

/// The dated papers, newest first: what the feeds list (zeta has no date).
const std::vector<std::string> kDatedNewestFirst = {"alpha-smart-power", "delta-energy-cooperation",
                                                    "epsilon-education", "gamma-cinema", "beta-turkic-council"};

/// The pages of language `lang` of a built site.
std::vector<std::string> pages_of(const Tree& files, const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& p : html_pages(files))
    if (p.rfind(lang + "/", 0) == 0) out.push_back(p);
  return out;
}

const char* kFeedScript = R"(
import sys, json, xml.dom.minidom as m
d = m.parse(sys.argv[1]); A = 'http://www.w3.org/2005/Atom'; root = d.documentElement
def text(e, tag):
    n = [x for x in e.getElementsByTagNameNS(A, tag) if x.parentNode is e]
    return n[0].firstChild.data if n and n[0].firstChild else ''
out = {'root': root.namespaceURI + ' ' + root.localName, 'lang': root.getAttribute('xml:lang'),
       'self': '', 'updated': text(root, 'updated'), 'entries': []}
for l in root.getElementsByTagNameNS(A, 'link'):
    if l.parentNode is root and l.getAttribute('rel') == 'self': out['self'] = l.getAttribute('href')
for e in root.getElementsByTagNameNS(A, 'entry'):
    links = [l.getAttribute('href') for l in e.getElementsByTagNameNS(A, 'link') if l.getAttribute('rel') == 'alternate']
    t = e.getElementsByTagNameNS(A, 'title')[0]
    out['entries'].append({'id': text(e, 'id'), 'link': links[0] if links else '', 'updated': text(e, 'updated'),
                           'title': text(e, 'title'), 'title_lang': t.getAttribute('xml:lang'),
                           'authors': len(e.getElementsByTagNameNS(A, 'author'))})
print(json.dumps(out))
)";

const char* kSitemapScript = R"(
import sys, json, xml.dom.minidom as m
d = m.parse(sys.argv[1]); S = 'http://www.sitemaps.org/schemas/sitemap/0.9'; X = 'http://www.w3.org/1999/xhtml'
out = []
for u in d.getElementsByTagNameNS(S, 'url'):
    alts = {}
    for l in u.getElementsByTagNameNS(X, 'link'):
        alts.setdefault(l.getAttribute('hreflang'), []).append(l.getAttribute('href'))
    out.append({'loc': u.getElementsByTagNameNS(S, 'loc')[0].firstChild.data, 'rel': [l.getAttribute('rel') for l in u.getElementsByTagNameNS(X, 'link')], 'alternates': alts})
print(json.dumps(out))
)";

json run_extract(const char* script, const fs::path& file) {
  RunResult r = run_python(script, {file.string()});
  INFO(file.string() << ": " << r.err);
  REQUIRE(r.status == 0);
  return json::parse(r.out);
}

/// "https://portal.example.org/kz-tr/en/x/" → "en/x/index.html"; "" when not under the base.
std::string site_file(const std::string& url) {
  std::string frag;
  if (url.rfind(kBase, 0) != 0) return "";
  return link_target("index.html", url, kBase, frag);
}

}  // namespace

TEST_CASE("scholarly: the fixture with base_url builds, and writes feeds and a sitemap", "[e2e][scholarly]") {
  const BuiltSite& s = scholarly_site();
  INFO(s.run.err);
  REQUIRE(s.run.status == 0);
  CHECK(s.run.err.empty());
  // the one undated paper is left out of the feeds, and the build says so
  CHECK(contains(s.run.out, "1 undated paper"));
  for (const auto& lang : kLangs) CHECK(s.files.count(lang + "/feed.xml") == 1);
  CHECK(s.files.count("sitemap.xml") == 1);
  CHECK(s.files.count("robots.txt") == 1);
}

// --- feeds, sitemap, robots.txt -----------------------------------------------------

TEST_CASE("scholarly: an Atom feed per language, well-formed, newest first, linked from every page of the language",
          "[e2e][scholarly][feeds]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::string> en_titles = {
      {"alpha-smart-power", "Smart Power & Soft Power in Kazakhstan–Türkiye Relations"},
      {"delta-energy-cooperation", "Energy Cooperation between Kazakhstan and Türkiye"},
      {"epsilon-education", "Educational Cooperation between Türkiye and Kazakhstan"},
      {"gamma-cinema", "Turkish Cinema as an Instrument of Soft Power"},
      {"beta-turkic-council", "The Turkic Council and Kazakhstan"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    fs::path feed = s.out / lang / "feed.xml";
    std::string error;
    CHECK(xml_well_formed(feed, &error));
    INFO(error);
    json f = run_extract(kFeedScript, feed);
    INFO(f.dump(2));
    CHECK(f["root"] == "http://www.w3.org/2005/Atom feed");
    CHECK(f["lang"] == lang);
    CHECK(f["self"] == kBase + lang + "/feed.xml");
    std::vector<std::string> ids;
    std::string previous = "9999";
    for (const auto& e : f["entries"]) {
      std::string file = site_file(e["link"].get<std::string>());
      CHECK(s.files.count(file) == 1);
      CHECK(file.rfind(lang + "/papers/", 0) == 0);
      ids.push_back(file.substr(lang.size() + 8, file.size() - lang.size() - 8 - std::string("/index.html").size()));
      std::string updated = e["updated"];
      CHECK(updated <= previous);  // newest first
      previous = updated;
      CHECK_FALSE(e["id"].get<std::string>().empty());
    }
    CHECK(ids == kDatedNewestFirst);
    CHECK(f["updated"] == f["entries"][0]["updated"]);
    if (lang == "en")
      for (size_t i = 0; i < ids.size(); ++i) CHECK(f["entries"][i]["title"] == en_titles.at(ids[i]));
    // every page of the language links its feed
    for (const auto& path : pages_of(s.files, lang)) {
      INFO(path);
      auto links = find_tags(s.page(path), "link", "type", "application/atom+xml");
      REQUIRE(links.size() == 1);
      CHECK(links[0].get("rel") == "alternate");
      std::string frag;
      CHECK(link_target(path, links[0].get("href"), kBase, frag) == lang + "/feed.xml");
    }
  }
  // a title without a translation keeps its own language: beta has no Turkish title
  json tr = run_extract(kFeedScript, s.out / "tr" / "feed.xml");
  for (const auto& e : tr["entries"])
    if (contains(e["link"].get<std::string>(), "beta-turkic-council")) CHECK(e["title_lang"] == "en");
    else if (contains(e["link"].get<std::string>(), "alpha-smart-power")) CHECK(e["title_lang"] == "tr");
}

TEST_CASE("scholarly: sitemap.xml lists every page with hreflang alternates, robots.txt names it",
          "[e2e][scholarly][sitemap]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  std::string error;
  CHECK(xml_well_formed(s.out / "sitemap.xml", &error));
  INFO(error);
  json urls = run_extract(kSitemapScript, s.out / "sitemap.xml");
  std::set<std::string> listed;
  for (const auto& u : urls) {
    std::string loc = u["loc"];
    INFO(loc);
    std::string file = site_file(loc);
    REQUIRE_FALSE(file.empty());
    CHECK(s.files.count(file) == 1);
    CHECK(listed.insert(file).second);  // each page once
    size_t slash = file.find('/');
    std::string lang = slash == std::string::npos ? "" : file.substr(0, slash);
    if (std::find(kLangs.begin(), kLangs.end(), lang) == kLangs.end()) continue;  // the language chooser
    for (const auto& other : kLangs) {
      INFO("hreflang " << other);
      REQUIRE(u["alternates"].contains(other));
      REQUIRE(u["alternates"][other].size() == 1);
      std::string alt = site_file(u["alternates"][other][0]);
      CHECK(alt == other + file.substr(slash));
      CHECK(s.files.count(alt) == 1);
    }
    for (const auto& rel : u["rel"]) CHECK(rel == "alternate");
  }
  // every page but the 404 page is listed
  for (const auto& path : html_pages(s.files)) {
    INFO(path);
    CHECK(listed.count(path) == (path == "404.html" ? 0u : 1u));
  }
  const std::string& robots = s.page("robots.txt");
  CHECK(has_line(robots, "Sitemap: " + kBase + "sitemap.xml"));
  CHECK(has_line(robots, "User-agent: *"));
}

TEST_CASE("scholarly: with base_url, every internal and absolute link of the site resolves", "[e2e][scholarly][links]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  size_t checked = 0;
  auto problems = broken_links(s.files, kBase, &checked);
  std::string report;
  for (const auto& p : problems) report += p + "\n";
  INFO(report);
  CHECK(problems.empty());
  CHECK(checked > 2000);
  // the JSON-LD URLs name pages of the site as well
  for (const auto& lang : kLangs)
    for (const auto& id : kPapers) {
      const std::string& html = s.page(paper_page(lang, id));
      json ld = json_ld(html);
      // the article's URL is its canonical page, the one in the paper's own language
      auto canonical = find_tags(html, "link", "rel", "canonical");
      REQUIRE(canonical.size() == 1);
      CHECK(ld.value("url", "") == canonical[0].get("href"));
      CHECK(s.files.count(site_file(ld.value("url", ""))) == 1);
      if (ld.contains("mainEntityOfPage"))
        for (const auto& t : ld["mainEntityOfPage"].value("workTranslation", json::array())) {
          std::string file = site_file(t.value("url", ""));
          INFO(t.dump());
          CHECK(s.files.count(file) == 1);
        }
    }
}

TEST_CASE("scholarly: without base_url, feeds and sitemap are skipped with a reason and absent", "[e2e][scholarly][feeds]") {
  const BuiltSite& s = basic_site();  // the fixture's site.yaml has no base_url
  REQUIRE(s.run.status == 0);
  CHECK(contains(s.run.out, "Feeds and sitemap skipped"));
  CHECK(contains(s.run.out, "base_url"));
  CHECK(s.files.count("sitemap.xml") == 0);
  for (const auto& lang : kLangs) CHECK(s.files.count(lang + "/feed.xml") == 0);
  for (const auto& path : html_pages(s.files)) {
    INFO(path);
    CHECK(find_tags(s.page(path), "link", "type", "application/atom+xml").empty());
  }
  if (s.files.count("robots.txt")) CHECK_FALSE(contains(s.page("robots.txt"), "Sitemap:"));
  // no absolute URL is invented: no canonical, og:url or citation_*_url
  const std::string& html = s.page(paper_page("en", "alpha-smart-power"));
  // the canonical link of a paper page is relative then: to the page in the paper's own language (tr)
  auto canonical = find_tags(html, "link", "rel", "canonical");
  REQUIRE(canonical.size() == 1);
  CHECK(canonical[0].get("href") == "../../../tr/papers/alpha-smart-power/");
  CHECK(meta(html, "property", "og:url").empty());
  CHECK(meta(html, "name", "citation_abstract_html_url").empty());
}
