#pragma once
/// Detection of words that mix Latin and Cyrillic letters, a common defect in
/// texts typed or OCR'd with the wrong keyboard layout ("Kazakhstаn" with a
/// Cyrillic "а", "бiлiм" with Latin "i" for Kazakh "і").

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace portal::text {

/// A word containing both Latin and Cyrillic letters.
struct MixedWord {
  std::string word;  ///< the word as it appears in the text
  size_t offset;     ///< byte offset of the word's first byte in the text
};

/// Words of `utf8` that contain letters of both the Latin and the Cyrillic
/// script. A word is a maximal run of letters and combining marks; digits,
/// punctuation, hyphens and apostrophes separate words, so compounds such as
/// "IT-компания" are not reported. Characters of the Common and Inherited
/// scripts never count as either script. Ill-formed UTF-8 bytes separate words.
std::vector<MixedWord> find_mixed_script_words(std::string_view utf8);

}  // namespace portal::text
