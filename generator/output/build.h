#pragma once
/// The whole pipeline for one run: load → link → render → write. `check`
/// stops after linking; `build` renders every page in parallel, streaming each
/// to the staging folder, and swaps the finished site into place.

#include <functional>
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
  std::string base_url;    ///< `--base-url`: replaces site.yaml's base_url when not empty (checked by the caller)
  std::string theme_root;  ///< where templates/ and assets/ are; default: `root`
  /// Called from the render workers as pages are written (done, total); may be empty.
  std::function<void(size_t, size_t)> progress;
  bool drafts = false;     ///< include papers marked `draft: true` (`--drafts`, and always in `serve`)
};

/// Why a run failed, which decides the exit status.
enum class Failure {
  none,    ///< it did not (exit 0)
  input,   ///< the content or the theme has errors (exit 1)
  system,  ///< the run could not be done: a bad --out, I/O, an internal error (exit 2)
};

struct BuildReport {
  bool ok = false;
  Failure failure = Failure::none;
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

/// Runs the pipeline; every problem goes to `diag`, and report.failure says
/// what kind it was. Checks everything, the templates and the output folder
/// included, before anything is written. Never throws.
BuildReport run_build(const BuildOptions& options, Diagnostics& diag);

}  // namespace portal
