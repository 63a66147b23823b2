// End to end: one broken field, file or folder at a time, in every input file
// of a portal (site.yaml, topics.yaml, timeline.yaml, a paper's front matter
// and body, the UI strings): a field of the wrong kind, a value outside its
// set, a missing required field, an unknown language, an entry twice, a file
// that is empty, missing or not YAML. Each case asserts the exact
// `file:line:col: error: message` lines, exit status 1, the previous site
// byte for byte and no debris (expect_errors).

#include <catch2/catch.hpp>

#include "../support/broken_build.h"

using namespace portal::fixture;

namespace {

fs::path site_yaml(const fs::path& root) { return root / "content" / "site.yaml"; }
fs::path topics_yaml(const fs::path& root) { return root / "content" / "topics.yaml"; }
fs::path timeline_yaml(const fs::path& root) { return root / "content" / "timeline.yaml"; }
fs::path paper(const fs::path& root, const std::string& id) { return root / "content" / "papers" / (id + ".md"); }

/// An edition statement for gamma-cinema (whose title is editorial) with
/// `source` and one more change line after 'editorial-title'.
std::string gamma_edition(const std::string& source, const std::string& more_changes = "") {
  return "source: fixture-gamma.txt\nedition:\n  source: " + source +
         "\n  changes:\n    - {kind: editorial-title, count: 1}\n" + more_changes;
}

const char* kGoodEditionSource = "{format: journal-pdf, pages: 1-2, url: https://example.org/a.pdf}";

}  // namespace

// --- site.yaml ------------------------------------------------------------------

TEST_CASE("bad input: site.yaml: a fallback chain names an undeclared language", "[e2e][bad-input][site]") {
  BrokenBuild b([](const fs::path& root) { replace_once(site_yaml(root), "  kk: [ru, en, tr]", "  kk: [ru, en, tr, de]"); });
  expect_errors(b, {"content/site.yaml:15:20: error: unknown language 'de' in fallback chain"});
}

TEST_CASE("bad input: site.yaml: a language listed twice in a fallback chain", "[e2e][bad-input][site]") {
  BrokenBuild b([](const fs::path& root) { replace_once(site_yaml(root), "  kk: [ru, en, tr]", "  kk: [ru, en, ru]"); });
  expect_errors(b, {"content/site.yaml:15:16: error: language 'ru' is listed twice in 'fallback.kk'"});
}

TEST_CASE("bad input: site.yaml: a fallback chain for an undeclared language", "[e2e][bad-input][site]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(site_yaml(root), "  en: [tr, ru, kk]", "  en: [tr, ru, kk]\n  de: [kk]");
  });
  expect_errors(b, {"content/site.yaml:19:3: error: unknown language 'de' in 'fallback'"});
}

TEST_CASE("bad input: site.yaml: the title is a list, not one text per language", "[e2e][bad-input][site]") {
  BrokenBuild b([](const fs::path& root) { replace_once(site_yaml(root), "title:\n", "title: [a, b]\nold_title:\n"); });
  expect_errors(b, {"content/site.yaml:2:8: error: 'title' (one text per language, e.g. {en: ...}) must be a mapping "
                    "(key: value), not a list"});
  CHECK(has_line(b.run.err, "content/site.yaml:3:1: warning: unknown field 'old_title' in site.yaml (ignored)"));
}

TEST_CASE("bad input: site.yaml: the title in an undeclared language", "[e2e][bad-input][site]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(site_yaml(root), "  en: \"Test Portal: Kazakhstan – Türkiye\"",
                 "  en: \"Test Portal: Kazakhstan – Türkiye\"\n  de: \"Testportal\"");
  });
  expect_errors(b, {"content/site.yaml:7:3: error: unknown language 'de': site.yaml declares kk, ru, tr, en"});
}

TEST_CASE("bad input: site.yaml is empty", "[e2e][bad-input][site]") {
  BrokenBuild b([](const fs::path& root) { spit(site_yaml(root), ""); });
  expect_errors(b, {"content/site.yaml: error: site.yaml must be a mapping (key: value), not nothing"});
}

