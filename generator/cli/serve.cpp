#include "cli/serve.h"

#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>

#include "cli/serve_pool.h"
#include "content/diagnostics.h"
#include "output/writer.h"
#include "text/html_escape.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

/// At most this many connections are served at once; more wait their turn.
constexpr size_t kMaxWorkers = 256;
/// Seconds an open connection may sit idle between requests before it is closed.
constexpr time_t kKeepAliveSeconds = 2;
/// Seconds a started request may take to arrive.
constexpr time_t kReadSeconds = 5;

/// The newest modification time under the folders a build reads.
fs::file_time_type newest_input(const std::string& root) {
  auto newest = fs::file_time_type::min();  // not {}: file_clock's epoch lies in the future
  std::error_code ec;
  for (const char* dir : {"content", "templates", "assets"}) {
    fs::path p = fs::path(root) / dir;
    if (!fs::is_directory(p, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      newest = std::max(newest, it->last_write_time(ec));
  }
  return newest;
}

/// The outcome of the latest build, shared by the watcher and the request threads.
class BuildState {
 public:
  /// The page to show in place of the site's pages, or "" after a good build.
  std::string error_page() const {
    std::lock_guard lock(mutex_);
    return error_page_;
  }
  void set_error_page(std::string page) {
    std::lock_guard lock(mutex_);
    error_page_ = std::move(page);
  }

 private:
  mutable std::mutex mutex_;
  std::string error_page_;
};

/// A page listing a failed build's diagnostics; it reloads itself every two
/// seconds, so the fixed page appears as soon as a build succeeds.
std::string error_page(const std::vector<std::string>& lines) {
  std::string body;
  for (const auto& line : lines) body += text::escape_html(line) + "\n";
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"refresh\" content=\"2\">\n<title>portal serve: the build failed</title>\n"
      "<style>body{{font:16px/1.5 system-ui,sans-serif;margin:1rem;color:#1a1a1a}}"
      "pre{{white-space:pre-wrap;overflow-wrap:anywhere;background:#fdf0f0;border-left:4px solid #b00020;"
      "padding:.75rem}}</style>\n</head>\n<body>\n<h1>The build failed</h1>\n"
      "<p>Fix these problems; this page reloads and shows the site once a build succeeds.</p>\n"
      "<pre>{}</pre>\n</body>\n</html>\n",
      body);
}

void build_and_report(const BuildOptions& options, BuildState& state) {
  Diagnostics diag;
  BuildReport r = run_build(options, diag);
  std::vector<std::string> lines;
  for (const auto& d : diag.all()) {
    lines.push_back(format_diagnostic(d));
    fmt::print(stderr, "{}\n", lines.back());
  }
  if (r.ok) {
    state.set_error_page({});
    fmt::print("portal serve: built {} pages in {:.2f} s\n", r.pages, r.seconds);
  } else {
    state.set_error_page(error_page(lines));
    fmt::print(stderr, "portal serve: the build failed; the browser shows these errors until a build succeeds\n");
  }
  std::fflush(stdout);
  std::fflush(stderr);
}

}  // namespace

int serve(const ServeOptions& options) {
  BuildOptions build = options.build;
  build.drafts = true;  // the preview shows drafts, marked as such
  if (build.out.empty()) build.out = (fs::path(build.root) / "site").string();
  std::error_code ec;
  if (!fs::is_directory(fs::path(build.root) / "content", ec)) {
    fmt::print(stderr, "{}: error: not a portal folder: it has no content/ folder (use --root)\n", build.root);
    return 2;
  }

  httplib::Server server;
  // SO_REUSEADDR only: cpp-httplib's default adds SO_REUSEPORT, with which a
  // second server binds the same port and the kernel splits requests between them.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  server.new_task_queue = [] { return new GrowingPool(kMaxWorkers); };
  server.set_keep_alive_timeout(kKeepAliveSeconds);
  server.set_read_timeout(kReadSeconds, 0);
  errno = 0;
  if (!server.bind_to_port(options.host, options.port)) {
    if (errno == EADDRINUSE)
      fmt::print(stderr, "portal serve: {}:{} is already in use (another portal serve?); choose a free port with --port\n",
                 options.host, options.port);
    else
      fmt::print(stderr, "portal serve: cannot listen on {}:{}: {}\n", options.host, options.port,
                 errno ? std::strerror(errno) : "the address cannot be bound");
    return 2;
  }

  BuildState state;
  build_and_report(build, state);
  // The mount point is a path, not an open folder, so files from each new
  // build (swapped into place under the same name) are served at once.
  fs::create_directories(build.out, ec);
  if (!server.set_mount_point("/", build.out)) {
    fmt::print(stderr, "portal serve: cannot serve {}\n", build.out);
    return 2;
  }
  // After a failed build every page is the error page; styles and scripts stay.
  server.set_pre_routing_handler([&state](const httplib::Request& req, httplib::Response& res) {
    if (req.path.rfind("/assets/", 0) == 0) return httplib::Server::HandlerResponse::Unhandled;
    std::string page = state.error_page();
    if (page.empty()) return httplib::Server::HandlerResponse::Unhandled;
    res.status = 500;
    res.set_header("Cache-Control", "no-store");
    res.set_content(page, "text/html; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  });

  std::atomic<bool> running{true};
  std::thread watcher([&] {
    auto seen = newest_input(build.root);
    while (running) {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      auto now = newest_input(build.root);
      if (now != seen) {
        seen = now;
        build_and_report(build, state);
      }
    }
  });
  fmt::print("portal serve: http://{}:{}/ (Ctrl-C stops)\n", options.host, options.port);
  std::fflush(stdout);
  bool ok = server.listen_after_bind();
  running = false;
  watcher.join();
  if (!ok) {
    fmt::print(stderr, "portal serve: stopped listening on {}:{}\n", options.host, options.port);
    return 2;
  }
  return 0;
}

}  // namespace portal
