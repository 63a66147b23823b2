#pragma once
/// The whole pipeline for one run: load → link → render → write. `check`
/// stops after linking; `build` renders every page in parallel, streaming each
/// to the staging folder, and swaps the finished site into place.

#include <string>
#include <utility>
#include <vector>

#include "content/diagnostics.h"

namespace portal {

struct BuildOptions {
  std::string root = ".";  ///< the portal folder (content/, templates/, assets/)
  std::string out;         ///< default: <root>/site
  bool strict = false;     ///< warnings count as errors
  bool write = true;       ///< false: check only
};

struct BuildReport {
  bool ok = false;
  size_t pages = 0;
  size_t files = 0;  ///< every file written: pages, exports, assets, feeds
  size_t languages = 0;
  size_t papers = 0;
  size_t events = 0;
  double seconds = 0;
  std::string notice;
  /// Seconds spent in each stage, in order (for `--timings`).
  std::vector<std::pair<std::string, double>> stages;  ///< e.g. why feeds and sitemap were skipped
};

/// Runs the pipeline; every problem goes to `diag`. Never throws for bad input.
BuildReport run_build(const BuildOptions& options, Diagnostics& diag);

}  // namespace portal
