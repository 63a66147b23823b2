#include "cli/serve.h"

#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>

#include "cli/live_reload.h"
#include "cli/serve_pool.h"
#include "cli/watch.h"
#include "content/diagnostics.h"
#include "content/yaml_read.h"
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
/// An event stream with nothing to say sends a comment this often, which also
/// finds out that a browser has gone (its write fails) and frees the thread.
constexpr std::chrono::seconds kStreamPing{10};

/// A page listing a failed build's diagnostics, shown in place of every page
/// until a build succeeds; the live-reload script reloads it then (without
/// scripts, it reloads itself every two seconds).
std::string error_page(const BuildOutcome& outcome) {
  std::string page = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>\n"
      "<title>portal serve: the build failed</title>\n"
      "<style>body{{font:16px/1.5 system-ui,sans-serif;margin:1rem;color:#1a1a1a}}"
      "pre{{white-space:pre-wrap;overflow-wrap:anywhere;background:#fdf0f0;border-left:4px solid #b00020;"
      "padding:.75rem}}</style>\n</head>\n<body>\n<h1>The build failed</h1>\n"
      "<p>Fix these problems; this page reloads and shows the site once a build succeeds.</p>\n"
      "<pre>{}</pre>\n</body>\n</html>\n",
      text::escape_html(outcome.errors));
  return with_live_script(page, outcome.id, true);
}

/// Builds, prints the outcome and publishes it to the browsers.
void build_and_report(const BuildOptions& options, BuildStatus& status) {
  Diagnostics diag;
  BuildReport r = run_build(options, diag);
  std::vector<std::string> lines;
  for (const auto& d : diag.all()) {
    lines.push_back(format_diagnostic(d));
    fmt::print(stderr, "{}\n", lines.back());
  }
  status.publish(r.ok, lines);
  if (r.ok)
    fmt::print("portal serve: built {} pages in {:.2f} s\n", r.pages, r.seconds);
  else
    fmt::print(stderr, "portal serve: the build failed; the browser shows these errors until a build succeeds\n");
  std::fflush(stdout);
  std::fflush(stderr);
}

/// The folders a build reads: content/, and templates/ and assets/ of the
/// theme (the portal's own, or the default one it falls back to).
std::vector<fs::path> inputs(const BuildOptions& options) {
  fs::path root(options.root), theme(options.theme_root.empty() ? options.root : options.theme_root);
  std::vector<fs::path> paths = {root / "content", theme / "templates", theme / "assets"};
  if (theme != root)  // a templates/ or assets/ folder made in the portal later
    for (const char* dir : {"templates", "assets"}) paths.push_back(root / dir);
  return paths;
}

/// True for a request path inside the site: absolute, without a `..` part.
bool inside_site(const std::string& path) {
  if (path.empty() || path[0] != '/') return false;
  std::istringstream parts(path);
  for (std::string part; std::getline(parts, part, '/');)
    if (part == "..") return false;
  return true;
}

/// The file of the built site a request path names, if it is an HTML page:
/// `/x/` → `x/index.html`.
std::optional<fs::path> html_file(const std::string& out, const std::string& path) {
  if (!inside_site(path)) return std::nullopt;
  fs::path file = fs::path(out) / path.substr(1);
  if (path.back() == '/') file /= "index.html";
  std::error_code ec;
  if (file.extension() != ".html" || !fs::is_regular_file(file, ec)) return std::nullopt;
  return file;
}

