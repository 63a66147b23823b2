#pragma once
/// Locale-aware case mapping with ICU. `lang` is a language code such as
/// "kk", "ru", "tr" or "en"; Turkish and Azeri map i ↔ İ and ı ↔ I, the other
/// languages use the default Unicode mappings. All functions are thread-safe.

#include <string>
#include <string_view>

namespace portal::text {

/// Full upper-casing: to_upper("istanbul", "tr") == "İSTANBUL", to_upper("straße", "en") == "STRASSE".
std::string to_upper(std::string_view utf8, std::string_view lang);

/// Full lower-casing: to_lower("ISPARTA", "tr") == "ısparta".
std::string to_lower(std::string_view utf8, std::string_view lang);

/// Title case of each word (ICU word breaks): the first letter title-cased,
/// the rest lower-cased, so "NATO" becomes "Nato". to_title("iç ılık", "tr") == "İç Ilık".
std::string to_title(std::string_view utf8, std::string_view lang);

}  // namespace portal::text
