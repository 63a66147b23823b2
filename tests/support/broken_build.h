#pragma once
/// A good build of the fixture portal (shared by every test), then a build of the same portal after
/// breaking it, and the assertion the bad-input tests share: exit status 1,
/// exactly the expected `file:line:col: error: message` lines, the previous
/// site byte for byte, and no debris (no staging folder left beside it).
///
/// Header-only (inline functions).

#include <catch2/catch.hpp>

#include <functional>
#include <set>

#include "portal_fixture.h"

namespace portal::fixture {

/// A good build of the fixture, then a build of the same portal after `mutate`.
struct BrokenBuild {
  TempDir dir;
  fs::path root;
  fs::path out;
  Tree before;
  RunResult run;
  Tree after;

  explicit BrokenBuild(const std::function<void(const fs::path& root)>& mutate) {
    root = make_portal(dir);
    out = dir / "site";
    // The previous site is the fixture's, built once for the whole run
    // (shared_site) and copied here, where the broken build writes.
    const BuiltSite& good = basic_site();
    INFO("the unbroken fixture must build: " << good.run.err);
    REQUIRE(good.run.status == 0);
    copy_tree(good.out, out);
    before = snapshot(out);
    REQUIRE(before == good.files);
    REQUIRE(before.size() > 50);
    mutate(root);
    // `timeout`: a hostile input must not hang the build (124 fails every status check).
    run = run_shell("timeout 60 " + sh_quote(portal_binary().string()) + " build --root " + sh_quote(root.string()) +
                    " --out " + sh_quote(out.string()));
    after = snapshot(out);
  }

  fs::path content(const std::string& rel) const { return root / "content" / rel; }

  /// The names in the test folder: the portal and its site, and nothing else.
  std::set<std::string> debris() const {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir.path()))
      if (e.path().filename() != "portal" && e.path().filename() != "site") names.insert(e.path().filename().string());
    return names;
  }
};

/// The run failed with status 1, printed exactly `errors` (each a whole line,
/// and no other error), and left the previous site as it was, with no debris.
inline void expect_errors(const BrokenBuild& b, const std::vector<std::string>& errors) {
  INFO("stderr:\n" << b.run.err);
  CHECK(b.run.status == 1);
  for (const auto& e : errors) {
    INFO("expected: " << e);
    CHECK(has_line(b.run.err, e));
  }
  size_t printed = 0;
  for (const auto& line : lines_of(b.run.err))
    if (contains(line, ": error: ")) ++printed;
  CHECK(printed == errors.size());
  CHECK(contains(b.run.err, std::to_string(errors.size()) + " error(s)"));
  CHECK_FALSE(contains(b.run.out, "portal build:"));
  CHECK(tree_diff(b.before, b.after).empty());
  CHECK(b.before == b.after);
  CHECK(b.debris().empty());
}

/// Writes a new paper `content/papers/<id>.md`.
inline void add_paper(const fs::path& root, const std::string& id, const std::string& text) {
  spit(root / "content" / "papers" / (id + ".md"), text);
}

}  // namespace portal::fixture