TEST_CASE("bad input: site.yaml is missing", "[e2e][bad-input][site][files]") {
  BrokenBuild b([](const fs::path& root) { fs::remove(site_yaml(root)); });
  expect_errors(b, {"content/site.yaml: error: file not found or not readable"});
}

TEST_CASE("bad input: site.yaml indented with a tab", "[e2e][bad-input][site]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(site_yaml(root), "default_language: kk", "default_language:\tkk\n\tx: y");
  });
  expect_errors(b, {"content/site.yaml:14:1: error: malformed YAML: tab used for indentation; indent with spaces only (YAML does not allow tabs there)"});
}

// --- topics.yaml ----------------------------------------------------------------

TEST_CASE("bad input: topics.yaml: an id that is not kebab-case, and the papers and events that used it",
          "[e2e][bad-input][topics]") {
  BrokenBuild b([](const fs::path& root) { replace_once(topics_yaml(root), "- id: soft-power", "- id: Soft_Power"); });
  const std::string unknown = ": error: unknown topic 'soft-power': topics.yaml defines ots, history";
  expect_errors(b, {"content/topics.yaml:2:7: error: 'Soft_Power' is not a valid id: use ASCII kebab-case (a-z, 0-9, -)",
                    "content/papers/alpha-smart-power.md:27:10" + unknown,
                    "content/papers/epsilon-education.md:49:10" + unknown,
                    "content/papers/gamma-cinema.md:12:10" + unknown, "content/timeline.yaml:34:17" + unknown,
                    "content/timeline.yaml:62:12" + unknown});
}

TEST_CASE("bad input: topics.yaml: a topic without a name", "[e2e][bad-input][topics]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(topics_yaml(root), "  name:\n    kk: Жұмсақ күш\n", "  title:\n    kk: Жұмсақ күш\n");
  });
  expect_errors(b, {"content/topics.yaml:2:3: error: missing required field 'name'"});
  CHECK(has_line(b.run.err, "content/topics.yaml:3:3: warning: unknown field 'title' in a topic (ignored)"));
}

TEST_CASE("bad input: topics.yaml: a name with no text in any language", "[e2e][bad-input][topics]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(topics_yaml(root),
                 "  name:\n    kk: Жұмсақ күш\n    ru: Мягкая сила\n    tr: Yumuşak güç\n    en: Soft power\n",
                 "  name: {}\n");
  });
  expect_errors(b, {"content/topics.yaml:3:9: error: 'name' needs a text in at least one language"});
}

TEST_CASE("bad input: topics.yaml is missing", "[e2e][bad-input][topics][files]") {
  BrokenBuild b([](const fs::path& root) { fs::remove(topics_yaml(root)); });
  expect_errors(b, {"content/topics.yaml: error: file not found or not readable"});
}

// --- timeline.yaml ---------------------------------------------------------------

TEST_CASE("bad input: timeline.yaml: a span that ends before it starts", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) { replace_once(timeline_yaml(root), "  end: 2021-11-13", "  end: 2021-11-01"); });
  expect_errors(b, {"content/timeline.yaml:28:8: error: the span ends (2021-11-01) before it starts (2021-11-12)"});
}

TEST_CASE("bad input: timeline.yaml: a source listed twice", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(timeline_yaml(root), "    - {paper: alpha-smart-power, anchor: orgutler}",
                 "    - {paper: alpha-smart-power, anchor: orgutler}\n    - {paper: alpha-smart-power, anchor: orgutler}");
  });
  expect_errors(b, {"content/timeline.yaml:26:7: error: source 'alpha-smart-power#orgutler' is listed twice (first at "
                    "line 25)"});
}

TEST_CASE("bad input: timeline.yaml: a source naming an unknown paper", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(timeline_yaml(root), "    - {paper: alpha-smart-power}\n", "    - {paper: alpha-smart-powr}\n");
  });
  expect_errors(b, {"content/timeline.yaml:11:7: error: unknown paper 'alpha-smart-powr' in the sources of event "
                    "'independence-recognition-1991'; did you mean 'alpha-smart-power'?"});
}

