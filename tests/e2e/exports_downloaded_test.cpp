// Every paper's export files, exactly as a reader downloads them from the
// built site, read by the tools scholars use: pandoc --citeproc with the file
// as its bibliography (CSL-JSON and BibTeX; this pandoc has no RIS reader),
// and citation-js (npm @citation-js/*) for CSL-JSON, BibTeX and RIS. Missing
// tools fail the test, naming the package.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../support/portal_fixture.h"

using namespace portal::fixture;
using nlohmann::json;

namespace {

/// The paper ids of the fixture site, from its export files.
std::vector<std::string> exported_ids(const BuiltSite& s) {
  std::vector<std::string> ids;
  for (const auto& [path, bytes] : s.files)
    if (path.rfind("papers/", 0) == 0 && path.size() > 12 && path.compare(path.size() - 5, 5, ".json") == 0)
      ids.push_back(path.substr(7, path.size() - 12));
  return ids;
}

}  // namespace

TEST_CASE("exports: each CSL-JSON file is an array of one item, as a bibliography file is", "[e2e][exports]") {
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  auto ids = exported_ids(s);
  REQUIRE(ids.size() == 6);
  for (const auto& id : ids) {
    INFO(id);
    json j = json::parse(s.page("papers/" + id + ".json"));
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 1);
    CHECK(j[0].value("id", "") == id);
  }
  // an editorial title is bracketed in every export
  CHECK(json::parse(s.page("papers/gamma-cinema.json"))[0].value("title", "").front() == '[');
  CHECK(contains(s.page("papers/gamma-cinema.bib"), "title = {{["));
  CHECK(contains(s.page("papers/gamma-cinema.ris"), "TI  - ["));
}

TEST_CASE("exports: pandoc --citeproc reads every CSL-JSON and BibTeX file as downloaded", "[e2e][exports][pandoc]") {
  portal::test::require_tool("pandoc --version", "pandoc");
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  TempDir dir;
  fs::path doc = dir / "doc.md";
  spit(doc, "---\nnocite: \"@*\"\n---\n");  // every item of the bibliography, no text
  for (const auto& id : exported_ids(s))
    for (const char* ext : {"json", "bib"}) {
      fs::path file = s.out / "papers" / (id + "." + ext);
      INFO(file);
      RunResult r = run_shell("pandoc --citeproc -t plain --bibliography=" + sh_quote(file.string()) + " " +
                              sh_quote(doc.string()));
      INFO(r.err);
      CHECK(r.status == 0);
      CHECK(r.err.empty());
      CHECK(r.out.size() > 20);  // a rendered reference, not an empty list
    }
}

TEST_CASE("exports: citation-js reads every CSL-JSON, BibTeX and RIS file as downloaded", "[e2e][exports][citation-js]") {
  fs::path modules = source_dir() / "node_modules" / "@citation-js";
  portal::test::require_tool("node --version", "nodejs");
  INFO("citation-js is missing: run `npm ci --ignore-scripts` in " << source_dir());
  REQUIRE(fs::exists(modules / "core"));
  const BuiltSite& s = basic_site();
  REQUIRE(s.run.status == 0);
  // Reads each file given on the command line and prints, per file, the
  // number of items, the first item's title and its first author's family name.
  const std::string script =
      "const {Cite} = require('@citation-js/core');"
      "require('@citation-js/plugin-csl'); require('@citation-js/plugin-bibtex'); require('@citation-js/plugin-ris');"
      "const fs = require('fs');"
      "for (const f of process.argv.slice(1)) {"
      "  const items = new Cite(fs.readFileSync(f, 'utf8')).data;"
      "  const a = (items[0] && items[0].author) || [];"
      "  console.log(JSON.stringify({file: f, n: items.length, title: items[0] && items[0].title,"
      "                             family: a.length ? a[0].family : null}));"
      "}";
  std::string cmd = "cd " + sh_quote(source_dir().string()) + " && node -e " + sh_quote(script);
  std::vector<std::string> files;
  for (const auto& id : exported_ids(s))
    for (const char* ext : {"json", "bib", "ris"}) files.push_back((s.out / "papers" / (id + "." + ext)).string());
  for (const auto& f : files) {
    cmd += ' ';
    cmd += sh_quote(f);
  }
  RunResult r = run_shell(cmd);
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto lines = lines_of(r.out);
  REQUIRE(lines.size() == files.size());
  for (const auto& line : lines) {
    json j = json::parse(line);
    INFO(line);
    CHECK(j["n"] == 1);
    CHECK_FALSE(j["title"].get<std::string>().empty());
    std::string file = j["file"];
    if (contains(file, "alpha-smart-power")) CHECK(j["family"] == "Kalkan");
  }
}
