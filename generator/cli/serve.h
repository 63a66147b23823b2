#pragma once
/// `portal serve`: builds the site, serves it on a local port for preview,
/// and rebuilds whenever content/, templates/ or assets/ change.

#include <string>

#include "output/build.h"

namespace portal {

struct ServeOptions {
  BuildOptions build;
  std::string host = "127.0.0.1";
  int port = 8000;
};

/// Runs until interrupted; returns the exit status.
int serve(const ServeOptions& options);

}  // namespace portal