TEST_CASE("bad input: timeline.yaml: a source naming a section the paper does not have", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(timeline_yaml(root), "anchor: nakhchivan}", "anchor: nakhcivan}");
  });
  expect_errors(b, {"content/timeline.yaml:24:7: error: paper 'beta-turkic-council' has no section '#nakhcivan' "
                    "(source of event 'nakhchivan-agreement-2009'); did you mean '#nakhchivan'?"});
}

TEST_CASE("bad input: timeline.yaml: an event without a title", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(timeline_yaml(root), "  date: 1991-12-16\n  title:", "  date: 1991-12-16\n  name:");
  });
  expect_errors(b, {"content/timeline.yaml:2:3: error: missing required field 'title'"});
}

TEST_CASE("bad input: timeline.yaml: an event without a date", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) { replace_once(timeline_yaml(root), "  date: 1991-12-16\n", ""); });
  expect_errors(b, {"content/timeline.yaml:2:3: error: missing required field 'date'"});
}

TEST_CASE("bad input: timeline.yaml: a date in year 0", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) { replace_once(timeline_yaml(root), "date: 1991-12-16", "date: 0000-12-16"); });
  expect_errors(b, {"content/timeline.yaml:3:9: error: invalid date '0000-12-16' in 'date': there is no year 0"});
}

TEST_CASE("bad input: timeline.yaml: an event id that is not kebab-case", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(timeline_yaml(root), "- id: independence-recognition-1991", "- id: Independence 1991");
  });
  expect_errors(b, {"content/timeline.yaml:2:7: error: 'Independence 1991' is not a valid id: use ASCII kebab-case "
                    "(a-z, 0-9, -)"});
}

TEST_CASE("bad input: timeline.yaml is a mapping, not a list, and the links to its events", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) { spit(timeline_yaml(root), "events: []\n"); });
  expect_errors(b, {"content/timeline.yaml:1:1: error: timeline.yaml must be a list, not a mapping",
                    "content/papers/alpha-smart-power.md:69:23: error: unknown event 'nakhchivan-agreement-2009' in "
                    "link 'event:nakhchivan-agreement-2009'",
                    "content/papers/beta-turkic-council.md:35:51: error: unknown event 'nakhchivan-agreement-2009' in "
                    "link 'event:nakhchivan-agreement-2009'",
                    "content/papers/delta-energy-cooperation.md:63:62: error: unknown event 'istanbul-summit-2021' in "
                    "link 'event:istanbul-summit-2021'",
                    "content/papers/epsilon-education.md:66:38: error: unknown event 'yesevi-university-1993' in link "
                    "'event:yesevi-university-1993'"});
}

TEST_CASE("bad input: timeline.yaml: an event's topics as one text, not a list", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) { replace_once(timeline_yaml(root), "  topics: [history]\n  sources:\n    - {paper: alpha-smart-power}\n", "  topics: history\n  sources:\n    - {paper: alpha-smart-power}\n"); });
  expect_errors(b, {"content/timeline.yaml:9:11: error: 'topics' must be a list, not a text"});
}

TEST_CASE("bad input: timeline.yaml: a topic listed twice in an event", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) { replace_once(timeline_yaml(root), "  topics: [history]\n  sources:\n    - {paper: alpha-smart-power}\n", "  topics: [history, history]\n  sources:\n    - {paper: alpha-smart-power}\n"); });
  expect_errors(b, {"content/timeline.yaml:9:21: error: topic 'history' is listed twice in 'topics' (first at line 9, "
                    "column 12)"});
}

TEST_CASE("bad input: timeline.yaml: a cite: link in an event summary", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(timeline_yaml(root), "    en: The Turkic Council is founded.",
                 "    en: The Turkic Council is founded [(Nye)](cite:nye-2004).");
  });
  expect_errors(b, {"content/timeline.yaml:20:31: error: 'cite:nye-2004': cite: links point into a paper's reference "
                    "list, so they work only in papers"});
}

TEST_CASE("bad input: timeline.yaml: a summary in an undeclared language", "[e2e][bad-input][timeline]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(timeline_yaml(root), "    ru: Основан Тюркский совет.", "    ru: Основан Тюркский совет.\n    de: Gegründet.");
  });
  expect_errors(b, {"content/timeline.yaml:22:5: error: unknown language 'de': site.yaml declares kk, ru, tr, en"});
}

