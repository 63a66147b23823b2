// End to end, in process: a build parses each Markdown text once (the link
// stage prepares it, every page that shows it renders the prepared form),
// however many pages and languages show it.

#include <catch2/catch.hpp>

#include "../support/portal_fixture.h"
#include "output/build.h"
#include "text/markdown.h"

using namespace portal;
using namespace portal::fixture;

namespace {

/// How many Markdown texts a build of `root` into `out` parses for an outline or HTML.
size_t parses_of_build(const fs::path& root, const fs::path& out) {
  BuildOptions options;
  options.root = root.string();
  options.out = out.string();
  Diagnostics diag;
  size_t before = text::markdown_parse_count();
  BuildReport report = run_build(options, diag);
  INFO((diag.all().empty() ? std::string() : format_diagnostic(diag.all().front())));
  REQUIRE(report.ok);
  return text::markdown_parse_count() - before;
}

}  // namespace

TEST_CASE("markdown: a build parses each text once, not once per page and language", "[e2e][markdown]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  size_t fixture = parses_of_build(root, dir / "site");
  CHECK(fixture > 0);
  // A paper with a body and abstracts in two languages: three texts, shown
  // on its four pages (kk, ru, tr, en), each linked and rendered.
  spit(root / "content" / "papers" / "once.md",
            "---\nlanguage: en\ntitle: {en: Once}\ntopics: [ots]\n"
            "abstract: {en: \"An *abstract* on [OTS](topic:ots).\", ru: \"Аннотация.\"}\n---\n"
            "## Intro\n\nA [link](paper:alpha-smart-power#giris) and a note[^1].\n\n[^1]: The note.\n");
  CHECK(parses_of_build(root, dir / "site") - fixture == 3);
}
