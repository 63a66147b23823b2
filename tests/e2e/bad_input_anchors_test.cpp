// End to end: explicit section anchors (`## Heading {#id}`) that are no id,
// that take an id the paper page gives its own elements, or that two headings
// share. Each case asserts the exact `file:line:col: error: message` at the
// `{` of the anchor, exit status 1, the previous site byte for byte and no
// debris; and `portal check` says the same.

#include <catch2/catch.hpp>

#include "../support/broken_build.h"

using namespace portal::fixture;

namespace {

const char* kHeading = "\n## Kavramsal Çerçeve\n";  // line 50 of the paper, without an anchor

/// "line:col" (1-based, the column in characters) of the first `needle` in
/// `text`, `skip` characters on (all on one line).
std::string place_of(const std::string& text, const std::string& needle, int skip = 0) {
  size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  size_t line_start = text.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  int col = 1;
  for (size_t i = line_start; i < at; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  return std::to_string(line_count(text.substr(0, line_start)) + 1) + ":" + std::to_string(col + skip);
}

/// Gives the paper's second heading the anchor `{#<id>}`; returns where its `{` is.
std::string anchor_heading(const fs::path& root, const std::string& id) {
  fs::path paper = root / kAlphaPaper;
  replace_once(paper, kHeading, "\n## Kavramsal Çerçeve {#" + id + "}\n");
  return place_of(slurp(paper), "Çerçeve {#" + id + "}", 8);
}

/// Appends a heading `## Appendix {#<id>}` to the paper; returns where its `{` is.
std::string appended_heading(const fs::path& root, const std::string& id) {
  fs::path paper = root / kAlphaPaper;
  append(paper, "\n## Appendix {#" + id + "}\n");
  return place_of(slurp(paper), "Appendix {#" + id + "}", 9);
}

const std::string kForm = " (an anchor is letters, digits, '-' and '_', starting with a letter)";

}  // namespace

TEST_CASE("bad input: an anchor that climbs out of the page, {#../../Intro}", "[e2e][bad-input][anchors]") {
  std::string at;
  BrokenBuild b([&](const fs::path& root) { at = anchor_heading(root, "../../Intro"); });
  CHECK(at == "50:22");
  expect_errors(b, {std::string(kAlphaPaper) + ":" + at + ": error: section anchor '{#../../Intro}' is not an id: '.' is "
                    "not allowed in one" + kForm + "; write {#intro}"});
}

TEST_CASE("bad input: an anchor with a space, or with quotes", "[e2e][bad-input][anchors]") {
  std::string space, quote;
  BrokenBuild b([&](const fs::path& root) {
    space = anchor_heading(root, "kavramsal cerceve");
    quote = appended_heading(root, "\"appendix\"");
  });
  expect_errors(b, {std::string(kAlphaPaper) + ":" + space + ": error: section anchor '{#kavramsal cerceve}' is not an "
                    "id: a space is not allowed in one" + kForm + "; write {#kavramsal-cerceve}",
                    std::string(kAlphaPaper) + ":" + quote + ": error: section anchor '{#\"appendix\"}' is not an id: "
                    "'\"' is not allowed in one" + kForm + "; write {#appendix}"});
}

TEST_CASE("bad input: an anchor with a bidi override or a zero-width space", "[e2e][bad-input][anchors]") {
  std::string bidi, zero_width;
  BrokenBuild b([&](const fs::path& root) {
    bidi = anchor_heading(root, "cerceve\xE2\x80\xAE");
    zero_width = appended_heading(root, "appen\xE2\x80\x8B" "dix");
  });
  expect_errors(b, {std::string(kAlphaPaper) + ":" + bidi + ": error: section anchor '{#cerceve\xE2\x80\xAE}' is not an "
                    "id: U+202E RIGHT-TO-LEFT OVERRIDE is not allowed in one" + kForm + "; write {#cerceve}",
                    std::string(kAlphaPaper) + ":" + zero_width + ": error: section anchor '{#appen\xE2\x80\x8B" "dix}' is "
                    "not an id: U+200B ZERO WIDTH SPACE is not allowed in one" + kForm + "; write {#appendix}"});
}

TEST_CASE("bad input: an anchor with a control character is stopped where the character stands",
          "[e2e][bad-input][anchors]") {
  std::string at;
  BrokenBuild b([&](const fs::path& root) {
    fs::path paper = root / kAlphaPaper;
    replace_once(paper, kHeading, "\n## Kavramsal Çerçeve {#kavramsal\f}\n");
    at = place_of(slurp(paper), "\f");
  });
  expect_errors(b, {std::string(kAlphaPaper) + ":" + at + ": error: invisible character U+000C FORM FEED is not allowed: "
                    "delete it, or use a space or a line break"});
}

TEST_CASE("bad input: an anchor that does not start with a letter", "[e2e][bad-input][anchors]") {
  std::string at;
  BrokenBuild b([&](const fs::path& root) { at = anchor_heading(root, "2-cerceve"); });
  expect_errors(b, {std::string(kAlphaPaper) + ":" + at + ": error: section anchor '{#2-cerceve}' is not an id: it must "
                    "start with a letter" + kForm});
}

TEST_CASE("bad input: anchors that take the paper page's own ids", "[e2e][bad-input][anchors]") {
  // the references' heading, a reference entry, a footnote and the layout's main
  // content; each is a heading of its own, appended to the body
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"references-heading", "the heading of the references"},
      {"ref-nye-2004", "ids starting with 'ref-' are the entries of the reference list"},
      {"fn-1", "ids starting with 'fn-' are the footnotes"},
      {"cite-apa", "ids starting with 'cite-' are the citation links of the text and the citations of the paper "
                   "(cite-apa, cite-gost)"},
      {"main", "the main content (the skip link's target)"},
  };
  int first_line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path paper = root / kAlphaPaper;
    std::string text = slurp(paper);
    first_line = line_count(text) + 2;
    for (const auto& [id, owner] : cases) append(paper, "\n## Section {#" + id + "}\n");
  });
  std::vector<std::string> errors;
  for (size_t i = 0; i < cases.size(); ++i)
    errors.push_back(std::string(kAlphaPaper) + ":" + std::to_string(first_line + 2 * static_cast<int>(i)) +
                     ":12: error: section anchor '#" + cases[i].first + "' would clash with the paper page's own ids (" +
                     cases[i].second + "): choose another");
  expect_errors(b, errors);
}

