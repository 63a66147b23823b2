// output/writer.h: the swap of a new site into place leaves a site at the
// target at every moment, and the previous one is deleted after it.

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "../support/portal_fixture.h"
#include "output/writer.h"

using portal::SiteWriter;
using namespace portal::fixture;

TEST_CASE("writer: while builds are swapped in one after another, the site never goes missing", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  {
    SiteWriter w(out.string());
    w.write("index.html", "build 0");
    w.commit();
  }
  std::atomic<bool> done{false};
  std::atomic<long> looks{0}, missing{0};
  std::thread reader([&] {
    while (!done) {
      std::error_code ec;
      if (!fs::exists(out / "index.html", ec)) ++missing;
      ++looks;
    }
  });
  for (int i = 1; i <= 300; ++i) {
    SiteWriter w(out.string());
    w.write("index.html", "build " + std::to_string(i));
    w.commit();
  }
  done = true;
  reader.join();
  SiteWriter::wait_for_removals();
  CHECK(looks > 300);
  CHECK(missing == 0);
  CHECK(slurp(out / "index.html") == "build 300");
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir.path())) names.push_back(e.path().filename().string());
  CHECK(names == std::vector<std::string>{".portal-cache", "site"});  // the spare, none of the staging folders
}
