#include "content/diagnostics.h"

#include <fmt/format.h>

namespace portal {

void Diagnostics::error(const SourcePos& pos, std::string message, std::string suggestion) {
  all_.push_back({Severity::error, pos, std::move(message), std::move(suggestion)});
  ++errors_;
}

void Diagnostics::warning(const SourcePos& pos, std::string message, std::string suggestion) {
  all_.push_back({Severity::warning, pos, std::move(message), std::move(suggestion)});
}

void Diagnostics::merge(Diagnostics&& other) {
  for (auto& d : other.all_) all_.push_back(std::move(d));
  errors_ += other.errors_;
  other.all_.clear();
  other.errors_ = 0;
}

void Diagnostics::promote_warnings() {
  for (auto& d : all_) d.severity = Severity::error;
  errors_ = all_.size();
}

std::string format_diagnostic(const Diagnostic& d, bool colour) {
  const char* plain = d.severity == Severity::error ? "error:" : "warning:";
  // SGR: bold red for errors, bold yellow for warnings, as compilers print them.
  std::string kind = !colour ? plain
                     : d.severity == Severity::error ? fmt::format("\x1b[1;31m{}\x1b[0m", plain)
                                                     : fmt::format("\x1b[1;33m{}\x1b[0m", plain);
  std::string text = d.suggestion.empty() ? d.message : d.message + "; " + d.suggestion;
  if (d.pos.file.empty()) return fmt::format("{} {}", kind, text);
  if (d.pos.line <= 0) return fmt::format("{}: {} {}", d.pos.file, kind, text);
  return fmt::format("{}:{}:{}: {} {}", d.pos.file, d.pos.line, d.pos.col > 0 ? d.pos.col : 1, kind, text);
}

}  // namespace portal
