#include "content/diagnostics.h"

#include <fmt/format.h>

namespace portal {

void Diagnostics::error(const SourcePos& pos, std::string message) {
  all_.push_back({Severity::error, pos, std::move(message)});
  ++errors_;
}

void Diagnostics::warning(const SourcePos& pos, std::string message) {
  all_.push_back({Severity::warning, pos, std::move(message)});
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

std::string format_diagnostic(const Diagnostic& d) {
  const char* kind = d.severity == Severity::error ? "error" : "warning";
  if (d.pos.file.empty()) return fmt::format("{}: {}", kind, d.message);
  if (d.pos.line <= 0) return fmt::format("{}: {}: {}", d.pos.file, kind, d.message);
  return fmt::format("{}:{}:{}: {}: {}", d.pos.file, d.pos.line, d.pos.col > 0 ? d.pos.col : 1, kind,
                     d.message);
}

}  // namespace portal
