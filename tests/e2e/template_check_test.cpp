// Templates are compiled and checked, strictly, by `check` and `build` before
// anything is written: a broken theme is reported at its file, line and column,
// exits 1, and leaves the previous site byte for byte.

#include <catch2/catch.hpp>

#include "../support/portal_fixture.h"

using namespace portal::fixture;

namespace {

/// A portal with a good site already built at `out`, to break afterwards.
struct BuiltPortal {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path out = dir / "site";
  Tree before;
  BuiltPortal() {
    RunResult r = build(root, out);
    INFO(r.err);
    REQUIRE(r.status == 0);
    before = snapshot(out);
    REQUIRE(before.size() > 100);
  }
  fs::path tpl(const std::string& rel) const { return root / "templates" / rel; }
  /// The names beside the site: only the portal and the site itself, no staging folder.
  std::vector<std::string> siblings() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir.path())) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
};

/// "line:col" of the first `needle` in `text` (1-based).
std::string position_of(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  if (at == std::string::npos) FAIL("no '" << needle << "' in the template");
  size_t line_start = text.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  return std::to_string(line) + ":" + std::to_string(at - line_start + 1);
}

/// Runs check and build on the broken portal: both exit 1 with `expected` as
/// a line of their report, and the previous site is left as it was.
void require_rejected(const BuiltPortal& p, const std::string& expected) {
  RunResult c = run_portal({"check", "--root", p.root.string()});
  INFO("check: " << c.err);
  CHECK(c.status == 1);
  CHECK(has_line(c.err, expected));
  RunResult b = build(p.root, p.out);
  INFO("build: " << b.err);
  CHECK(b.status == 1);
  CHECK(has_line(b.err, expected));
  CHECK(contains(b.err, "nothing was written"));
  CHECK(tree_diff(p.before, snapshot(p.out)).empty());
  CHECK(p.siblings() == std::vector<std::string>{"portal", "site"});
}

}  // namespace

TEST_CASE("templates: a removed layout is an error at every page template that extends it", "[e2e][templates]") {
  BuiltPortal p;
  fs::remove(p.tpl("layout.mustache"));
  require_rejected(p, "templates/home.mustache:1:1: error: unknown parent 'layout': there is no "
                      "templates/layout.mustache");
  RunResult r = run_portal({"check", "--root", p.root.string()});
  CHECK(has_line(r.err, "templates/paper.mustache:1:1: error: unknown parent 'layout': there is no "
                        "templates/layout.mustache"));
}

TEST_CASE("templates: a misspelt partial is an error at its tag, not an empty paper list", "[e2e][templates]") {
  BuiltPortal p;
  std::string home = slurp(p.tpl("home.mustache"));
  std::string pos = position_of(home, "{{>paper_card}}");
  replace_once(p.tpl("home.mustache"), "{{>paper_card}}", "{{>paper_crad}}");
  require_rejected(p, "templates/home.mustache:" + pos +
                          ": error: unknown partial 'paper_crad': there is no templates/partials/paper_crad.mustache");
}

TEST_CASE("templates: syntax errors are reported with the template's file, line and column", "[e2e][templates]") {
  BuiltPortal p;
  std::string topics = slurp(p.tpl("topics.mustache"));
  int next = line_count(topics) + 1;
  std::string at = std::to_string(next) + ":1";

  SECTION("unclosed section") {
    append(p.tpl("topics.mustache"), "{{#papers}}\n");
    require_rejected(p, "templates/topics.mustache:" + at + ": error: unclosed section 'papers' opened at " + at);
  }
  SECTION("mismatched closing tag") {
    append(p.tpl("topics.mustache"), "{{#papers}}{{/paper}}\n");
    require_rejected(p, "templates/topics.mustache:" + std::to_string(next) +
                            ":12: error: mismatched closing tag 'paper': section 'papers' opened at " + at +
                            " is still open");
  }
  SECTION("bad delimiters") {
    append(p.tpl("topics.mustache"), "{{=<% %> x=}}\n");
    require_rejected(p, "templates/topics.mustache:" + at + ": error: invalid set-delimiter tag '<% %> x'");
  }
  SECTION("unclosed tag in a partial") {
    append(p.tpl("partials/loc.mustache"), "\nx {{lang");  // no '}}' follows it
    std::string loc = slurp(p.tpl("partials/loc.mustache"));
    std::string line = std::to_string(std::count(loc.begin(), loc.end(), '\n') + 1);
    require_rejected(p, "templates/partials/loc.mustache:" + line + ":3: error: unclosed tag (no '}}' after '{{')");
  }
}

TEST_CASE("templates: a partial that includes itself is an error, directly or through others", "[e2e][templates]") {
  BuiltPortal p;
  SECTION("directly") {
    spit(p.tpl("partials/loop.mustache"), "<li>{{>loop}}</li>\n");
    require_rejected(p, "templates/partials/loop.mustache:1:5: error: partial 'loop' includes itself: loop → loop "
                        "(a template must not include itself)");
  }
  SECTION("through another partial") {
    spit(p.tpl("partials/ping.mustache"), "{{>pong}}\n");
    spit(p.tpl("partials/pong.mustache"), "x\n{{>ping}}\n");
    require_rejected(p, "templates/partials/pong.mustache:2:1: error: partial 'ping' includes itself: ping → pong → "
                        "ping (a template must not include itself)");
  }
}

TEST_CASE("templates: a missing page template and an unreadable file are errors", "[e2e][templates]") {
  BuiltPortal p;
  SECTION("missing page template") {
    fs::remove(p.tpl("author.mustache"));
    require_rejected(p, "templates/author.mustache: error: missing page template 'author': pages of the site are "
                        "rendered with it");
  }
  SECTION("a link to nothing") {
    fs::create_symlink("no-such-file", p.tpl("partials/broken.mustache"));
    require_rejected(p, "templates/partials/broken.mustache: error: cannot read the template: it is a link to nothing");
  }
  SECTION("a folder named like a template") {
    fs::remove(p.tpl("papers.mustache"));
    fs::create_directories(p.tpl("papers.mustache"));
    require_rejected(p, "templates/papers.mustache: error: not a file: a template must be a regular file");
  }
}

TEST_CASE("templates: every problem is reported at once, and check reports them without a build", "[e2e][templates]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  replace_once(root / "templates" / "home.mustache", "{{>paper_card}}", "{{>paper_crad}}");
  append(root / "templates" / "topics.mustache", "{{#x}}\n");
  fs::remove(root / "templates" / "author.mustache");
  RunResult r = run_portal({"check", "--root", root.string()});
  CHECK(r.status == 1);
  CHECK(contains(r.err, "templates/home.mustache:"));
  CHECK(contains(r.err, "templates/topics.mustache:"));
  CHECK(contains(r.err, "templates/author.mustache: error: missing page template"));
  CHECK(contains(r.err, "portal check: 3 error(s)"));
  CHECK_FALSE(fs::exists(root / "site"));
}
