#include "text/case_map.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/stringoptions.h>
#include <unicode/stringpiece.h>

#include <stdexcept>

namespace portal::text {

namespace {

/// Which ICU case mapping map_case applies.
enum class Mapping { upper, lower, title };

std::string map_case(std::string_view utf8, std::string_view lang, Mapping how) {
  const std::string locale(lang);
  const icu::StringPiece src(utf8.data(), static_cast<int32_t>(utf8.size()));
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  UErrorCode status = U_ZERO_ERROR;
  switch (how) {
    case Mapping::upper:
      icu::CaseMap::utf8ToUpper(locale.c_str(), 0, src, sink, nullptr, status);
      break;
    case Mapping::lower:
      icu::CaseMap::utf8ToLower(locale.c_str(), 0, src, sink, nullptr, status);
      break;
    case Mapping::title:
      icu::CaseMap::utf8ToTitle(locale.c_str(), 0, nullptr, src, sink, nullptr, status);
      break;
  }
  if (U_FAILURE(status)) throw std::runtime_error(std::string("case mapping: ") + u_errorName(status));
  return out;
}

}  // namespace

std::string to_upper(std::string_view utf8, std::string_view lang) {
  return map_case(utf8, lang, Mapping::upper);
}

std::string to_lower(std::string_view utf8, std::string_view lang) {
  return map_case(utf8, lang, Mapping::lower);
}

std::string to_title(std::string_view utf8, std::string_view lang) {
  return map_case(utf8, lang, Mapping::title);
}

}  // namespace portal::text
