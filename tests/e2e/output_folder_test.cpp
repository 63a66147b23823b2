// The output folder is always intact: a build that cannot write (file-size
// limit, full disk) stops with exit 2 and leaves the previous site byte for
// byte; staging folders of killed builds are cleaned up; an output folder
// inside an input folder, or holding the portal, is refused before anything
// is written.

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include "../support/portal_fixture.h"

using namespace portal::fixture;

namespace {

/// The names in `dir`, sorted.
std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

/// The id of a process that has exited (and been reaped): nothing runs under it.
pid_t dead_pid() {
  pid_t pid = fork();
  if (pid == 0) _exit(0);
  int status = 0;
  waitpid(pid, &status, 0);
  return pid;
}

}  // namespace

TEST_CASE("output: a write that fails (file-size limit) exits 2, names the file, keeps the previous site",
          "[e2e][output]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path out = dir / "site";
  REQUIRE(build(root, out).status == 0);
  Tree before = snapshot(out);
  size_t largest = 0;
  for (const auto& [path, bytes] : before) largest = std::max(largest, bytes.size());
  REQUIRE(largest > 4096);
  // A limit below the largest page, in 1024-byte blocks; dash counts in
  // 512-byte blocks, which only makes the limit lower.
  std::string limit = std::to_string(largest / 1024 / 2);
  std::string cmd = "ulimit -f " + limit + " && exec " + sh_quote(portal_binary().string()) + " build --root " +
                    sh_quote(root.string()) + " --out " + sh_quote(out.string());
  RunResult r = run_shell("sh -c " + sh_quote(cmd));
  INFO(r.err);
  CHECK(r.status == 2);  // not killed by SIGXFSZ, not an input error
  bool named = false;
  for (const auto& line : lines_of(r.err))
    named = named || (line.rfind(out.string() + "/", 0) == 0 && contains(line, ": error: cannot write: File too large"));
  CHECK(named);
  CHECK(contains(r.err, "portal build: stopped; the previous site, if any, is left as it was"));
  CHECK(tree_diff(before, snapshot(out)).empty());
  CHECK(names_in(dir.path()) == std::vector<std::string>{"portal", "site"});
}

TEST_CASE("output: staging and old-site folders of killed builds are removed by the next build", "[e2e][output]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::path out = dir / "site";
  REQUIRE(build(root, out).status == 0);
  pid_t dead = dead_pid();
  std::string gone = std::to_string(dead);
  // as a killed build leaves them: with the marker, which is written first
  spit(dir / ("site.tmp-" + gone + "-0") / ".portal-site", "marker");
  spit(dir / ("site.tmp-" + gone + "-0") / "kk" / "index.html", "half a build");
  spit(dir / ("site.old-" + gone + "-1") / ".portal-site", "marker");
  spit(dir / ("site.old-" + gone + "-1") / "index.html", "an interrupted swap");
  fs::create_directories(dir / ("site.tmp-" + gone + "-2"));  // killed before the marker
  // left alone: a running process's staging folder, and folders portal did not write
  std::string alive = std::to_string(getpid());
  spit(dir / ("site.tmp-" + alive + "-0") / ".portal-site", "marker");
  spit(dir / ("site.tmp-" + gone + "-3") / "thesis.txt", "not portal's");
  spit(dir / ("site.tmp-" + gone + "-x") / ".portal-site", "not portal's name");
  RunResult r = build(root, out);
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(names_in(dir.path()) == std::vector<std::string>{".portal-cache", "portal", "site", "site.tmp-" + alive + "-0",
                                                         "site.tmp-" + gone + "-3", "site.tmp-" + gone + "-x"});
}

TEST_CASE("output: a folder inside an input folder, or holding the portal, is refused before writing",
          "[e2e][output]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  Tree assets = snapshot(root / "assets");
  auto refused = [&](const fs::path& out, const std::string& why) {
    RunResult r = build(root, out);
    INFO(out.string() << "\n" << r.err);
    CHECK(r.status == 2);
    CHECK(contains(r.err, "error: --out: the output folder "));
    CHECK(contains(r.err, why));
  };
  refused(root / "assets" / "site", "is inside the input folder assets/, so each build would read the previous one");
  CHECK_FALSE(fs::exists(root / "assets" / "site"));
  CHECK(snapshot(root / "assets") == assets);
  refused(root / "content" / "site", "is inside the input folder content/");
  refused(root / "templates", "is inside the input folder templates/");
  refused(root, "holds the portal folder");
  refused(dir.path(), "holds the portal folder");
  // a link does not hide where the folder is
  fs::create_directory_symlink(root / "assets", dir / "link");
  refused(dir / "link" / "site", "is inside the input folder assets/");
  CHECK(snapshot(root / "assets") == assets);
  CHECK(fs::exists(root / "content" / "site.yaml"));
  CHECK_FALSE(fs::exists(root / "site"));
  // check reads nothing of --out, and a sibling folder of an input folder is fine
  RunResult ok = build(root, root / "assets-site");
  INFO(ok.err);
  CHECK(ok.status == 0);
}
