#include "import/language_guess.h"

#include <set>
#include <string_view>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/unicode.h"

namespace portal::import {

namespace {

bool is_kazakh_letter(int32_t c) {
  switch (c) {
    case 0x04D9: case 0x04D8:  // ә Ә
    case 0x0493: case 0x0492:  // ғ Ғ
    case 0x049B: case 0x049A:  // қ Қ
    case 0x04A3: case 0x04A2:  // ң Ң
    case 0x04E9: case 0x04E8:  // ө Ө
    case 0x04B1: case 0x04B0:  // ұ Ұ
    case 0x04AF: case 0x04AE:  // ү Ү
    case 0x04BB: case 0x04BA:  // һ Һ
    case 0x0456: case 0x0406:  // і І
      return true;
    default:
      return false;
  }
}

bool is_turkish_letter(int32_t c) {
  switch (c) {
    case 0x011F: case 0x011E:  // ğ Ğ
    case 0x0131: case 0x0130:  // ı İ
    case 0x015F: case 0x015E:  // ş Ş
    case 0x00E7: case 0x00C7:  // ç Ç
    case 0x00F6: case 0x00D6:  // ö Ö
    case 0x00FC: case 0x00DC:  // ü Ü
      return true;
    default:
      return false;
  }
}

/// Function words of English and Turkish in `utf8` (lower case, whole words):
/// in a short Latin text they tell the language better than its letters, since
/// English names Türkiye and Turkish prints English loanwords.
std::pair<int, int> function_words(std::string_view utf8) {
  static const std::set<std::string_view> english = {"the", "of", "in", "and", "on", "for", "to", "with",
                                                     "from", "by", "between", "its", "an", "is", "are"};
  static const std::set<std::string_view> turkish = {"ve", "bir", "bu", "ile", "için", "olarak", "da", "de",
                                                     "ki", "gibi", "olan", "veya", "ile", "daha"};
  int en = 0, tr = 0;
  size_t start = 0;
  for (size_t i = 0; i <= utf8.size();) {
    size_t at = i;
    int32_t c = i < utf8.size() ? text::decode_utf8(utf8, i) : (i++, ' ');
    if (c >= 0 && u_isalpha(c)) continue;
    if (at > start) {
      std::string_view w = utf8.substr(start, at - start);
      en += english.count(w) != 0;
      tr += turkish.count(w) != 0;
    }
    start = i;
  }
  return {en, tr};
}

}  // namespace

LetterCounts count_letters(std::string_view utf8) {
  LetterCounts n;
  for (size_t i = 0; i < utf8.size();) {
    int32_t c = text::decode_utf8(utf8, i);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_LATIN) {
      n.latin++;
      n.turkish += is_turkish_letter(c);
    } else if (script == USCRIPT_CYRILLIC) {
      n.cyrillic++;
      n.kazakh += is_kazakh_letter(c);
    }
    if (u_isupper(c)) n.upper++;
    if (u_islower(c)) n.lower++;
  }
  return n;
}

std::string guess_language(std::string_view utf8) {
  LetterCounts n = count_letters(utf8);
  if (n.letters() == 0) return "";
  // One distinctive letter in 200 settles it: Kazakh texts have several in every line.
  if (n.cyrillic >= n.latin) return n.kazakh * 200 >= n.cyrillic ? "kk" : "ru";
  // English names Türkiye now and then; Turkish has ğ ı ş ç ö ü in one letter of fifteen or so.
  auto [english, turkish] = function_words(utf8);
  if (english > turkish && n.turkish * 15 < n.latin) return "en";
  if (turkish > english) return "tr";
  return n.turkish * 60 >= n.latin ? "tr" : "en";
}

bool is_upper_case_line(std::string_view utf8) {
  LetterCounts n = count_letters(utf8);
  return n.upper + n.lower >= 4 && n.lower * 10 < n.upper + n.lower;
}

}  // namespace portal::import
