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

void Diagnostics::note(const SourcePos& pos, std::string message) {
  all_.push_back({Severity::note, pos, std::move(message), {}});
  ++notes_;
}

void Diagnostics::merge(Diagnostics&& other) {
  for (auto& d : other.all_) all_.push_back(std::move(d));
  errors_ += other.errors_;
  notes_ += other.notes_;
  other.all_.clear();
  other.errors_ = 0;
  other.notes_ = 0;
}

void Diagnostics::promote_warnings() {
  for (auto& d : all_)
    if (d.severity == Severity::warning) d.severity = Severity::error;
  errors_ = all_.size() - notes_;
}

std::string format_diagnostic(const Diagnostic& d, bool colour) {
  const char* plain = d.severity == Severity::error ? "error:" : d.severity == Severity::warning ? "warning:" : "note:";
  // SGR: bold red for errors, bold yellow for warnings, bold cyan for notes, as compilers print them.
  const char* sgr = d.severity == Severity::error ? "1;31" : d.severity == Severity::warning ? "1;33" : "1;36";
  std::string kind = colour ? fmt::format("\x1b[{}m{}\x1b[0m", sgr, plain) : std::string(plain);
  std::string text = d.suggestion.empty() ? d.message : d.message + "; " + d.suggestion;
  if (d.pos.file.empty()) return fmt::format("{} {}", kind, text);
  if (d.pos.line <= 0) return fmt::format("{}: {} {}", d.pos.file, kind, text);
  return fmt::format("{}:{}:{}: {} {}", d.pos.file, d.pos.line, d.pos.col > 0 ? d.pos.col : 1, kind, text);
}

std::string format_pos(const SourcePos& pos) {
  if (pos.line <= 0) return pos.file;
  return fmt::format("{}:{}:{}", pos.file, pos.line, pos.col > 0 ? pos.col : 1);
}

}  // namespace portal
