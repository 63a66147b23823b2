// The maintainer's commands beside build and check: `portal new` writes a
// paper skeleton, `portal serve` serves the site and rebuilds on changes.

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <thread>

#include <httplib.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include "../support/portal_fixture.h"

extern char** environ;

using namespace portal::fixture;

TEST_CASE("portal new writes a paper skeleton and refuses to overwrite or take a bad id", "[e2e][cli]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  RunResult r = run_portal({"new", "new-paper", "--root", root.string(), "--language", "ru"});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  fs::path file = root / "content" / "papers" / "new-paper.md";
  REQUIRE(fs::exists(file));
  std::string text = slurp(file);
  CHECK(contains(text, "language: ru"));
  CHECK(contains(text, "## Введение {#introduction}"));  // the first heading in the paper's language
  // the skeleton is valid YAML: check complains about the unfilled fields, not the syntax
  RunResult c = run_portal({"check", "--root", root.string()});
  CHECK(c.status == 1);
  CHECK(contains(c.err, "content/papers/new-paper.md:"));
  CHECK(contains(c.err, "'title.ru' is empty; fill it in, or delete that language"));
  CHECK_FALSE(contains(c.err, "malformed YAML"));

  RunResult again = run_portal({"new", "new-paper", "--root", root.string()});
  CHECK(again.status == 1);
  CHECK(contains(again.err, "already exists; not overwriting it"));
  CHECK(slurp(file) == text);
  RunResult bad = run_portal({"new", "Bad_Id", "--root", root.string()});
  CHECK(bad.status == 1);
  CHECK(contains(bad.err, "'Bad_Id' is not a valid paper id"));
}

namespace {

/// `portal serve` in a child process, stopped when the test ends.
struct Server {
  pid_t pid = -1;
  Server(const fs::path& root, int port) {
    std::string bin = portal_binary().string(), r = root.string(), p = std::to_string(port);
    std::vector<char*> argv = {bin.data(), const_cast<char*>("serve"), const_cast<char*>("--root"), r.data(),
                               const_cast<char*>("--port"), p.data(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    if (posix_spawn(&pid, bin.c_str(), &actions, nullptr, argv.data(), environ) != 0) pid = -1;
    posix_spawn_file_actions_destroy(&actions);
  }
  ~Server() {
    if (pid > 0) {
      kill(pid, SIGTERM);
      int status = 0;
      waitpid(pid, &status, 0);
    }
  }
};

/// GETs `path` until `pred(body)` holds, for at most `seconds`.
template <class Pred>
bool poll(httplib::Client& client, const std::string& path, Pred pred, int seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto res = client.Get(path); res && res->status == 200 && pred(res->body)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return false;
}

}  // namespace

TEST_CASE("portal serve serves the site on loopback and rebuilds when content changes", "[e2e][cli][serve]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  const int port = 18000 + static_cast<int>(::getpid() % 1000);
  Server server(root, port);
  REQUIRE(server.pid > 0);
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(1, 0);
  REQUIRE(poll(client, "/en/topics/", [](const std::string& body) { return contains(body, "<html lang=\"en\">"); }, 20));
  auto root_page = client.Get("/");
  REQUIRE(root_page);
  CHECK(root_page->status == 200);
  CHECK(client.Get("/no/such/page/")->status == 404);

  // Rename a topic: the served page follows without a restart.
  fs::path topics = root / "content" / "topics.yaml";
  std::string text = slurp(topics);
  size_t at = text.find("en: ");
  REQUIRE(at != std::string::npos);
  size_t end = text.find('\n', at);
  text.replace(at, end - at, "en: Renamed While Serving");
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // a new modification time
  spit(topics, text);
  CHECK(poll(client, "/en/topics/", [](const std::string& body) { return contains(body, "Renamed While Serving"); }, 20));

  // A paper made a draft stays on the preview, marked as a draft (build would leave it out).
  fs::path zeta = root / "content" / "papers" / "zeta-secretariat.md";
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // a new modification time
  replace_once(zeta, "source: fixture-zeta.txt\n", "source: fixture-zeta.txt\ndraft: true\n");
  CHECK(poll(client, "/en/papers/zeta-secretariat/", [](const std::string& body) {
    return contains(body, "<p class=\"notice draft\">Draft: this paper is not published yet.</p>");
  }, 20));
}
