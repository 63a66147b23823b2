// `portal serve` is robust: a busy port is an error, not a second server
// sharing it; idle connections do not hold up new requests; a failed rebuild
// shows its errors in the browser, escaped, until a build succeeds.

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <thread>

#include <httplib.h>

#include "../support/portal_fixture.h"

extern char** environ;

using namespace portal::fixture;

namespace {

/// A loopback port nobody listens on right now.
int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
    FAIL("cannot find a free port");
  close(fd);
  return ntohs(addr.sin_port);
}

/// `portal serve` in a child process, its stdout and stderr in files, stopped when the test ends.
struct ServeProcess {
  pid_t pid = -1;
  fs::path out_file, err_file;
  ServeProcess(const TempDir& dir, const fs::path& root, int port, const std::string& tag) {
    out_file = dir / (tag + ".out");
    err_file = dir / (tag + ".err");
    std::string bin = portal_binary().string(), r = root.string(), p = std::to_string(port);
    std::vector<char*> argv = {bin.data(), const_cast<char*>("serve"), const_cast<char*>("--root"), r.data(),
                               const_cast<char*>("--port"), p.data(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (posix_spawn(&pid, bin.c_str(), &actions, nullptr, argv.data(), environ) != 0) pid = -1;
    posix_spawn_file_actions_destroy(&actions);
  }
  ~ServeProcess() {
    if (pid > 0) {
      kill(pid, SIGTERM);
      int status = 0;
      waitpid(pid, &status, 0);
    }
  }
  std::string out() const { return fs::exists(out_file) ? slurp(out_file) : std::string(); }
  std::string err() const { return fs::exists(err_file) ? slurp(err_file) : std::string(); }
  /// Waits (at most `seconds`) until the server says where it listens.
  bool wait_listening(int seconds) const {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
      if (contains(out(), "portal serve: http://")) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  }
};

/// GETs `path` until `pred(status, body)` holds, for at most `seconds`.
template <class Pred>
bool poll(httplib::Client& client, const std::string& path, Pred pred, int seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto res = client.Get(path); res && pred(res->status, res->body)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return false;
}

bool is_site_page(int status, const std::string& body) {
  return status == 200 && contains(body, "<html lang=\"en\">");
}

/// A connection to the port that sends nothing, as a browser's spare connection does.
struct IdleSocket {
  int fd;
  explicit IdleSocket(int port) : fd(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) FAIL("cannot connect an idle socket");
  }
  ~IdleSocket() { close(fd); }
  IdleSocket(const IdleSocket&) = delete;
  IdleSocket& operator=(const IdleSocket&) = delete;
};

}  // namespace

TEST_CASE("serve: a second server on a busy port fails with a message and exit 2", "[e2e][cli][serve]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  int port = free_port();
  ServeProcess first(dir, root, port, "first");
  REQUIRE(first.pid > 0);
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(1, 0);
  REQUIRE(poll(client, "/en/", is_site_page, 30));

  // `timeout`: a second server that binds the port too would run until killed (status 124)
  RunResult second = run_shell("timeout 60 " + sh_quote(portal_binary().string()) + " serve --root " +
                               sh_quote(root.string()) + " --port " + std::to_string(port));
  INFO(second.out << second.err);
  CHECK(second.status == 2);
  CHECK(contains(second.err, "portal serve: 127.0.0.1:" + std::to_string(port) +
                                 " is already in use (another portal serve?); choose a free port with --port"));
  CHECK_FALSE(contains(second.out, "http://"));  // the address is printed only once it is ours
  // the first server still answers
  for (int i = 0; i < 10; ++i) {
    auto res = client.Get("/en/");
    REQUIRE(res);
    CHECK(res->status == 200);
  }
}

TEST_CASE("serve: idle open connections do not hold up a new request", "[e2e][cli][serve]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  int port = free_port();
  ServeProcess server(dir, root, port, "serve");
  REQUIRE(server.pid > 0);
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(2, 0);
  client.set_read_timeout(20, 0);
  REQUIRE(poll(client, "/en/", is_site_page, 30));
  for (int idle : {8, 16, 64}) {
    std::vector<std::unique_ptr<IdleSocket>> sockets;
    for (int i = 0; i < idle; ++i) sockets.push_back(std::make_unique<IdleSocket>(port));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // accepted and handed to workers
    auto start = std::chrono::steady_clock::now();
    httplib::Client fresh("127.0.0.1", port);
    fresh.set_connection_timeout(2, 0);
    fresh.set_read_timeout(20, 0);
    auto res = fresh.Get("/en/papers/");
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(idle << " idle connections: the request took " << seconds << " s");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(seconds < 1.5);
  }
}

