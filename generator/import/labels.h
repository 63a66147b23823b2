#pragma once
/// The labels journals print before an abstract, a keyword list, an extended
/// abstract or the reference list, in Kazakh, Russian, Turkish and English.

#include <optional>
#include <string>

namespace portal::import {

/// What a label line opens.
enum class LabelKind { abstract, extended_abstract, keywords, references };

/// A label found at the start of a line.
struct Label {
  LabelKind kind;
  std::string rest;  ///< the text after the label on the same line
  std::string lang;  ///< the language the label is written in, "" when several use it (Аннотация)
};

/// The label at the start of `line`: followed by the end of the line, a full
/// stop, a colon or a dash; a label printed in capitals may also be followed by
/// a space. A reference-list heading must stand alone on its line.
std::optional<Label> match_label(const std::string& line);

}  // namespace portal::import