// --- a paper's front matter ------------------------------------------------------

TEST_CASE("bad input: a paper of an unknown type", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) { replace_once(paper(root, "gamma-cinema"), "type: abstracts-only", "type: essay"); });
  expect_errors(b, {"content/papers/gamma-cinema.md:3:7: error: unknown paper type 'essay': use research-article, "
                    "review-article, abstracts-only"});
}

TEST_CASE("bad input: a paper's type given as a list", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"), "type: abstracts-only", "type: [abstracts-only]");
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:3:7: error: 'type' must be a text, not a list"});
}

TEST_CASE("bad input: a title_source outside its two values", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "beta-turkic-council"), "title:", "title_source: invented\ntitle:");
  });
  expect_errors(b, {"content/papers/beta-turkic-council.md:4:15: error: title_source must be 'original' or "
                    "'editorial', not 'invented'"});
}

TEST_CASE("bad input: a paper without front matter", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) { add_paper(root, "no-front-matter", "## Introduction\n\nText.\n"); });
  expect_errors(b, {"content/papers/no-front-matter.md:1:1: error: missing front matter: a paper starts with a line "
                    "'---', its YAML metadata, and another line '---'"});
}

TEST_CASE("bad input: an empty paper file", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) { add_paper(root, "empty-paper", ""); });
  expect_errors(b, {"content/papers/empty-paper.md:1:1: error: missing front matter: a paper starts with a line '---', "
                    "its YAML metadata, and another line '---'"});
}

TEST_CASE("bad input: front matter that is a list", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) { add_paper(root, "listed", "---\n- a\n- b\n---\nBody\n"); });
  expect_errors(b, {"content/papers/listed.md:2:1: error: front matter must be a mapping (key: value)"});
}

TEST_CASE("bad input: empty front matter", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) { add_paper(root, "lone", "---\n---\nBody\n"); });
  expect_errors(b, {"content/papers/lone.md:2:1: error: front matter must be a mapping (key: value)"});
}

TEST_CASE("bad input: a paper without a language", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) { replace_once(paper(root, "gamma-cinema"), "language: kk\n", ""); });
  expect_errors(b, {"content/papers/gamma-cinema.md:2:1: error: missing required field 'language'"});
}

TEST_CASE("bad input: an author id that is not kebab-case", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "alpha-smart-power"), "  - id: kalkan-erol", "  - id: Kalkan Erol");
  });
  expect_errors(b, {"content/papers/alpha-smart-power.md:10:9: error: 'Kalkan Erol' is not a valid id: use ASCII "
                    "kebab-case (a-z, 0-9, -)"});
}

TEST_CASE("bad input: an author without a name", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "alpha-smart-power"),
                 "    name: {kk: Мадина Бектасова, ru: Мадина Бектасова, tr: Madina Bektassova, en: Madina Bektassova}",
                 "    affiliation: {en: Somewhere}");
  });
  expect_errors(b, {"content/papers/alpha-smart-power.md:15:5: error: missing required field 'name'"});
}

TEST_CASE("bad input: authors as a mapping, not a list", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) { replace_once(paper(root, "gamma-cinema"), "authors: []", "authors: {name: X}"); });
  expect_errors(b, {"content/papers/gamma-cinema.md:10:10: error: 'authors' must be a list, not a mapping"});
}

TEST_CASE("bad input: a reference key given twice, and the citation left without its reference",
          "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "alpha-smart-power"), "  - key: aydin-2004", "  - key: nye-2004");
  });
  expect_errors(b, {"content/papers/alpha-smart-power.md:41:10: error: duplicate reference key 'nye-2004' (first at "
                    "line 39)",
                    "content/papers/alpha-smart-power.md:52:50: error: unknown reference key 'aydin-2004' in link "
                    "'cite:aydin-2004'"});
}

