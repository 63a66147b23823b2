#pragma once
/// Repair of look-alike letters: a Cyrillic `а` inside a Turkish word, a Latin
/// `i` inside a Kazakh one. Each letter of the word's minority script is
/// replaced by the letter of its dominant script that ICU's confusable data
/// (uspoof skeletons, Unicode TR #39) says looks the same.

#include <string>

#include "import/review.h"

namespace portal::import {

/// What repairing one line did.
struct LookAlikeResult {
  std::string text;   ///< the line, repaired
  int repaired = 0;   ///< letters replaced
  std::vector<std::string> left;  ///< mixed words left as printed (no unambiguous look-alike, or a tie)
};

/// Repairs every word of `line` that mixes Latin and Cyrillic letters.
/// `text_script_latin` breaks ties (as many letters of each script): the
/// script of the whole text wins.
LookAlikeResult repair_look_alikes(const std::string& line, bool text_script_latin);

}  // namespace portal::import
