// The maintainer's workflow as the maintainer sees it: drafts left out of a
// build and shown by --drafts, a known condition acknowledged so that --strict
// passes, papers that link an event listed by it, the `new` skeleton in the
// paper's language with its placeholders as errors, `init`, running from a
// subfolder, colour and progress on a terminal only, --quiet and --format json.

#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../support/portal_fixture.h"
#include "render/urls.h"

using namespace portal::fixture;

namespace {

/// `portal ARGS` run with `dir` as the current folder.
RunResult run_portal_in(const fs::path& dir, const std::string& args, const std::string& env = "") {
  return run_shell("cd " + sh_quote(dir.string()) + " && " + env + " " + sh_quote(portal_binary().string()) + " " +
                   args);
}

/// `portal ARGS` on a pseudo-terminal (util-linux `script`), as a maintainer
/// runs it; returns what the terminal showed.
RunResult run_portal_on_terminal(const std::string& args, const std::string& env = "") {
  std::string cmd = env + " " + sh_quote(portal_binary().string()) + " " + args;
  return run_shell("script -qec " + sh_quote(cmd) + " /dev/null");
}

/// The line (1-based) of the first line of `text` containing `needle`.
int line_of(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n')) + 1;
}

}  // namespace

TEST_CASE("drafts: left out of every page and file of a build, shown and marked with --drafts", "[e2e][drafts]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path zeta = root / "content" / "papers" / "zeta-secretariat.md";
  replace_once(zeta, "source: fixture-zeta.txt\n", "source: fixture-zeta.txt\ndraft: true\n");
  fs::path out = dir / "site";
  RunResult r = build(root, out);
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  CHECK(contains(r.out, "portal build: "));
  CHECK(contains(r.out, " 5 papers"));
  CHECK_FALSE(fs::exists(out / "en" / "papers" / "zeta-secretariat"));
  CHECK_FALSE(fs::exists(out / "papers" / "zeta-secretariat.bib"));
  for (const auto& [path, bytes] : snapshot(out)) {
    INFO(path);
    CHECK_FALSE(contains(bytes, "zeta-secretariat"));
    CHECK_FALSE(contains(bytes, "Секретариат Тюркского совета"));
  }

  fs::path drafts_out = dir / "site-drafts";
  RunResult d = run_portal({"build", "--drafts", "--root", root.string(), "--out", drafts_out.string()});
  INFO(d.out << d.err);
  REQUIRE(d.status == 0);
  std::string page = slurp(drafts_out / "en" / "papers" / "zeta-secretariat" / "index.html");
  CHECK(contains(page, "<p class=\"notice draft\">Draft: this paper is not published yet.</p>"));
  CHECK(contains(slurp(drafts_out / "ru" / "papers" / "zeta-secretariat" / "index.html"),
                 "Черновик: статья ещё не опубликована."));
  // a published paper is not marked
  CHECK_FALSE(contains(slurp(drafts_out / "en" / "papers" / "gamma-cinema" / "index.html"), "notice draft"));
}

TEST_CASE("drafts: a published paper linking a draft is an error at the link, --drafts lets it through",
          "[e2e][drafts]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path beta = root / "content" / "papers" / "beta-turkic-council.md";
  replace_once(beta, "source: fixture-beta.txt\n", "source: fixture-beta.txt\ndraft: true\n");
  fs::path zeta = root / "content" / "papers" / "zeta-secretariat.md";
  std::string text = slurp(zeta);
  int line = line_of(text, "(paper:beta-turkic-council#nakhchivan)");
  RunResult r = run_portal({"check", "--root", root.string()});
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(contains(r.err, fmt::format("content/papers/zeta-secretariat.md:{}:", line)));
  CHECK(contains(r.err, "error: paper 'beta-turkic-council' in link 'paper:beta-turkic-council#nakhchivan' is a "
                        "draft (content/papers/beta-turkic-council.md has draft: true), which is not published: "
                        "publish it, or remove the link"));
  CHECK(run_portal({"check", "--drafts", "--root", root.string()}).status == 0);
}

