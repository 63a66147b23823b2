#include "text/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <stdexcept>

namespace portal::text {

namespace {

[[noreturn]] void throw_icu_error(const char* what, UErrorCode status) {
  throw std::runtime_error(std::string(what) + " failed: " + u_errorName(status));
}

}  // namespace

int32_t decode_utf8(std::string_view s, size_t& i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return s[i++];
  size_t len = 0;
  int32_t cp = 0;
  if (lead >= 0xC2 && lead <= 0xDF) len = 2, cp = lead & 0x1F;
  else if (lead >= 0xE0 && lead <= 0xEF) len = 3, cp = lead & 0x0F;
  else if (lead >= 0xF0 && lead <= 0xF4) len = 4, cp = lead & 0x07;
  if (len == 0 || i + len > s.size()) return ++i, -1;
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return ++i, -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  const bool bad = (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                   (len == 4 && (cp < 0x10000 || cp > 0x10FFFF));
  if (bad) return ++i, -1;
  i += len;
  return cp;
}

bool is_valid_utf8(std::string_view s, size_t* bad_offset) {
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    if (decode_utf8(s, i) < 0) {
      if (bad_offset) *bad_offset = start;
      return false;
    }
  }
  return true;
}

std::string to_nfc(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(utf8);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw_icu_error("NFC instance", status);
  const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(utf8);

  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) throw_icu_error("NFC normalization", status);
  return out;
}

int utf8_columns(std::string_view line_prefix) {
  int n = 0;
  for (size_t i = 0; i < line_prefix.size();) {
    decode_utf8(line_prefix, i);
    ++n;
  }
  return n;
}

}  // namespace portal::text
