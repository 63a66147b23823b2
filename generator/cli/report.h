#pragma once
/// How the command line shows a run: the diagnostics as text (coloured on a
/// terminal unless NO_COLOR is set) or as JSON, one object per line, for
/// editors and CI; `--quiet` and `--verbose`; and the progress line of a long
/// build, which updates itself in place on a terminal and is not printed
/// otherwise.

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

#include "content/diagnostics.h"

namespace portal {

/// What the command line prints and how.
struct ReportStyle {
  bool json = false;     ///< `--format json`: diagnostics as JSON lines on stdout, no other output there
  bool colour = false;   ///< `error:` and `warning:` in colour (stderr is a terminal, NO_COLOR unset)
  bool quiet = false;    ///< errors and the summary line only: no warnings, notices or progress
  bool verbose = false;  ///< also the portal folder used and the time of each stage
  bool progress = false; ///< a progress line on stderr (a terminal, neither quiet nor json)
};

/// The style for these flags and the terminal the process writes to.
ReportStyle report_style(bool json, bool quiet, bool verbose);

/// One diagnostic as one line of JSON: file, line, column, severity, message,
/// suggestion (null when there is none; line and column null when unknown).
std::string diagnostic_json(const Diagnostic& d);

/// Prints the diagnostics in the style (warnings left out when quiet).
void print_diagnostics(const Diagnostics& diag, const ReportStyle& style);

/// The progress line of a build: "pages 1200/12886 (2400 pages/s)", rewritten
/// in place at most ten times a second, erased when the build is done.
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled) {}
  ~ProgressLine() { finish(); }
  /// Thread-safe: called by the workers as pages are written.
  void update(size_t done, size_t total);
  void finish();

 private:
  bool enabled_;
  bool shown_ = false;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace portal