TEST_CASE("strict: an acknowledged condition is no warning, and its reason is shown where the citations are",
          "[e2e][strict]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path gamma = root / "content" / "papers" / "gamma-cinema.md";
  // gamma has no reference list; two citations of one work
  append(gamma, "\nБір [сілтеме](cite:kaya-2001) және [тағы](cite:kaya-2001).\n");
  RunResult w = run_portal({"check", "--strict", "--root", root.string()});
  INFO(w.out << w.err);
  CHECK(w.status == 1);
  CHECK(contains(w.err, "error: 2 citations of 1 work cannot be resolved: the source has no reference list "
                        "(cite:kaya-2001); if the source really has none, say so in the front matter: "
                        "acknowledged: {unresolved-citations: {en: the reason, shown on the page}}"));
  std::string fm_end = "\n---\n";
  std::string with_ack = slurp(gamma);
  size_t close = with_ack.find(fm_end, 4);
  with_ack.insert(close + 1, "acknowledged:\n  unresolved-citations: {en: The printed article has no list.}\n");
  spit(gamma, with_ack);
  fs::path out = dir / "site";
  RunResult s = run_portal({"build", "--strict", "--root", root.string(), "--out", out.string()});
  INFO(s.out << s.err);
  REQUIRE(s.status == 0);
  std::string page = slurp(out / "en" / "papers" / "gamma-cinema" / "index.html");
  CHECK(contains(page, "<span class=\"acknowledged\">Editorial note: The printed article has no list.</span>"));
  // shown in the English text where another language has none, marked as such
  std::string kk = slurp(out / "kk" / "papers" / "gamma-cinema" / "index.html");
  CHECK(contains(kk, "Редакция ескертпесі: <span lang=\"en\">The printed article has no list.</span>"));
}

TEST_CASE("events: a paper linking an event from its text is listed by the event, with the section",
          "[e2e][events]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path out = dir / "site";
  RunResult r = build(root, out);
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  // istanbul-summit-2021 has no sources in timeline.yaml; delta links it in its section #oil-transit
  std::string anchor = "id=\"" + portal::urls::event_anchor("istanbul-summit-2021") + "\"";
  std::string page = slurp(out / "en" / "timeline" / "2020-2024" / "index.html");
  REQUIRE(contains(page, anchor));
  std::string event = page.substr(page.find(anchor));
  event = event.substr(0, event.find("<li class=\"event\"", 1));  // up to the next event
  CHECK(contains(event, "Discussed in: <a href=\"../../papers/delta-energy-cooperation/\">"));
  CHECK(contains(event, "href=\"../../papers/delta-energy-cooperation/#oil-transit\" lang=\"kk\">Мұнай транзиті</a>"));
  // and the paper lists the event on its timeline
  std::string delta = slurp(out / "en" / "papers" / "delta-energy-cooperation" / "index.html");
  CHECK(contains(delta.substr(delta.find("paper-events")), "Istanbul Summit"));
}

TEST_CASE("new: the skeleton's headings are in the paper's language, its placeholders are errors in check",
          "[e2e][cli][new]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  RunResult r = run_portal({"new", "new-paper", "--root", root.string(), "--language", "kk"});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  std::string text = slurp(root / "content" / "papers" / "new-paper.md");
  CHECK(contains(text, "\n## Кіріспе {#introduction}\n"));
  CHECK_FALSE(contains(text, "Introduction"));
  RunResult c = run_portal({"check", "--root", root.string()});
  CHECK(c.status == 1);
  std::string file = "content/papers/new-paper.md:";
  CHECK(contains(c.err, file + std::to_string(line_of(text, "  - id: family-given")) +
                            ":9: error: author id 'family-given' is the skeleton's placeholder; write the author's "
                            "family and given names in ASCII, e.g. kalkan-erol"));
  CHECK(contains(c.err, file + std::to_string(line_of(text, "doi: \"\"")) + ":6: error: 'doi' is empty; fill it in, "
                                                                            "or delete the line"));
  CHECK(contains(c.err, file + std::to_string(line_of(text, "    text: \"\"")) +
                            ":11: error: required field 'text' is empty; fill it in"));
  CHECK(contains(c.err, file + std::to_string(line_of(text, "abstract:") + 1) +
                            ":7: error: 'abstract.kk' is empty; fill it in, or delete that language"));
}

TEST_CASE("init: a new portal that builds, from the default templates and assets", "[e2e][cli][init]") {
  TempDir dir;
  fs::path root = dir / "new-portal";
  RunResult r = run_portal({"init", root.string()});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  CHECK(contains(r.out, "portal init: a new portal in " + root.string()));
  for (const char* f : {"content/site.yaml", "content/topics.yaml", "content/timeline.yaml", "templates/layout.mustache",
                        "templates/i18n/tr.yaml", "assets/style.css"})
    CHECK(fs::exists(root / f));
  CHECK(fs::is_directory(root / "content" / "papers"));
  RunResult b = run_portal_in(root / "content", "build");  // from a subfolder, without --root
  INFO(b.out << b.err);
  CHECK(b.status == 0);
  CHECK(contains(b.out, "portal build: "));
  CHECK(fs::exists(root / "site" / "kk" / "index.html"));
  RunResult again = run_portal({"init", root.string()});
  CHECK(again.status == 2);
  CHECK(contains(again.err, "already exists and is not an empty folder; not touching it"));
}

