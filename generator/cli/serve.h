#pragma once
/// `portal serve`: builds the site, serves it on a local port for preview,
/// rebuilds whenever content/, templates/ or assets/ change (inotify, or
/// polling), and tells the browsers, whose pages reload by themselves or show
/// the failed build's errors (cli/live_reload.h). Stops on SIGINT or SIGTERM.

#include <string>

#include "output/build.h"

namespace portal {

/// What `portal serve` was asked for on the command line.
struct ServeOptions {
  BuildOptions build;
  std::string host = "127.0.0.1";
  int port = 8000;
  bool poll = false;  ///< `--poll`: find changes by polling even where inotify works
};

/// Runs until interrupted; returns the exit status.
int serve(const ServeOptions& options);

}  // namespace portal
