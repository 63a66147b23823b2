// Identifiers and author names as a maintainer writes them: DOIs and ORCIDs in
// their pasted forms, names with and without family/given parts, one person
// under two spellings or two ids, and `--base-url`. Each asserts the message
// with its position, the exit status, and the built files.
#include <catch2/catch.hpp>

#include "../support/broken_build.h"

using namespace portal::fixture;

namespace {

/// A minimal English paper with one author block `author` and the line `extra`.
std::string paper_with(const std::string& author, const std::string& extra = "") {
  return "---\n"
         "language: en\n"
         "title: {en: A Paper}\n"
         "authors:\n" +
         author + extra +
         "---\n"
         "Text.\n";
}

}  // namespace

TEST_CASE("identifiers: a DOI and an ORCID pasted as links are stored and printed canonical", "[e2e][identifiers]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  add_paper(root, "linked-ids",
            paper_with("  - id: doe-jane\n"
                       "    name: {en: Jane Doe}\n"
                       "    family: {en: Doe}\n"
                       "    given: {en: Jane}\n"
                       "    orcid: https://orcid.org/0000-0002-1825-0097\n",
                       "doi: https://doi.org/10.1234/ABC.5\n"));
  fs::path out = dir / "site";
  RunResult r = build(root, out);
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::string html = slurp(out / "en/papers/linked-ids/index.html");
  CHECK(contains(html, "https://doi.org/10.1234/ABC.5"));
  CHECK_FALSE(contains(html, "doi.org/https:"));
  CHECK(contains(html, "https://orcid.org/0000-0002-1825-0097"));
  CHECK_FALSE(contains(html, "orcid.org/https:"));
  std::string ris = slurp(out / "papers/linked-ids.ris");
  CHECK(contains(ris, "DO  - 10.1234/ABC.5\r\n"));
  CHECK(contains(slurp(out / "papers/linked-ids.json"), "\"DOI\": \"10.1234/ABC.5\""));
  // the doi: form too
  replace_once(root / "content/papers/linked-ids.md", "https://doi.org/10.1234", "doi:10.1234");
  r = build(root, out);
  REQUIRE(r.status == 0);
  CHECK(contains(slurp(out / "papers/linked-ids.ris"), "DO  - 10.1234/ABC.5\r\n"));
}

TEST_CASE("identifiers: a malformed DOI and a wrong ORCID check digit are errors at their position", "[e2e][identifiers]") {
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "bad",
              paper_with("  - id: doe-jane\n"
                         "    name: {en: Jane Doe}\n"
                         "    family: {en: Doe}\n"
                         "    orcid: 0000-0002-1825-0098\n",
                         "doi: https://doi.org/11.1234/x\n"));
  });
  expect_errors(b, {"content/papers/bad.md:8:12: error: orcid '0000-0002-1825-0098' is not an ORCID iD: its check "
                    "digit is 8, but the other digits give 7; write it as 0000-0002-1825-0097 (a https://orcid.org/ "
                    "link is also accepted)",
                    "content/papers/bad.md:9:6: error: doi 'https://doi.org/11.1234/x' is not a DOI: it does not "
                    "start with '10.'; write it as 10.<registrant>/<suffix>, e.g. 10.53791/imgelem.1480702 (a "
                    "https://doi.org/ link or doi: is also accepted)"});
}

TEST_CASE("authors: a full name without parts is warned about, saying how to give them", "[e2e][authors][names]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  add_paper(root, "full-name-only", paper_with("  - id: nurlanova-aigerim\n"
                                               "    name: {ru: Нурланова Айгерим Болатовна}\n"));
  RunResult r = run_portal({"check", "--root", root.string()});
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(has_line(r.err, "content/papers/full-name-only.md:6:16: warning: author 'nurlanova-aigerim' has only a full "
                        "name in ru, so citations guess which word of 'Нурланова Айгерим Болатовна' is the family "
                        "name: give the parts beside 'name', e.g. family: {ru: …} and given: {ru: …} (the given "
                        "names with the patronymic, if any)"));
  // with the parts, the warning goes and the citation uses them (not "Болатовна, Н. А.")
  replace_once(root / "content/papers/full-name-only.md", "    name: {ru: Нурланова Айгерим Болатовна}\n",
               "    name: {ru: Нурланова Айгерим Болатовна}\n"
               "    family: {ru: Нурланова}\n"
               "    given: {ru: Айгерим Болатовна}\n");
  fs::path out = dir / "site";
  r = build(root, out);
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK_FALSE(contains(r.err, "full-name-only"));
  std::string html = slurp(out / "ru/papers/full-name-only/index.html");
  CHECK(contains(html, "Нурланова, А. Б."));
  CHECK_FALSE(contains(html, "Болатовна, Н."));
  CHECK(contains(slurp(out / "papers/full-name-only.bib"), "author = {Нурланова, Айгерим Болатовна}"));
  CHECK(contains(slurp(out / "papers/full-name-only.ris"), "AU  - Нурланова, Айгерим Болатовна\r\n"));
}