TEST_CASE("bad input: a reference without its text", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "alpha-smart-power"), "  - key: aydin-2004\n    text:", "  - key: aydin-2004\n    txt:");
  });
  expect_errors(b, {"content/papers/alpha-smart-power.md:41:5: error: missing required field 'text'",
                    "content/papers/alpha-smart-power.md:52:50: error: unknown reference key 'aydin-2004' in link "
                    "'cite:aydin-2004'"});
}

TEST_CASE("bad input: an unknown references_style", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "alpha-smart-power"), "references:\n", "references_style: harvard\nreferences:\n");
  });
  expect_errors(b, {"content/papers/alpha-smart-power.md:38:19: error: references_style must be 'numbered' or "
                    "'author-year', not 'harvard'"});
}

TEST_CASE("bad input: a paper file named like a page of the paper list", "[e2e][bad-input][paper][files]") {
  BrokenBuild b([](const fs::path& root) {
    fs::copy_file(paper(root, "gamma-cinema"), paper(root, "oldest-first"));
  });
  expect_errors(b, {"content/papers/oldest-first.md: error: paper file name 'oldest-first' is reserved: "
                    "/L/papers/oldest-first/ is a page of the paper list; rename the file"});
}

TEST_CASE("bad input: a paper file name that is not kebab-case", "[e2e][bad-input][paper][files]") {
  BrokenBuild b([](const fs::path& root) {
    fs::copy_file(paper(root, "gamma-cinema"), paper(root, "Gamma_Cinema"));
  });
  expect_errors(b, {"content/papers/Gamma_Cinema.md: error: paper file name 'Gamma_Cinema' is not a valid id: use "
                    "ASCII kebab-case (a-z, 0-9, -)"});
}

TEST_CASE("bad input: keywords in an undeclared language", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"), "  kk: [кино, жұмсақ күш]", "  kk: [кино, жұмсақ күш]\n  de: [Kino]");
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:15:3: error: unknown language 'de': site.yaml declares kk, ru, "
                    "tr, en"});
}

TEST_CASE("bad input: a published month 13", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) { replace_once(paper(root, "gamma-cinema"), "published: 2020", "published: 2020-13"); });
  expect_errors(b, {"content/papers/gamma-cinema.md:11:12: error: invalid date '2020-13' in 'published': expected "
                    "YYYY, YYYY-MM or YYYY-MM-DD"});
}

TEST_CASE("bad input: a received date that does not exist", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "alpha-smart-power"), "received: 2024-05-09", "received: 2024-02-30");
  });
  expect_errors(b, {"content/papers/alpha-smart-power.md:24:11: error: invalid date '2024-02-30' in 'received': "
                    "expected YYYY, YYYY-MM or YYYY-MM-DD"});
}

TEST_CASE("bad input: an abstract as one text, not one per language", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"),
                 "abstract:\n  kk: \"Аңдатпа: түрік киносы Қазақстанда.\"\n  ru: \"Аннотация: турецкое кино в "
                 "Казахстане.\"\n  tr: \"Özet: Kazakistan'da Türk sineması.\"\n  en: \"Abstract: Turkish cinema in "
                 "Kazakhstan.\"",
                 "abstract: \"Turkish cinema\"");
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:15:11: error: 'abstract' (one text per language, e.g. {en: ...}) "
                    "must be a mapping (key: value), not a text"});
}

TEST_CASE("bad input: a paper's topics as one text, not a list", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"), "topics: [soft-power]", "topics: soft-power");
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:12:9: error: 'topics' must be a list, not a text"});
}

TEST_CASE("bad input: a journal as one text, not its fields", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "alpha-smart-power"), "journal:\n  name: İmgelem", "journal: İmgelem\nx_journal:\n  name: İmgelem");
  });
  expect_errors(b, {"content/papers/alpha-smart-power.md:19:10: error: 'journal' must be a mapping (key: value), not "
                    "a text"});
}

TEST_CASE("bad input: invalid UTF-8 in front matter", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"), "title_source: editorial", "title_source: edit\xC3orial");
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:9:19: error: invalid UTF-8 (byte 0xC3): save the file as UTF-8"});
}

// --- the edition statement -------------------------------------------------------

