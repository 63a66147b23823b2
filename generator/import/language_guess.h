#pragma once
/// The language of a text told from its letters: Kazakh by ә ғ қ ң ө ұ ү һ і,
/// Russian by Cyrillic without them, Turkish by ğ ı ş İ ç ö ü, English by
/// Latin without them. Also the letter counts other steps decide by.

#include <string>
#include <string_view>

namespace portal::import {

/// Letters of a text by script, and the share of capitals.
struct LetterCounts {
  int latin = 0;
  int cyrillic = 0;
  int kazakh = 0;   ///< Cyrillic letters only Kazakh uses
  int turkish = 0;  ///< Latin letters English lacks and Turkish has
  int upper = 0;
  int lower = 0;
  int letters() const { return latin + cyrillic; }
};

LetterCounts count_letters(std::string_view utf8);

/// "kk", "ru", "tr" or "en"; "" when the text has no letters.
std::string guess_language(std::string_view utf8);

/// True when the text's letters are (nearly) all capitals: at least 4 letters, under 10% lower case.
bool is_upper_case_line(std::string_view utf8);

}  // namespace portal::import
