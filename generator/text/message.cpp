#include "text/message.h"

#include <memory>

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

namespace portal::text {

std::string format_message(std::string_view pattern, std::string_view lang, const std::vector<MessageArg>& args) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(std::string(lang).c_str());
  icu::MessageFormat fmt(icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size()))),
                         locale, status);
  if (U_FAILURE(status)) return std::string(pattern);
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const auto& [name, value] : args) {
    names.push_back(icu::UnicodeString::fromUTF8(name));
    if (const auto* n = std::get_if<long long>(&value))
      values.emplace_back(static_cast<int64_t>(*n));
    else
      values.emplace_back(icu::UnicodeString::fromUTF8(std::get<std::string>(value)));
  }
  icu::UnicodeString out;
  fmt.format(names.data(), values.data(), static_cast<int32_t>(names.size()), out, status);
  if (U_FAILURE(status)) return std::string(pattern);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace portal::text
