#pragma once
/// The ICU locale that formats for a portal language the way its readers
/// expect: the site's English is British, so "en" is en_GB ("3 October 2009",
/// "1992, 2005 and 2012"); every other language is itself.

#include <string>
#include <string_view>

#include <unicode/locid.h>

namespace portal::text {

inline icu::Locale portal_locale(std::string_view lang) {
  if (lang == "en") return icu::Locale("en_GB");
  return icu::Locale(std::string(lang).c_str());
}

}  // namespace portal::text