TEST_CASE("authors: a given name without a family name is an error", "[e2e][authors][names]") {
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "bad", paper_with("  - id: doe-jane\n"
                                      "    name: {en: Jane Doe}\n"
                                      "    given: {en: Jane}\n"));
  });
  expect_errors(b, {"content/papers/bad.md:7:17: error: given name in 'en' without a family name: add family: {en: …}"});
}

TEST_CASE("authors: one id spelled two ways, and one person under two ids, are warned about", "[e2e][authors][identity]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  // the fixture's alpha-smart-power names kalkan-erol "Erol Kalkan" (tr) at line 11
  add_paper(root, "kalkhan", paper_with("  - id: kalkan-erol\n"
                                        "    name: {tr: Erol Kalkhan}\n"
                                        "    family: {tr: Kalkhan}\n"
                                        "    given: {tr: Erol}\n"));
  add_paper(root, "new-id", paper_with("  - id: kalkan-e\n"
                                       "    name: {en: E. Kalkan}\n"
                                       "    family: {en: Kalkan}\n"
                                       "    given: {en: E.}\n"));
  RunResult r = run_portal({"check", "--root", root.string()});
  INFO(r.err);
  CHECK(r.status == 0);
  auto lines = lines_of(r.err);
  auto with = [&](const std::string& a, const std::string& b2) {
    return std::count_if(lines.begin(), lines.end(), [&](const std::string& l) { return contains(l, a) && contains(l, b2); });
  };
  CHECK(with("content/papers/kalkhan.md:6:16: warning: author 'kalkan-erol' is named 'Erol Kalkhan' (tr) here but "
             "'Erol Kalkan' in content/papers/",
             "one id is one person") == 1);
  CHECK(with("content/papers/new-id.md:5:5: warning: author 'kalkan-e' has the name 'E. Kalkan' (en) like 'Erol "
             "Kalkan' of author 'kalkan-erol' in content/papers/",
             "use one id on both papers") == 1);
}

TEST_CASE("base url: --base-url replaces site.yaml's for canonical links, feeds and the sitemap", "[e2e][base-url]") {
  TempDir dir;
  fs::path root = make_portal(dir);  // the fixture's site.yaml has no base_url
  fs::path out = dir / "site";
  RunResult r = run_portal({"build", "--root", root.string(), "--out", out.string(), "--base-url",
                            "https://portal.example.kz/research"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK_FALSE(contains(r.out, "Feeds and sitemap skipped"));
  std::string html = slurp(out / "en/papers/alpha-smart-power/index.html");
  CHECK(contains(html, "<link rel=\"canonical\" href=\"https://portal.example.kz/research/tr/papers/alpha-smart-power/\">"));
  CHECK(contains(slurp(out / "sitemap.xml"), "<loc>https://portal.example.kz/research/</loc>"));
  CHECK(contains(slurp(out / "en/feed.xml"), "https://portal.example.kz/research/"));
  CHECK(contains(slurp(out / "papers/alpha-smart-power.ris"),
                 "UR  - https://portal.example.kz/research/tr/papers/alpha-smart-power/\r\n"));
  // a bad value is a usage error, checked as site.yaml's base_url is; nothing is written
  fs::path out2 = dir / "site2";
  r = run_portal({"build", "--root", root.string(), "--out", out2.string(), "--base-url", "portal.example.kz"});
  CHECK(r.status == 2);
  CHECK(contains(r.err, "--base-url"));
  CHECK(contains(r.err, "base_url must be an absolute http:// or https:// URL"));
  CHECK_FALSE(fs::exists(out2));
}

TEST_CASE("check: what Google Scholar needs and a paper lacks is a note, which --strict leaves alone", "[e2e][check][scholar]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  RunResult r = run_portal({"check", "--strict", "--root", root.string()});
  INFO(r.err);
  CHECK(r.status == 0);
  // gamma-cinema: an editorial title and nobody named; zeta-secretariat: no date, no journal
  CHECK(has_line(r.err, "content/papers/gamma-cinema.md: note: Google Scholar needs what this paper lacks: a published "
                        "title (the title is editorial), authors, a journal name; if the source or the journal gives "
                        "them, add them to the front matter (nothing is filled in)"));
  CHECK(contains(r.err, "content/papers/zeta-secretariat.md: note: Google Scholar needs what this paper lacks: a "
                        "publication date, a journal name;"));
  CHECK_FALSE(contains(r.err, "alpha-smart-power"));
  CHECK_FALSE(contains(r.err, "warning:"));
  CHECK(contains(r.out, "no errors, 0 warning(s), "));
  // build reports no notes
  RunResult b = build(root, dir / "site");
  CHECK(b.status == 0);
  CHECK_FALSE(contains(b.err, "note:"));
}
