// The exit status README.md promises: 0 success, 1 errors in the input, 2 a
// usage error, an I/O error or an internal error. (A write failure, exit 2, is
// tested in output_folder_test.cpp.)

#include <catch2/catch.hpp>

#include "../support/portal_fixture.h"

using namespace portal::fixture;

namespace {

std::string joined(const std::vector<std::string>& args) {
  std::string out;
  for (const auto& a : args) out += " " + a;
  return out;
}

}  // namespace

TEST_CASE("exit status: usage errors exit 2 with CLI11's message, help and version exit 0", "[e2e][cli][exit]") {
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{}, "A subcommand is required"},
      {{"publish"}, "A subcommand is required"},
      {{"build", "--no-such-flag"}, "The following argument was not expected: --no-such-flag"},
      {{"build", "--out"}, "--out: 1 required TEXT missing"},
      {{"serve", "--port", "0"}, "--port: Value 0 not in range 1 to 65535"},
      {{"serve", "--port", "eighty"}, "--port"},
      {{"new"}, "id is required"},
  };
  for (const auto& c : cases) {
    RunResult r = run_portal(c.args);
    INFO("portal" << joined(c.args) << "\n" << r.err);
    CHECK(r.status == 2);
    CHECK(contains(r.err, c.message));
  }
  RunResult help = run_portal({"--help"});
  CHECK(help.status == 0);
  CHECK(contains(help.out, "Exit status: 0 success; 1 errors in the content or templates; 2 a usage error"));
  RunResult version = run_portal({"--version"});
  CHECK(version.status == 0);
  CHECK(contains(version.out, "portal "));
  RunResult build_help = run_portal({"build", "--help"});
  CHECK(build_help.status == 0);
}

TEST_CASE("exit status: 0 for a good site, 1 for errors in the input, 2 for a folder that is no portal",
          "[e2e][cli][exit]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  CHECK(run_portal({"check", "--root", root.string()}).status == 0);
  CHECK(build(root, dir / "site").status == 0);

  spit(root / "content" / "papers" / "broken.md", "---\ntitle: [unclosed\n---\nText.\n");
  RunResult bad_content = run_portal({"check", "--root", root.string()});
  CHECK(bad_content.status == 1);
  CHECK(contains(bad_content.err, "content/papers/broken.md:"));
  RunResult bad_build = build(root, dir / "site");
  CHECK(bad_build.status == 1);

  RunResult no_portal = run_portal({"check", "--root", (dir / "nowhere").string()});
  CHECK(no_portal.status == 2);
  CHECK(contains(no_portal.err, "not a portal folder"));
}
