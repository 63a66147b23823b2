#pragma once
/// Problems found in the input, each with a position, reported together at the
/// end of a run as `file:line:col: error: message` (the form editors and CI
/// logs make clickable).

#include <string>
#include <vector>

#include "content/model.h"

namespace portal {

/// How bad a problem is. A note is no problem: information for the maintainer
/// (e.g. what Google Scholar needs and a paper lacks); --strict leaves notes alone.
enum class Severity { note, warning, error };

/// One problem: where, how bad, what.
struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;
  std::string suggestion{};  ///< what to do about it, when known; printed after the message, "; "-separated
};

/// Collects the problems of a run. Not thread-safe: parallel stages keep one
/// per task and merge them in input order, so reports are deterministic.
class Diagnostics {
 public:
  void error(const SourcePos& pos, std::string message, std::string suggestion = {});
  void warning(const SourcePos& pos, std::string message, std::string suggestion = {});
  void note(const SourcePos& pos, std::string message);
  void merge(Diagnostics&& other);

  bool has_errors() const { return errors_ > 0; }
  size_t error_count() const { return errors_; }
  size_t warning_count() const { return all_.size() - errors_ - notes_; }
  size_t note_count() const { return notes_; }
  const std::vector<Diagnostic>& all() const { return all_; }

  /// Turns every warning into an error (`portal check --strict`).
  void promote_warnings();

 private:
  std::vector<Diagnostic> all_;
  size_t errors_ = 0;
  size_t notes_ = 0;
};

/// `path:line:col: error: message; suggestion` (line and column left out when
/// unknown); with `colour`, `error:` and `warning:` in the terminal's red and yellow.
std::string format_diagnostic(const Diagnostic& d, bool colour = false);

/// `path:line:col` (or less, as for a diagnostic), to name another place in a message.
std::string format_pos(const SourcePos& pos);

}  // namespace portal
