#include "cli/serve.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>

#include "content/diagnostics.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

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

void build_and_report(const BuildOptions& options) {
  Diagnostics diag;
  BuildReport r = run_build(options, diag);
  for (const auto& d : diag.all()) fmt::print(stderr, "{}\n", format_diagnostic(d));
  if (r.ok)
    fmt::print("portal serve: built {} pages in {:.2f} s\n", r.pages, r.seconds);
  else
    fmt::print(stderr, "portal serve: the build failed; still serving the previous site\n");
  std::fflush(stdout);
}

}  // namespace

int serve(const ServeOptions& options) {
  BuildOptions build = options.build;
  if (build.out.empty()) build.out = (fs::path(build.root) / "site").string();
  build_and_report(build);

  httplib::Server server;
  // The mount point is a path, not an open folder, so files from each new
  // build (swapped into place under the same name) are served at once.
  if (!server.set_mount_point("/", build.out)) {
    fmt::print(stderr, "portal serve: cannot serve {}\n", build.out);
    return 1;
  }
  std::atomic<bool> running{true};
  std::thread watcher([&] {
    auto seen = newest_input(build.root);
    while (running) {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      auto now = newest_input(build.root);
      if (now != seen) {
        seen = now;
        build_and_report(build);
      }
    }
  });
  fmt::print("portal serve: http://{}:{}/ (Ctrl-C stops)\n", options.host, options.port);
  std::fflush(stdout);
  bool ok = server.listen(options.host, options.port);
  running = false;
  watcher.join();
  if (!ok) {
    fmt::print(stderr, "portal serve: cannot listen on {}:{}\n", options.host, options.port);
    return 1;
  }
  return 0;
}

}  // namespace portal
