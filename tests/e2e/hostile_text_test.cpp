// End to end: hostile text that is not an error. Markup in every YAML text
// field and in the Markdown must build fine, never reach a page as live markup
// (no script, no img src=x, no on*= attribute, no javascript: link), and stay
// visible as the escaped text it is.

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "../support/portal_fixture.h"

using namespace portal::fixture;

namespace {

/// Markup for a YAML field, tagged with the field's name so each can be found
/// on the page. Single-quoted YAML: the '"' needs no escape.
std::string payload(const std::string& field) {
  return "<b>" + field + "</b><script>alert(1)</script>\"><img src=x onerror=alert(1)>";
}
std::string yaml(const std::string& field) { return fmt::format("'{}'", payload(field)); }

/// The payload's markers as they must appear in a page: escaped text.
std::string escaped_marker(const std::string& field) { return "&lt;b&gt;" + field + "&lt;/b&gt;"; }

const std::vector<std::string> kFields = {"title",   "author-name", "affiliation", "journal",
                                          "keyword", "abstract",    "reference",   "topic-name",
                                          "event-title"};

/// The fixture plus a hostile paper, topic and event (and base_url, so that
/// feeds, the sitemap and absolute metadata URLs are written too).
struct HostileSite {
  TempDir dir;
  fs::path root;
  fs::path out;
  RunResult run;
  Tree files;