/// The preview's routes: the event stream, the script, HTML pages with the
/// script, the error page after a failed build, and the built site's files.
void add_routes(httplib::Server& server, const std::string& out, BuildStatus& status) {
  server.Get(std::string(kLiveScriptPath), [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::string(live_script()), "text/javascript; charset=utf-8");
  });
  server.Get(std::string(kEventsPath), [&status](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    // A stream's connection ends with it, rather than waiting for a next request.
    res.set_header("Connection", "close");
    auto sent = std::make_shared<std::string>();  // the build this stream told of last
    res.set_chunked_content_provider("text/event-stream", [&status, sent](size_t, httplib::DataSink& sink) {
      BuildOutcome latest = status.wait_for_other(*sent, kStreamPing);
      if (status.stopping()) {
        sink.done();  // ends the response, so the server's threads can finish
        return true;
      }
      std::string message;
      if (latest.id == *sent) {
        message = ": waiting for a change\n\n";
      } else {
        *sent = latest.id;
        message = "retry: 1000\n";
        message += build_event(latest);
      }
      return sink.write(message.data(), message.size());
    });
  });
  // After a failed build every page is the error page; styles and scripts
  // stay. Otherwise HTML pages get the live-reload script; other files are
  // served from the folder as they are.
  server.set_pre_routing_handler([&status, out](const httplib::Request& req, httplib::Response& res) {
    if (req.path.rfind("/_portal/", 0) == 0) return httplib::Server::HandlerResponse::Unhandled;
    if (req.method != "GET" && req.method != "HEAD") return httplib::Server::HandlerResponse::Unhandled;
    BuildOutcome latest = status.latest();
    if (!latest.ok && req.path.rfind("/assets/", 0) != 0) {
      res.status = 500;
      res.set_header("Cache-Control", "no-store");
      res.set_content(error_page(latest), "text/html; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    std::error_code ec;
    if (!inside_site(req.path)) return httplib::Server::HandlerResponse::Unhandled;
    if (req.path.back() != '/' && fs::is_directory(fs::path(out) / req.path.substr(1), ec)) {
      res.set_redirect(req.path + "/");
      return httplib::Server::HandlerResponse::Handled;
    }
    auto file = html_file(out, req.path);
    if (!file) return httplib::Server::HandlerResponse::Unhandled;
    auto html = read_file(file->string());
    if (!html) return httplib::Server::HandlerResponse::Unhandled;
    res.set_header("Cache-Control", "no-store");
    res.set_content(with_live_script(*html, latest.id), "text/html; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  });
  // A missing page is the site's 404 page, with the script, so it reloads too.
  server.set_error_handler([&status, out](const httplib::Request&, httplib::Response& res) {
    if (res.status != 404) return;
    if (auto html = read_file((fs::path(out) / "404.html").string()))
      res.set_content(with_live_script(*html, status.latest().id), "text/html; charset=utf-8");
  });
  // Every file is fetched again on reload: a stylesheet changed by the last
  // build must not come from the browser's cache.
  server.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-cache");
  });
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

  // SIGINT and SIGTERM are taken by one thread (below), not by whichever
  // thread the kernel picks; the threads started from here on inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

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

  // Watching starts before the first build, so an edit made during it is seen.
  WatchOptions watch_options;
  watch_options.force_polling = options.poll;
  Watcher watcher(inputs(build), watch_options);
  BuildStatus status;
  std::atomic<bool> stopping{false}, finished{false};
  // The first signal stops the server: the event streams end, the watcher
  // stops, a build under way is finished. A second one ends the process at once.
  std::thread signals([&] {
    while (!finished) {
      timespec tick{0, 50'000'000};
      int sig = sigtimedwait(&stop_signals, nullptr, &tick);
      if (sig > 0 && stopping) {
        fmt::print(stderr, "portal serve: stopped at once\n");
        std::_Exit(128 + sig);
      }
      if (sig > 0) {
        stopping = true;
        fmt::print(stderr, "portal serve: stopping (again to stop at once)\n");
        status.stop();
        watcher.stop();
      }
      if (stopping) server.stop();  // again until it takes: the server may not be listening yet
    }
  });
  auto finish = [&](int code) {
    finished = true;
    signals.join();
    return code;
  };

  build_and_report(build, status);
  // The mount point is a path, not an open folder, so files from each new
  // build (swapped into place under the same name) are served at once.
  fs::create_directories(build.out, ec);
  if (!server.set_mount_point("/", build.out)) {
    fmt::print(stderr, "portal serve: cannot serve {}\n", build.out);
    return finish(2);
  }
  add_routes(server, build.out, status);

  std::thread rebuilder([&] {
    bool polled = watcher.polling();
    while (watcher.wait() == WatchEvent::changed) {
      if (!polled && watcher.polling()) {
        polled = true;
        fmt::print(stderr, "portal serve: {}; polling for changes from now on\n", watcher.fallback_reason());
      }
      build_and_report(build, status);
    }
  });
  if (watcher.polling() && !options.poll)
    fmt::print(stderr, "portal serve: {}; polling for changes instead\n", watcher.fallback_reason());
  fmt::print("portal serve: http://{}:{}/ (Ctrl-C stops; pages reload by themselves after each build; {})\n",
             options.host, options.port, watcher.polling() ? "changes found by polling" : "changes found by inotify");
  std::fflush(stdout);
  bool ok = stopping || server.listen_after_bind();
  status.stop();
  watcher.stop();
  rebuilder.join();
  if (stopping) {
    fmt::print(stderr, "portal serve: stopped\n");
    return finish(0);
  }
  if (!ok) {
    fmt::print(stderr, "portal serve: stopped listening on {}:{}\n", options.host, options.port);
    return finish(2);
  }
  return finish(0);
}

}  // namespace portal
