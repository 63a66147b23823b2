#include "text/script_check.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/unicode.h"

namespace portal::text {

namespace {

/// Letters and combining marks make up words.
bool word_char(int32_t cp) {
  if (cp < 0) return false;
  const auto mask = U_GET_GC_MASK(cp);
  return (mask & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
}

}  // namespace

std::vector<MixedWord> find_mixed_script_words(std::string_view utf8) {
  std::vector<MixedWord> found;
  size_t start = 0;
  bool in_word = false, latin = false, cyrillic = false;
  auto end_word = [&](size_t end) {
    if (in_word && latin && cyrillic)
      found.push_back({std::string(utf8.substr(start, end - start)), start});
    in_word = latin = cyrillic = false;
  };
  for (size_t i = 0; i < utf8.size();) {
    const size_t here = i;
    const int32_t cp = decode_utf8(utf8, i);
    if (!word_char(cp)) {
      end_word(here);
      continue;
    }
    if (!in_word) in_word = true, start = here;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(cp, &status);
    latin = latin || script == USCRIPT_LATIN;
    cyrillic = cyrillic || script == USCRIPT_CYRILLIC;
  }
  end_word(utf8.size());
  return found;
}

}  // namespace portal::text
