#include "text/romanize.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>
#include <stdexcept>

namespace portal::text {

namespace {

/// One ICU transform, built once per thread (transliterators must not be shared).
icu::Transliterator& transform(bool russian) {
  thread_local std::unique_ptr<icu::Transliterator> ru, kk;
  std::unique_ptr<icu::Transliterator>& mine = russian ? ru : kk;
  if (!mine) {
    const char* id = russian ? "Any-NFC; Russian-Latin/BGN; [\\u00B7] Remove; Kazakh-Latin/BGN; Any-NFC"
                             : "Any-NFC; Kazakh-Latin/BGN; Any-NFC";
    UErrorCode status = U_ZERO_ERROR;
    mine.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !mine) throw std::runtime_error(std::string("romanize: ") + u_errorName(status));
  }
  return *mine;
}

}  // namespace

bool has_cyrillic(std::string_view utf8) {
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(s.char32At(i), &status) == USCRIPT_CYRILLIC) return true;
  }
  return false;
}

std::string romanize(std::string_view utf8, std::string_view lang) {
  if (!has_cyrillic(utf8)) return std::string(utf8);
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  transform(lang.substr(0, 2) == "ru").transliterate(s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace portal::text
