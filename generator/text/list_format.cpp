#include "text/list_format.h"

#include <memory>

#include <unicode/listformatter.h>

#include "text/locale.h"

namespace portal::text {

std::string join_list(const std::vector<std::string>& items, std::string_view lang) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::ListFormatter> f(icu::ListFormatter::createInstance(portal_locale(lang), status));
  std::vector<icu::UnicodeString> parts;
  for (const auto& s : items) parts.push_back(icu::UnicodeString::fromUTF8(s));
  icu::UnicodeString out;
  if (U_SUCCESS(status) && f) f->format(parts.data(), static_cast<int32_t>(parts.size()), out, status);
  std::string utf8;
  if (U_FAILURE(status) || !f) {  // ICU without list data: commas, so no item is lost
    for (size_t i = 0; i < items.size(); ++i) utf8 += (i ? ", " : "") + items[i];
    return utf8;
  }
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace portal::text
