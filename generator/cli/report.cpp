#include "cli/report.h"

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace portal {

ReportStyle report_style(bool json, bool quiet, bool verbose) {
  ReportStyle s;
  s.json = json;
  s.quiet = quiet;
  s.verbose = verbose && !quiet;
  bool terminal = isatty(STDERR_FILENO) == 1;
  const char* no_colour = std::getenv("NO_COLOR");  // https://no-color.org: set and not empty
  s.colour = terminal && !json && !(no_colour && *no_colour);
  s.progress = terminal && !json && !quiet;
  return s;
}

std::string diagnostic_json(const Diagnostic& d) {
  nlohmann::json j;
  j["file"] = d.pos.file.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.pos.file);
  j["line"] = d.pos.line > 0 ? nlohmann::json(d.pos.line) : nlohmann::json(nullptr);
  j["column"] = d.pos.line > 0 ? nlohmann::json(d.pos.col > 0 ? d.pos.col : 1) : nlohmann::json(nullptr);
  j["severity"] = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "note";
  j["message"] = d.message;
  j["suggestion"] = d.suggestion.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.suggestion);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void print_diagnostics(const Diagnostics& diag, const ReportStyle& style) {
  for (const auto& d : diag.all()) {
    if (style.quiet && d.severity != Severity::error) continue;
    if (style.json)
      fmt::print("{}\n", diagnostic_json(d));
    else
      fmt::print(stderr, "{}\n", format_diagnostic(d, style.colour));
  }
  std::fflush(stdout);
}

void ProgressLine::update(size_t done, size_t total) {
  if (!enabled_ || (done < total && done % 16 != 0)) return;  // the workers rarely meet on the lock
  std::lock_guard lock(mutex_);
  auto now = std::chrono::steady_clock::now();
  if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
  // \r returns to the line's start, ESC[K clears what a longer line left.
  fmt::print(stderr, "\r\x1b[Kpages {}/{} ({:.0f} pages/s)", done, total, rate);
  std::fflush(stderr);
  shown_ = true;
}

void ProgressLine::finish() {
  std::lock_guard lock(mutex_);
  if (!shown_) return;
  fmt::print(stderr, "\r\x1b[K");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace portal