  HostileSite() {
    root = make_portal(dir);
    out = dir / "site";
    append(root / "content" / "site.yaml", "base_url: https://example.org/portal/\n");
    append(root / "content" / "topics.yaml",
           "- id: hostile-topic\n"
           "  name: {en: " + yaml("topic-name") + "}\n"
           "  description: {en: " + yaml("topic-description") + "}\n");
    append(root / "content" / "timeline.yaml",
           "- id: hostile-event\n"
           "  date: 2022-06\n"
           "  title: {en: " + yaml("event-title") + "}\n"
           "  summary: {en: " + yaml("event-summary") + "}\n"
           "  note: {en: " + yaml("event-note") + "}\n"
           "  topics: [hostile-topic]\n"
           "  sources:\n"
           "    - {paper: hostile-paper}\n");
    spit(root / "content" / "papers" / "hostile-paper.md",
         "---\n"
         "language: en\n"
         "title:\n"
         "  en: " + yaml("title") + "\n"
         "authors:\n"
         "  - id: mallory\n"
         "    name: {en: " + yaml("author-name") + "}\n"
         "    affiliation: {en: " + yaml("affiliation") + "}\n"
         "    email: 'mallory@example.org\"><script>alert(1)</script>'\n"
         "    family: {en: " + yaml("author-name") + "}\n"
         "    orcid: 0000-0002-1825-0097\n"
         "journal:\n"
         "  name: " + yaml("journal") + "\n"
         "  volume: " + yaml("volume") + "\n"
         "  pages: " + yaml("pages") + "\n"
         "published: 2022-06\n"
         "doi: '10.1234/x\"><script>alert(1)</script>'\n"
         "udc: " + yaml("udc") + "\n"
         "topics: [hostile-topic, soft-power]\n"
         "keywords:\n"
         "  en: [" + yaml("keyword") + ", plain]\n"
         "abstract:\n"
         "  en: " + yaml("abstract") + "\n"
         "  ru: '[click](#body) <script>alert(1)</script>'\n"
         "extended_abstract:\n"
         "  en: " + yaml("extended-abstract") + "\n"
         "references:\n"
         "  - key: r1\n"
         "    text: " + yaml("reference") + "\n"
         "  - key: r2\n"
         "    text: 'See https://example.org/a\"onmouseover=\"alert(1) and javascript:alert(1)'\n"
         "---\n"
         "## Body <script>alert(1)</script> {#body}\n"
         "\n"
         "<script>alert(1)</script>\n"
         "\n"
         "Inline <img src=x onerror=alert(1)> and <b>bold</b> and <a href=\"javascript:alert(1)\">raw link</a>.\n"
         "\n"
         // javascript: links are refused (link_mistakes_test.cpp); the raw <a href="javascript:"> above is text.
         "[click me](#body \"x\\\" onclick=\\\"alert(1)\") <https://example.org/\"onclick=\"alert(1)>\n"
         "[cite](cite:r1) ![x\" onerror=\"alert(1)](figure:missing)\n"
         "\n"
         "<div onclick=\"alert(1)\">block</div>\n");
    run = build(root, out);
    files = snapshot(out);
  }
};

const HostileSite& hostile_site() {
  static std::unique_ptr<HostileSite> site;
  if (!site) site = std::make_unique<HostileSite>();
  return *site;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.erase(0, 1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  return s;
}

bool is_marker(const std::string& text) {
  for (const auto& f : kFields)
    if (contains(text, f)) return true;
  return contains(text, "bold") || contains(text, "description") || contains(text, "summary") ||
         contains(text, "note") || contains(text, "volume") || contains(text, "pages") || contains(text, "udc");
}

/// Asserts that `page` of the site has no live markup from content.
void check_no_live_markup(const std::string& path, const std::string& html) {
  INFO(path);
  for (const auto& t : start_tags(html)) {
    INFO("<" << t.name << "> at byte " << t.begin << ": " << html.substr(t.begin, 120));
    if (t.name == "script") {
      // only the generator's own scripts: JSON-LD data, and the theme's assets
      bool data = t.get("type") == "application/ld+json";
      bool asset = t.has("src") && resolve_href(path, t.get("src")).rfind("assets/", 0) == 0;
      CHECK((data || asset));
      if (data) {
        std::string body = inner(html, t);
        CHECK_FALSE(contains(body, "<"));
        CHECK_NOTHROW(nlohmann::json::parse(body));
      }
    }
    CHECK_FALSE((t.name == "img" && t.get("src") == "x"));
    if (t.name == "b") CHECK_FALSE(is_marker(inner(html, t)));
    for (const auto& [name, value] : t.attrs) {
      INFO("attribute " << name << "=\"" << value << "\"");
      CHECK_FALSE(name.rfind("on", 0) == 0);
      CHECK_FALSE(contains(name, "\""));
      if (name == "href" || name == "src" || name == "action" || name == "formaction")
        CHECK_FALSE(lower(trim(value)).rfind("javascript:", 0) == 0);
    }
  }
}

}  // namespace

TEST_CASE("hostile text builds without errors", "[e2e][hostile]") {
  const HostileSite& s = hostile_site();
  INFO(s.run.err);
  REQUIRE(s.run.status == 0);
  CHECK_FALSE(contains(s.run.err, "error"));
  for (const auto& lang : {"kk", "ru", "tr", "en"})
    CHECK(s.files.count(std::string(lang) + "/papers/hostile-paper/index.html") == 1);
}

TEST_CASE("hostile text never becomes live markup on any page", "[e2e][hostile]") {
  const HostileSite& s = hostile_site();
  REQUIRE(s.run.status == 0);
  size_t pages = 0;
  for (const auto& path : html_pages(s.files)) {
    check_no_live_markup(path, s.files.at(path));
    ++pages;
  }
  CHECK(pages > 70);
}

TEST_CASE("hostile text in the feeds and the sitemap stays text", "[e2e][hostile]") {
  const HostileSite& s = hostile_site();
  REQUIRE(s.run.status == 0);
  size_t xml = 0;
  for (const auto& [path, bytes] : s.files) {
    if (path.size() < 4 || path.compare(path.size() - 4, 4, ".xml") != 0) continue;
    ++xml;
    INFO(path);
    for (const auto& t : start_tags(bytes)) {
      INFO("<" << t.name << ">");
      CHECK(t.name != "script");
      CHECK(t.name != "img");
      CHECK(t.name != "b");
      // escaped markup inside type="html" would be unescaped and rendered by feed readers
      if (t.get("type") == "html" || t.get("type") == "xhtml") CHECK_FALSE(contains(inner(bytes, t), "&lt;script"));
    }
  }
  CHECK(xml >= 1);
}

TEST_CASE("hostile text is still visible, escaped, where the field is shown", "[e2e][hostile]") {
  const HostileSite& s = hostile_site();
  REQUIRE(s.run.status == 0);
  const std::string& paper = s.files.at("en/papers/hostile-paper/index.html");
  for (const auto& field : kFields) {
    INFO(field);
    CHECK(contains(paper, escaped_marker(field)));
  }
  CHECK(contains(paper, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(contains(paper, "&lt;img src=x onerror=alert(1)&gt;"));
  CHECK(contains(paper, "&lt;b&gt;bold&lt;/b&gt;"));
  // the paper's title, escaped, is the page's heading
  auto h1 = find_tags(paper, "h1");
  REQUIRE(h1.size() == 1);
  CHECK(inner(paper, h1[0]) == "&lt;b&gt;title&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img "
                               "src=x onerror=alert(1)&gt;");
  // the JSON-LD carries the title as data, intact
  auto ld = find_tags(paper, "script", "type", "application/ld+json");
  REQUIRE(ld.size() == 1);
  auto data = nlohmann::json::parse(inner(paper, ld[0]));
  CHECK(data.value("headline", "") == payload("title"));

  const std::string& topic = s.files.at("en/topics/hostile-topic/index.html");
  CHECK(contains(topic, escaped_marker("topic-name")));
  const std::string& timeline = s.files.at("en/timeline/2020-2024/index.html");  // the event of June 2022
  CHECK(contains(timeline, escaped_marker("event-title")));
  const std::string& author = s.files.at("en/authors/mallory/index.html");
  CHECK(contains(author, escaped_marker("author-name")));
  // another language's page shows the English fallback, escaped as well
  const std::string& kk = s.files.at("kk/papers/hostile-paper/index.html");
  CHECK(contains(kk, escaped_marker("title")));
}
