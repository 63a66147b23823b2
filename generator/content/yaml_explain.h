#pragma once
/// Plain words for a YAML syntax error. yaml-cpp says "end of map not found" or
/// "illegal map value" for a tab, a wrong indentation and a quote left open
/// alike, and at the place where it gave up, often lines later. After it has
/// thrown, this looks at the lines up to its mark for the usual causes and
/// names the first one where it starts. yaml-cpp has no such reporting and no
/// Debian library does it, hence this small line-based reading.

#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/mark.h>

namespace portal {

/// A syntax error told in plain words, at the place where it starts.
struct YamlExplanation {
  YAML::Mark mark;  ///< 0-based line and byte column, as yaml-cpp's
  std::string message;
  std::string suggestion{};  ///< what to do about it
};

/// The likely cause of the syntax error yaml-cpp reported at `error_at`:
/// a tab used for indentation, a quote opened and closed only on a later line,
/// or a line indented to no level of the lines above. nullopt when none fits.
std::optional<YamlExplanation> explain_yaml_error(const std::string& text, const std::vector<size_t>& line_starts,
                                                  const YAML::Mark& error_at);

}  // namespace portal
