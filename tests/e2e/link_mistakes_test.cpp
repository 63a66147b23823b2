// Mistakes in a paper's links that used to pass silently: a mistyped scheme,
// a relative path to a file the site does not have, a section that is not on
// the page, a script link, a footnote without its definition; and "did you
// mean" for mistyped ids. Each is an error at the `[` of its link, with a
// suggestion, and the previous site is untouched.

#include <catch2/catch.hpp>

#include "../support/broken_build.h"

using namespace portal::fixture;

namespace {

/// Appends `line` as a paragraph at the end of alpha-smart-power's body (line 78).
void add_line(const fs::path& root, const std::string& line) {
  append(root / "content" / "papers" / "alpha-smart-power.md", "\n" + line + "\n");
}

const std::string kAlpha = "content/papers/alpha-smart-power.md";

}  // namespace

TEST_CASE("bad input: mistyped link schemes are errors with the scheme they were meant to be", "[e2e][bad-input][links]") {
  BrokenBuild b([](const fs::path& root) {
    add_line(root, "See [the summit](evnt:istanbul-summit-2021), [Nye](cites:nye-2004) and [a paper](Paper:beta-turkic-council).");
  });
  expect_errors(b, {kAlpha + ":78:5: error: unknown link scheme 'evnt:' in 'evnt:istanbul-summit-2021': it would be "
                             "published as a dead link; did you mean 'event:istanbul-summit-2021'?",
                    kAlpha + ":78:46: error: unknown link scheme 'cites:' in 'cites:nye-2004': it would be published "
                             "as a dead link; did you mean 'cite:nye-2004'?",
                    kAlpha + ":78:72: error: unknown link scheme 'Paper:' in 'Paper:beta-turkic-council': portal "
                             "schemes are written in lower case; write 'paper:beta-turkic-council'"});
}

TEST_CASE("bad input: a relative link, an image file, a script link and a missing section of the page",
          "[e2e][bad-input][links]") {
  BrokenBuild b([](const fs::path& root) {
    add_line(root, "The [report](files/report.pdf), ![a map](images/map.png), [run](javascript:alert(1)) and "
                   "[back](#giriss).");
  });
  expect_errors(
      b, {kAlpha + ":78:5: error: link 'files/report.pdf' points to a file the site does not have: the portal "
                   "publishes no files from content/; link a paper, section, topic or event with "
                   "paper:<id>#<section>, topic:<id> or event:<id>, or give a full https:// address",
          kAlpha + ":78:34: error: image 'images/map.png' is not there: the paper has no folder "
                   "content/papers/alpha-smart-power/ for its figures; put the file in "
                   "content/papers/alpha-smart-power/, beside the paper",
          kAlpha + ":78:59: error: 'javascript:' links are not published: a page of the portal runs no script and "
                   "reads no local file from a link; link an https:// address instead",
          kAlpha + ":78:90: error: this page has no section '#giriss'; did you mean '#giris'?"});
}

TEST_CASE("bad input: script links in any case and form, in the text and in an abstract, are refused",
          "[e2e][bad-input][links]") {
  BrokenBuild b([](const fs::path& root) {
    add_line(root, "[a](JaVaScRiPt:alert(1)) <javascript:alert(1)> [b](data:text/html,x)");
    replace_once(root / "content" / "papers" / "alpha-smart-power.md", "abstract:\n  kk: \"",
                 "abstract:\n  kk: \"[x](vbscript:y) ");
  });
  const std::string refused = " links are not published: a page of the portal runs no script and reads no local "
                              "file from a link; link an https:// address instead";
  expect_errors(b, {kAlpha + ":78:1: error: 'JaVaScRiPt:'" + refused, kAlpha + ":78:26: error: 'javascript:'" + refused,
                    kAlpha + ":78:48: error: 'data:'" + refused, kAlpha + ":34:8: error: 'vbscript:'" + refused});
}

TEST_CASE("links that are fine stay fine: web addresses, mail, sections and references of the page",
          "[e2e][links]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  add_line(root, "See [the site](https://example.org/a?b=1), [mail](mailto:a@example.org), [the start](#giris), "
                 "[the work](#ref-nye-2004) and [elsewhere](//example.org/x).");
  RunResult r = build(root, dir / "site");
  INFO(r.err);
  CHECK(r.status == 0);
  std::string page = slurp(dir / "site" / "en" / "papers" / "alpha-smart-power" / "index.html");
  CHECK(contains(page, "href=\"#giris\""));
  CHECK(contains(page, "href=\"https://example.org/a?b=1\""));
}

TEST_CASE("bad input: a footnote referenced but never defined is an error; one never referenced, a warning",
          "[e2e][bad-input][links]") {
  BrokenBuild b([](const fs::path& root) {
    add_line(root, "A claim[^2] and `code [^3] in code`.\n\n[^9]: A note nobody refers to.");
  });
  expect_errors(b, {kAlpha + ":78:8: error: footnote '[^2]' is referenced but never defined: the page would show "
                             "it as it is; add a line '[^2]: the note's text' below the paragraph"});
  CHECK(has_line(b.run.err, kAlpha + ":80:1: warning: footnote '[^9]' is defined but never referenced, so the page "
                                     "leaves it out; refer to it with [^9] where it belongs, or remove it"));
}

TEST_CASE("bad input: mistyped ids get the nearest ids as suggestions, whatever the case or script",
          "[e2e][bad-input][links]") {
  BrokenBuild b([](const fs::path& root) {
    add_line(root, "[a](topic:soft-powr), [b](event:istanbul-sumit-2021), [c](paper:beta-turkic-councl), "
                   "[d](paper:beta-turkic-council#nowhere), [e](cite:nye-2040), [f](topic:Soft-Power).");
  });
  expect_errors(
      b, {kAlpha + ":78:1: error: unknown topic 'soft-powr' in link 'topic:soft-powr'; did you mean 'soft-power'?",
          kAlpha + ":78:23: error: unknown event 'istanbul-sumit-2021' in link 'event:istanbul-sumit-2021'; did you "
                   "mean 'istanbul-summit-2021'?",
          kAlpha + ":78:55: error: unknown paper 'beta-turkic-councl' in link 'paper:beta-turkic-councl'; did you "
                   "mean 'beta-turkic-council'?",
          kAlpha + ":78:86: error: paper 'beta-turkic-council' has no section '#nowhere' (link "
                   "'paper:beta-turkic-council#nowhere'); its sections are #nakhchivan, #vvedenie",
          kAlpha + ":78:126: error: unknown reference key 'nye-2040' in link 'cite:nye-2040'; did you mean "
                   "'nye-2004'?",
          kAlpha + ":78:146: error: unknown topic 'Soft-Power' in link 'topic:Soft-Power'; did you mean "
                   "'soft-power'?"});
}
