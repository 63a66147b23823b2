// End to end: a bad command line or folder given to `portal build` beside a
// site it built before: exit status 2, the exact message, the previous site
// byte for byte, and nothing new in the folder. (Usage errors without a site
// are in exit_status_test.cpp; unsafe --out folders in output_folder_test.cpp.)

#include <catch2/catch.hpp>

#include <functional>
#include <set>

#include "../support/portal_fixture.h"

using namespace portal::fixture;

namespace {

/// A built fixture site at `dir`/site, then `portal ARGS` (in which @ROOT@ and
/// @DIR@ stand for the portal folder and the test folder).
struct CommandLineRun {
  TempDir dir;
  fs::path root;
  fs::path out;
  Tree before;
  std::set<std::string> names_before;
  RunResult run;

  explicit CommandLineRun(std::vector<std::string> args,
                          const std::function<void(const fs::path& dir)>& prepare = [](const fs::path&) {}) {
    root = make_portal(dir);
    out = dir / "site";
    RunResult good = build(root, out);
    REQUIRE(good.status == 0);
    before = snapshot(out);
    prepare(dir.path());
    names_before = names();
    for (auto& a : args) {
      if (a.find("@ROOT@") != std::string::npos) a.replace(a.find("@ROOT@"), 6, root.string());
      if (a.find("@DIR@") != std::string::npos) a.replace(a.find("@DIR@"), 5, dir.path().string());
    }
    run = run_portal(args);
  }

  std::set<std::string> names() const {
    std::set<std::string> out_names;
    for (const auto& e : fs::directory_iterator(dir.path())) out_names.insert(e.path().filename().string());
    return out_names;
  }

  /// Exit status 2, `line` printed (with @DIR@ for the test folder), the site and the folder as they were.
  void expect_refused(std::string line) const {
    if (line.find("@DIR@") != std::string::npos) line.replace(line.find("@DIR@"), 5, dir.path().string());
    INFO("stderr:\n" << run.err);
    CHECK(run.status == 2);
    CHECK(has_line(run.err, line));
    CHECK(snapshot(out) == before);
    CHECK(names() == names_before);
  }
};

}  // namespace

TEST_CASE("bad command line: an unexpected argument after the options", "[e2e][bad-input][cli]") {
  CommandLineRun r({"build", "--root", "@ROOT@", "--out", "@DIR@/site", "extra"});
  r.expect_refused("The following argument was not expected: extra");
}

TEST_CASE("bad command line: --root given twice", "[e2e][bad-input][cli]") {
  CommandLineRun r({"build", "--root", "@ROOT@", "--out", "@DIR@/site", "--root", "@ROOT@"});
  r.expect_refused("--root: At Most 1 required but received 2");
}

TEST_CASE("bad command line: an unknown option of build beside a built site", "[e2e][bad-input][cli]") {
  CommandLineRun r({"build", "--root", "@ROOT@", "--out", "@DIR@/site", "--bogus"});
  r.expect_refused("The following argument was not expected: --bogus");
}

TEST_CASE("bad command line: --root names a file", "[e2e][bad-input][cli][files]") {
  CommandLineRun r({"build", "--root", "@ROOT@/content/site.yaml", "--out", "@DIR@/site"});
  r.expect_refused("@DIR@/portal/content/site.yaml: error: not a portal folder: it has no content/ folder (use --root)");
}

TEST_CASE("bad command line: --root names no folder", "[e2e][bad-input][cli][files]") {
  CommandLineRun r({"build", "--root", "@DIR@/nowhere", "--out", "@DIR@/site"});
  r.expect_refused("@DIR@/nowhere: error: not a portal folder: it has no content/ folder (use --root)");
}

TEST_CASE("bad command line: --out names an existing file", "[e2e][bad-input][cli][files]") {
  CommandLineRun r({"build", "--root", "@ROOT@", "--out", "@DIR@/notes.txt"},
                   [](const fs::path& dir) { spit(dir / "notes.txt", "mine\n"); });
  r.expect_refused("@DIR@/notes.txt: error: exists and is not a folder; not replacing it");
  CHECK(slurp(r.dir / "notes.txt") == "mine\n");
}

TEST_CASE("bad command line: --out names a folder portal did not write", "[e2e][bad-input][cli][files]") {
  CommandLineRun r({"build", "--root", "@ROOT@", "--out", "@DIR@/photos"},
                   [](const fs::path& dir) { spit(dir / "photos" / "keep.jpg", "jpeg\n"); });
  r.expect_refused("@DIR@/photos: error: this folder was not written by portal (no .portal-site file); refusing to "
                   "replace it. Choose another --out or remove it yourself.");
  CHECK(slurp(r.dir / "photos" / "keep.jpg") == "jpeg\n");
}

TEST_CASE("bad command line: a port above 65535", "[e2e][bad-input][cli]") {
  CommandLineRun r({"serve", "--root", "@ROOT@", "--out", "@DIR@/site", "--port", "70000"});
  r.expect_refused("--port: Value 70000 not in range 1 to 65535");
}

TEST_CASE("bad folder: a portal folder without content/", "[e2e][bad-input][files]") {
  CommandLineRun r({"build", "--root", "@ROOT@", "--out", "@DIR@/site"},
                   [](const fs::path& dir) { fs::remove_all(dir / "portal" / "content"); });
  r.expect_refused("@DIR@/portal: error: not a portal folder: it has no content/ folder (use --root)");
}