TEST_CASE("bad input: an anchor in an abstract is checked too, where the front matter writes it",
          "[e2e][bad-input][anchors]") {
  std::string at;
  BrokenBuild b([&](const fs::path& root) {
    fs::path paper = root / kAlphaPaper;
    replace_once(paper, "  en: \"This study examines", "  en: \"## Scope {#fn-2}\\n\\nThis study examines");
    at = place_of(slurp(paper), "{#fn-2}");
  });
  expect_errors(b, {std::string(kAlphaPaper) + ":" + at + ": error: section anchor '#fn-2' would clash with the paper "
                    "page's own ids (ids starting with 'fn-' are the footnotes): choose another"});
}

TEST_CASE("bad input: two headings with the same explicit anchor", "[e2e][bad-input][paper][anchors]") {
  std::string at, first;
  BrokenBuild b([&](const fs::path& root) {
    first = place_of(slurp(root / kAlphaPaper), "{#giris}");
    at = anchor_heading(root, "giris");
  });
  CHECK(at == "50:22");
  CHECK(first == "45:10");
  expect_errors(b, {std::string(kAlphaPaper) + ":" + at + ": error: duplicate section anchor '#giris': the heading at "
                    "line 45 already has it"});
}

TEST_CASE("bad input: portal check reports a bad anchor as build does", "[e2e][bad-input][anchors]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  std::string at = anchor_heading(root, "../../Intro");
  RunResult r = run_portal({"check", "--root", root.string()});
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(has_line(r.err, std::string(kAlphaPaper) + ":" + at + ": error: section anchor '{#../../Intro}' is not an id: "
                        "'.' is not allowed in one" + kForm + "; write {#intro}"));
}

TEST_CASE("anchors: an escaped {# stays text, a valid anchor of any script is accepted", "[e2e][anchors]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path paper = root / kAlphaPaper;
  replace_once(paper, kHeading, "\n## Kavramsal Çerçeve {#Çerçeve_1}\n");
  append(paper, "\n## Sets \\{#x}\n");
  fs::path out = dir / "site";
  RunResult r = build(root, out);
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::string page = slurp(out / "en" / "papers" / "alpha-smart-power" / "index.html");
  CHECK(contains(page, "<h2 id=\"Çerçeve_1\">Kavramsal Çerçeve</h2>"));
  CHECK(contains(page, ">Sets {#x}</h2>"));
}

TEST_CASE("anchors: a heading whose derived id is one of the paper page's own ids gets 'section-' before it",
          "[e2e][anchors]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  append(root / kAlphaPaper, "\n## Main\n\nText.\n\n## Edition\n\nText.\n\n## Fn 1\n\nText.\n\n## References heading\n\n"
                        "See [the edition](#section-edition).\n");
  fs::path out = dir / "site";
  RunResult r = build(root, out);
  INFO(r.err);
  REQUIRE(r.status == 0);
  for (const char* lang : {"kk", "ru", "tr", "en"}) {
    std::string page = slurp(out / lang / "papers" / "alpha-smart-power" / "index.html");
    INFO(lang);
    CHECK(contains(page, "<h2 id=\"section-main\">Main</h2>"));
    CHECK(contains(page, "<h2 id=\"section-edition\">Edition</h2>"));
    CHECK(contains(page, "<h2 id=\"section-fn-1\">Fn 1</h2>"));
    CHECK(contains(page, "<h2 id=\"section-references-heading\">References heading</h2>"));
    CHECK(contains(page, "href=\"#section-edition\""));
    // The page's own elements keep theirs, each once (this paper has no edition statement).
    for (const char* id : {"main", "references-heading"}) {
      INFO(id);
      CHECK(count_of(page, std::string(" id=\"") + id + "\"") == 1);
    }
  }
}