TEST_CASE("root: found upward from any subfolder, --root wins, none found says so", "[e2e][cli][root]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  RunResult up = run_portal_in(root / "content" / "papers", "check --verbose");
  INFO(up.out << up.err);
  CHECK(up.status == 0);
  CHECK(contains(up.out, "portal check: portal folder " + root.string() + "\n"));
  fs::path other = dir / "other";
  copy_tree(root, other);
  append(other / "content" / "papers" / "gamma-cinema.md", "\n[x](topic:no-such-topic)\n");
  RunResult wins = run_portal_in(root / "content", "check --root " + sh_quote(other.string()));
  CHECK(wins.status == 1);
  CHECK(contains(wins.err, "unknown topic 'no-such-topic'"));
  fs::create_directories(dir / "empty");
  RunResult none = run_portal_in(dir / "empty", "check");
  CHECK(none.status == 2);
  CHECK(contains(none.err, ".: error: not a portal folder: it has no content/ folder (use --root)"));
}

TEST_CASE("output: --format json gives one object per problem, --quiet leaves warnings out", "[e2e][cli][json]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path gamma = root / "content" / "papers" / "gamma-cinema.md";
  append(gamma, "\nБір [сілтеме](cite:kaya-2001).\n[x](topic:no-such-topic)\n");
  int line = line_count(slurp(gamma));
  RunResult j = run_portal({"check", "--root", root.string(), "--format", "json"});
  INFO(j.out << j.err);
  CHECK(j.status == 1);
  std::vector<nlohmann::json> objects;
  for (const auto& l : lines_of(j.out)) objects.push_back(nlohmann::json::parse(l));
  REQUIRE(objects.size() == 2);
  CHECK(objects[0] == nlohmann::json{{"file", "content/papers/gamma-cinema.md"}, {"line", line}, {"column", 1},
                                     {"severity", "error"}, {"message", "unknown topic 'no-such-topic' in link 'topic:no-such-topic'"},
                                     {"suggestion", nullptr}});
  CHECK(objects[1]["severity"] == "warning");
  CHECK(objects[1]["line"] == line - 1);
  CHECK(objects[1]["suggestion"] == "if the source really has none, say so in the front matter: acknowledged: "
                                    "{unresolved-citations: {en: the reason, shown on the page}}");
  RunResult q = run_portal({"check", "--quiet", "--root", root.string()});
  CHECK(q.status == 1);
  CHECK(contains(q.err, "error: unknown topic"));
  CHECK_FALSE(contains(q.err, "warning:"));
  CHECK(contains(q.err, "portal check: 1 error(s), 1 warning(s); nothing was written"));
}

TEST_CASE("output: colour and the progress line on a terminal only, NO_COLOR turns colour off", "[e2e][cli][tty]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  append(root / "content" / "papers" / "gamma-cinema.md", "\n[x](topic:no-such-topic)\n");
  std::string check = "check --root " + sh_quote(root.string());
  RunResult tty = run_portal_on_terminal(check);
  INFO(tty.out);
  CHECK(contains(tty.out, "\x1b[1;31merror:\x1b[0m unknown topic 'no-such-topic'"));
  RunResult no_colour = run_portal_on_terminal(check, "NO_COLOR=1");
  CHECK(contains(no_colour.out, " error: unknown topic 'no-such-topic'"));
  CHECK_FALSE(contains(no_colour.out, "\x1b[1;31m"));
  RunResult pipe = run_portal({"check", "--root", root.string()});
  CHECK_FALSE(contains(pipe.err, "\x1b["));

  TempDir clean;  // a portal without errors, built on a terminal and into a pipe
  fs::path built = make_portal(clean);
  std::string build_args = "build --root " + sh_quote(built.string()) + " --out " + sh_quote((clean / "site").string());
  RunResult progress = run_portal_on_terminal(build_args);
  INFO(progress.out);
  CHECK(contains(progress.out, "\r\x1b[Kpages "));
  CHECK(contains(progress.out, "portal build: "));
  RunResult plain = run_shell(sh_quote(portal_binary().string()) + " " + build_args);
  CHECK(plain.status == 0);
  CHECK_FALSE(contains(plain.err, "pages "));
  CHECK(lines_of(plain.out).size() == 2);  // the summary and the feeds notice, nothing else
}