TEST_CASE("bad input: an edition statement without its source", "[e2e][bad-input][edition]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"), "source: fixture-gamma.txt", "source: fixture-gamma.txt\nedition:\n  changes: []");
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:22:3: error: 'edition' needs a 'source' (format, pages, url)",
                    "content/papers/gamma-cinema.md:22:3: error: the title is editorial (title_source: editorial), but "
                    "the edition statement does not list 'editorial-title'"});
}

TEST_CASE("bad input: an edition source of an unknown format", "[e2e][bad-input][edition]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"), "source: fixture-gamma.txt",
                 gamma_edition("{format: scan, pages: 1-2, url: https://example.org/a.pdf}"));
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:22:20: error: unknown edition source format 'scan': use journal-pdf"});
}

TEST_CASE("bad input: an edition source url that is not http(s)", "[e2e][bad-input][edition]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"), "source: fixture-gamma.txt",
                 gamma_edition("{format: journal-pdf, pages: 1-2, url: ftp://example.org/a.pdf}"));
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:22:50: error: edition source url 'ftp://example.org/a.pdf' must "
                    "start with https:// or http://"});
}

TEST_CASE("bad input: an edition change of an unknown kind", "[e2e][bad-input][edition]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"), "source: fixture-gamma.txt",
                 gamma_edition(kGoodEditionSource, "    - {kind: rewrote, count: 1}\n"));
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:25:14: error: unknown edition change 'rewrote': use "
                    "line-breaks-joined, look-alike-letters, sic-marks, editorial-title, citation-letters, title-case"});
}

TEST_CASE("bad input: an edition change listed twice", "[e2e][bad-input][edition]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"), "source: fixture-gamma.txt",
                 gamma_edition(kGoodEditionSource, "    - {kind: editorial-title, count: 1}\n"));
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:25:14: error: edition change 'editorial-title' is listed twice"});
}

TEST_CASE("bad input: an edition change without its count", "[e2e][bad-input][edition]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(paper(root, "gamma-cinema"), "source: fixture-gamma.txt",
                 std::string("source: fixture-gamma.txt\nedition:\n  source: ") + kGoodEditionSource +
                     "\n  changes:\n    - {kind: editorial-title}\n");
  });
  expect_errors(b, {"content/papers/gamma-cinema.md:24:7: error: missing required field 'count'",
                    "content/papers/gamma-cinema.md:22:3: error: the title is editorial (title_source: editorial), but "
                    "the edition statement does not list 'editorial-title'"});
}

// --- a paper's body ----------------------------------------------------------------

TEST_CASE("bad input: an editorial mark other than sic", "[e2e][bad-input][paper]") {
  BrokenBuild b([](const fs::path& root) { append(paper(root, "alpha-smart-power"), "\nA [typo](editorial:typo) here.\n"); });
  expect_errors(b, {"content/papers/alpha-smart-power.md:78:3: error: unknown editorial mark 'editorial:typo': the "
                    "only one is [sic](editorial:sic)"});
}

// --- the UI strings --------------------------------------------------------------

TEST_CASE("bad input: the UI strings of a language are missing", "[e2e][bad-input][i18n][files]") {
  BrokenBuild b([](const fs::path& root) { fs::remove(root / "templates" / "i18n" / "tr.yaml"); });
  expect_errors(b, {"templates/i18n/tr.yaml: error: missing UI strings for language 'tr'"});
}

TEST_CASE("bad input: UI strings that are not YAML", "[e2e][bad-input][i18n]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path en = root / "templates" / "i18n" / "en.yaml";
    line = line_count(slurp(en)) + 2;
    append(en, "bad: [unclosed\n");
  });
  expect_errors(b, {"templates/i18n/en.yaml:" + std::to_string(line) +
                    ":1: error: malformed YAML: end of sequence flow not found"});
}

TEST_CASE("bad input: UI strings that are a list, not keys and texts", "[e2e][bad-input][i18n]") {
  BrokenBuild b([](const fs::path& root) { spit(root / "templates" / "i18n" / "ru.yaml", "- a\n- b\n"); });
  expect_errors(b, {"templates/i18n/ru.yaml:1:1: error: UI strings must be a mapping of keys to texts"});
}
