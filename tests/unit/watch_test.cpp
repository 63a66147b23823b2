// cli/watch.h: the preview server's watcher notices changes anywhere under its
// folders, makes one change of a burst, and polls when asked to.

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "../support/portal_fixture.h"
#include "cli/watch.h"

using portal::WatchEvent;
using portal::Watcher;
using portal::WatchOptions;
using namespace portal::fixture;
using namespace std::chrono_literals;

namespace {

/// A watched portal-like tree: content/papers/ and templates/.
struct WatchedTree {
  TempDir dir;
  fs::path content = dir / "content", templates = dir / "templates";
  WatchedTree() {
    spit(content / "site.yaml", "title: x\n");
    spit(content / "papers" / "a.md", "---\nid: a\n---\n");
    spit(templates / "layout.mustache", "<html></html>\n");
  }
  std::vector<fs::path> paths() const { return {content, templates, dir / "missing"}; }
};

/// Options that tell a burst from two changes even on a busy machine.
WatchOptions options(bool poll) {
  WatchOptions o;
  o.quiet = 400ms;
  o.longest_wait = 5s;
  o.poll_interval = 50ms;
  o.force_polling = poll;
  return o;
}

/// Writes `path` five times, 20 ms apart, each time longer (so polling sees it by size too).
void burst(const fs::path& path) {
  std::string text = "---\nid: a\n---\n";
  for (int i = 0; i < 5; ++i) {
    text += "more\n";
    spit(path, text);
    std::this_thread::sleep_for(20ms);
  }
}

void notices_changes(bool poll) {
  WatchedTree t;
  Watcher w(t.paths(), options(poll));
  CHECK(w.polling() == poll);
  CHECK(w.fallback_reason().empty());
  CHECK(w.wait(300ms) == WatchEvent::timed_out);  // nothing changed yet

  // A file in a subfolder written in a burst: one change.
  std::thread writer([&] { burst(t.content / "papers" / "a.md"); });
  auto start = std::chrono::steady_clock::now();
  CHECK(w.wait(10s) == WatchEvent::changed);
  auto took = std::chrono::steady_clock::now() - start;
  writer.join();
  CHECK(took >= 400ms);  // not before the burst had settled
  CHECK(w.wait(800ms) == WatchEvent::timed_out);

  // A folder made after the watch started, then a file in it.
  fs::create_directories(t.content / "papers" / "figures");
  CHECK(w.wait(10s) == WatchEvent::changed);
  spit(t.content / "papers" / "figures" / "f.txt", "figure\n");
  CHECK(w.wait(10s) == WatchEvent::changed);

  // A file deleted, and one renamed, in the other folder.
  fs::remove(t.templates / "layout.mustache");
  CHECK(w.wait(10s) == WatchEvent::changed);
  spit(t.templates / "page.tmp", "x\n");
  CHECK(w.wait(10s) == WatchEvent::changed);
  fs::rename(t.templates / "page.tmp", t.templates / "page.mustache");
  CHECK(w.wait(10s) == WatchEvent::changed);
  CHECK(w.wait(600ms) == WatchEvent::timed_out);
}

}  // namespace

TEST_CASE("watch: inotify notices writes, new folders, deletions and renames, and a burst is one change", "[watch]") {
  notices_changes(false);
}

TEST_CASE("watch: polling, when forced, notices the same changes and makes one change of a burst", "[watch]") {
  notices_changes(true);
}

TEST_CASE("watch: stop() ends a wait from another thread, and every later wait", "[watch]") {
  for (bool poll : {false, true}) {
    WatchedTree t;
    Watcher w(t.paths(), options(poll));
    std::thread stopper([&] {
      std::this_thread::sleep_for(200ms);
      w.stop();
    });
    auto start = std::chrono::steady_clock::now();
    CHECK(w.wait() == WatchEvent::stopped);
    CHECK(std::chrono::steady_clock::now() - start < 5s);
    stopper.join();
    spit(t.content / "site.yaml", "title: changed\n");
    CHECK(w.wait(5s) == WatchEvent::stopped);
  }
}

TEST_CASE("watch: a change made during a rebuild is reported by the next wait", "[watch]") {
  for (bool poll : {false, true}) {
    WatchedTree t;
    Watcher w(t.paths(), options(poll));
    spit(t.content / "site.yaml", "title: changed while nobody waited\n");
    std::this_thread::sleep_for(200ms);  // as if a build were running
    CHECK(w.wait(10s) == WatchEvent::changed);
  }
}
