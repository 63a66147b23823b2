// output/writer.h: the atomic site writer.

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <map>
#include <stdexcept>
#include <thread>

#include "../support/portal_fixture.h"
#include "output/writer.h"

using portal::SiteWriter;
using namespace portal::fixture;

namespace {

/// The names in `dir` (files and folders, not recursive), sorted.
std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

/// A previous site in `out`, as a build would have left it.
Tree previous_site(const fs::path& out) {
  SiteWriter w(out.string());
  w.write("index.html", "old root");
  w.write("kk/index.html", "old kk");
  w.write("kk/papers/gone/index.html", "a paper removed since");
  w.commit();
  return snapshot(out);
}

}  // namespace

TEST_CASE("writer: a new site is written whole, with its marker", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  {
    SiteWriter w(out.string());
    w.write("index.html", "<p>root</p>");
    w.write("kk/papers/x/index.html", "<p>x</p>");
    w.write("assets/style.css", std::string("body{}\0binary", 13));
    w.commit();
  }
  Tree t = snapshot(out);
  CHECK(t.size() == 4);
  CHECK(t.at("index.html") == "<p>root</p>");
  CHECK(t.at("kk/papers/x/index.html") == "<p>x</p>");
  CHECK(t.at("assets/style.css") == std::string("body{}\0binary", 13));
  CHECK(t.count(SiteWriter::kMarker) == 1);
  // nothing is left beside it
  CHECK(names_in(dir.path()) == std::vector<std::string>{"site"});
}

TEST_CASE("writer: the previous site stays untouched until commit, then is replaced whole", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  Tree old = previous_site(out);
  SiteWriter w(out.string());
  w.write("index.html", "new root");
  w.write("en/index.html", "new en");
  // files are staged beside the target, never in it
  CHECK(snapshot(out) == old);
  CHECK(fs::path(w.staging_dir()).parent_path() == dir.path());
  CHECK(slurp(fs::path(w.staging_dir()) / "en" / "index.html") == "new en");
  w.commit();
  Tree now = snapshot(out);
  CHECK(now.at("index.html") == "new root");
  CHECK(now.at("en/index.html") == "new en");
  // stale files of the previous build are gone
  CHECK(now.count("kk/index.html") == 0);
  CHECK(now.count("kk/papers/gone/index.html") == 0);
  CHECK_FALSE(fs::exists(out / "kk"));
  // the previous site is kept as the spare, not served and not deleted
  CHECK(names_in(dir.path()) == std::vector<std::string>{".portal-cache", "site"});
  CHECK(snapshot(dir / ".portal-cache" / "site" / "previous") == old);
}

TEST_CASE("writer: a build that is abandoned leaves the previous site and no staging folder", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  Tree old = previous_site(out);
  {
    SiteWriter w(out.string());
    w.write("index.html", "half a build");
    // destroyed without commit, as when rendering throws
  }
  CHECK(snapshot(out) == old);
  CHECK(names_in(dir.path()) == std::vector<std::string>{"site"});
}

TEST_CASE("writer: when the swap fails, the previous site is put back", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  Tree old = previous_site(out);
  SiteWriter w(out.string());
  w.write("index.html", "new");
  fs::remove_all(w.staging_dir());  // the new site vanished: the rename into place fails
  CHECK_THROWS_AS(w.commit(), std::runtime_error);
  CHECK(snapshot(out) == old);
  CHECK(names_in(dir.path()) == std::vector<std::string>{"site"});
}

TEST_CASE("writer: refuses to replace a folder portal did not write", "[writer]") {
  TempDir dir;
  fs::path out = dir / "documents";
  spit(out / "thesis.txt", "years of work");
  spit(out / "notes" / "a.txt", "notes");
  Tree before = snapshot(out);
  try {
    SiteWriter w(out.string());
    FAIL("SiteWriter accepted a folder it did not write");
  } catch (const std::runtime_error& e) {
    CHECK(contains(e.what(), "was not written by portal"));
    CHECK(contains(e.what(), SiteWriter::kMarker));
  }
  CHECK(snapshot(out) == before);
  CHECK(names_in(dir.path()) == std::vector<std::string>{"documents"});
}

TEST_CASE("writer: refuses to replace a file", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  spit(out, "a file, not a folder");
  CHECK_THROWS_AS(SiteWriter(out.string()), std::runtime_error);
  CHECK(slurp(out) == "a file, not a folder");
}