TEST_CASE("serve: a failed rebuild is shown in the browser, escaped, until it is fixed", "[e2e][cli][serve]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  int port = free_port();
  ServeProcess server(dir, root, port, "serve");
  REQUIRE(server.pid > 0);
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(1, 0);
  REQUIRE(poll(client, "/en/", is_site_page, 30));

  fs::path home = root / "templates" / "home.mustache";
  std::string good = slurp(home);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // a new modification time
  replace_once(home, "{{>paper_card}}", "{{>paper<b>}}");
  std::string page;
  CHECK(poll(client, "/en/papers/",
             [&](int status, const std::string& body) {
               page = body;
               return status == 500 && contains(body, "templates/home.mustache:");
             },
             30));
  INFO(page);
  CHECK(contains(page, "<h1>The build failed</h1>"));
  CHECK(contains(page, "unknown partial &#39;paper&lt;b&gt;&#39;"));
  CHECK_FALSE(contains(page, "paper<b>"));
  // styles still come from the site
  auto css = client.Get("/assets/style.css");
  REQUIRE(css);
  CHECK(css->status == 200);
  CHECK(contains(server.err(), "portal serve: the build failed; the browser shows these errors until a build succeeds"));

  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  spit(home, good);
  CHECK(poll(client, "/en/papers/", is_site_page, 30));
}

TEST_CASE("serve: with no site yet, a failed first build is shown and no previous site is claimed",
          "[e2e][cli][serve]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  append(root / "templates" / "topics.mustache", "{{#unclosed}}\n");
  int port = free_port();
  ServeProcess server(dir, root, port, "serve");
  REQUIRE(server.pid > 0);
  REQUIRE(server.wait_listening(30));
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(1, 0);
  auto res = client.Get("/");
  REQUIRE(res);
  CHECK(res->status == 500);
  CHECK(contains(res->body, "templates/topics.mustache:"));
  CHECK(contains(res->body, "unclosed section &#39;unclosed&#39;"));
  std::string err = server.err();
  CHECK(contains(err, "templates/topics.mustache:"));
  CHECK_FALSE(contains(err, "previous site"));
}

TEST_CASE("serve: a folder that is no portal is refused at once with exit 2", "[e2e][cli][serve]") {
  TempDir dir;
  RunResult r = run_shell("timeout 60 " + sh_quote(portal_binary().string()) + " serve --root " +
                          sh_quote((dir / "nowhere").string()) + " --port " + std::to_string(free_port()));
  CHECK(r.status == 2);
  CHECK(contains(r.err, "nowhere: error: not a portal folder: it has no content/ folder (use --root)"));
  CHECK_FALSE(contains(r.out, "http://"));
}

TEST_CASE("serve: pages get the live-reload script, the site on disk never does, and the event stream reports builds",
          "[e2e][cli][serve][live]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  int port = free_port();
  ServeProcess server(dir, root, port, "live");
  REQUIRE(server.pid > 0);
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(1, 0);
  REQUIRE(poll(client, "/en/", is_site_page, 30));

  auto page = client.Get("/en/");
  REQUIRE(page);
  CHECK(contains(page->body, "<script src=\"/_portal/live.js\" data-build=\""));
  auto script = client.Get("/_portal/live.js");
  REQUIRE(script);
  CHECK(script->status == 200);
  CHECK(contains(script->body, "/_portal/events"));
  // What serve wrote to disk is the site as `build` writes it: no trace of the preview.
  for (const auto& entry : fs::recursive_directory_iterator(root / "site"))
    if (entry.is_regular_file() && entry.path().extension() == ".html") {
      INFO(entry.path());
      CHECK_FALSE(contains(slurp(entry.path()), "_portal"));
    }

  // The stream's first event is the latest build; an edit brings another, with a new id.
  std::vector<std::string> events;
  std::string buffer;
  httplib::Client stream("127.0.0.1", port);
  stream.set_read_timeout(30, 0);
  std::thread editor([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    append(root / "content" / "papers" / "alpha-smart-power.md", "\nOne more paragraph.\n");
  });
  stream.Get("/_portal/events", [&](const char* data, size_t size) {
    buffer.append(data, size);
    for (size_t end; (end = buffer.find("\n\n")) != std::string::npos; buffer.erase(0, end + 2))
      events.push_back(buffer.substr(0, end));
    return events.size() < 2;
  });
  editor.join();
  REQUIRE(events.size() == 2);
  for (const auto& e : events) {
    INFO(e);
    CHECK(contains(e, "event: build\ndata: {"));
    CHECK(contains(e, "\"ok\":true"));
  }
  CHECK(events[0] != events[1]);
}