TEST_CASE("writer: an empty folder, a missing one, and a trailing slash are fine", "[writer]") {
  TempDir dir;
  fs::create_directories(dir / "empty");
  {
    SiteWriter w((dir / "empty").string());
    w.write("a.txt", "a");
    w.commit();
  }
  CHECK(slurp(dir / "empty" / "a.txt") == "a");
  {
    SiteWriter w((dir / "deep" / "er" / "site").string());
    w.write("a.txt", "b");
    w.commit();
  }
  CHECK(slurp(dir / "deep" / "er" / "site" / "a.txt") == "b");
  {
    SiteWriter w((dir / "empty").string() + "/");
    w.write("b.txt", "c");
    w.commit();
  }
  CHECK(snapshot(dir / "empty").count("a.txt") == 0);
  CHECK(slurp(dir / "empty" / "b.txt") == "c");
  CHECK(names_in(dir.path()) == std::vector<std::string>{".portal-cache", "deep", "empty"});
}

TEST_CASE("writer: write() from many threads at once", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  {
    SiteWriter w(out.string());
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
      threads.emplace_back([&, t] {
        for (int i = 0; i < 50; ++i)
          // every thread creates the same folders at the same time
          w.write("kk/papers/p" + std::to_string(i) + "/t" + std::to_string(t) + ".html",
                  std::to_string(t * 1000 + i));
      });
    for (auto& th : threads) th.join();
    w.commit();
  }
  Tree t = snapshot(out);
  CHECK(t.size() == 8 * 50 + 1);
  CHECK(t.at("kk/papers/p49/t7.html") == "7049");
}

namespace {

/// The inode of `path`: the same inode after a build means the file was left, not rewritten.
ino_t inode(const fs::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_ino;
}

/// One build of `files` (path → bytes) into `out`.
void build_site(const fs::path& out, const std::map<std::string, std::string>& files) {
  SiteWriter w(out.string());
  for (const auto& [path, bytes] : files) w.write(path, bytes);
  w.commit();
}

}  // namespace

TEST_CASE("writer: a build stages into the spare, leaves unchanged files and drops unwritten ones", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  build_site(out, {{"same.html", "same"}, {"changed.html", "old1"}, {"gone/index.html", "gone"}, {"x/y/z.html", "z"}});
  ino_t same = inode(out / "same.html");
  ino_t changed = inode(out / "changed.html");
  build_site(out, {{"same.html", "same"}, {"changed.html", "old1"}, {"gone/index.html", "gone"}, {"x/y/z.html", "z"}});
  // the first site is now the spare; the third build is staged in it
  build_site(out, {{"same.html", "same"}, {"changed.html", "new1"}, {"added/index.html", "added"}});
  Tree t = snapshot(out);
  CHECK(t.size() == 4);  // with the marker
  CHECK(t.at("same.html") == "same");
  CHECK(t.at("changed.html") == "new1");  // same size, other bytes: rewritten
  CHECK(t.at("added/index.html") == "added");
  CHECK_FALSE(fs::exists(out / "gone"));
  CHECK_FALSE(fs::exists(out / "x"));
  CHECK(inode(out / "same.html") == same);        // left as it was
  CHECK(inode(out / "changed.html") == changed);  // rewritten in place
  CHECK(names_in(dir.path()) == std::vector<std::string>{".portal-cache", "site"});
}

TEST_CASE("writer: a spare holding a file where a folder is needed, and the reverse", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  build_site(out, {{"a", "file a"}, {"b/index.html", "in folder b"}});
  build_site(out, {{"c.html", "c"}});
  build_site(out, {{"a/index.html", "in folder a"}, {"b", "file b"}});
  Tree t = snapshot(out);
  CHECK(t.size() == 3);
  CHECK(t.at("a/index.html") == "in folder a");
  CHECK(t.at("b") == "file b");
}

TEST_CASE("writer: an abandoned build in the spare leaves the site as it was", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  build_site(out, {{"index.html", "one"}});
  build_site(out, {{"index.html", "two"}});
  Tree before = snapshot(out);
  {
    SiteWriter w(out.string());
    w.write("index.html", "half a build");
    // destroyed without commit: the spare it staged in is discarded
  }
  CHECK(snapshot(out) == before);
  build_site(out, {{"index.html", "three"}});
  CHECK(slurp(out / "index.html") == "three");
  CHECK(snapshot(out).size() == 2);
}

TEST_CASE("writer: a folder in the spare's place that portal did not write is not reused", "[writer]") {
  TempDir dir;
  fs::path out = dir / "site";
  build_site(out, {{"index.html", "one"}});
  spit(dir / ".portal-cache" / "site" / "previous" / "notes.txt", "not a site");
  build_site(out, {{"index.html", "two"}});
  Tree t = snapshot(out);
  CHECK(t.size() == 2);
  CHECK(t.at("index.html") == "two");
  CHECK(t.count("notes.txt") == 0);
}
