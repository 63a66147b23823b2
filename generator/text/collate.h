#pragma once
/// Language-specific alphabetical order (ICU collation), for author, keyword
/// and topic indexes.

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>

U_NAMESPACE_BEGIN
class Collator;
U_NAMESPACE_END

namespace portal::text {

/// Compares UTF-8 strings in the alphabetical order of one language, using
/// ICU's CLDR collation for it (tertiary strength: letters first, then
/// accents, then case). ICU 72's "kk" tailoring gives the Kazakh alphabet
/// (А Ә … Г Ғ … К Қ … Н Ң … О Ө … У Ұ Ү … Х Һ … Ы І Ь …), "tr" the Turkish one
/// (C Ç … G Ğ … I İ … O Ö … S Ş … U Ü), and "ru" sorts Ё with Е.
/// Thread-safety: all member functions are const and ICU's Collator is safe
/// for concurrent const use, so one Collator may be shared by many threads.
class Collator {
 public:
  /// A collator for language code `lang` ("kk", "ru", "tr", "en", ...); an
  /// unknown code gets the Unicode root order. Throws std::runtime_error if
  /// ICU cannot open collation data.
  explicit Collator(std::string_view lang);
  ~Collator();
  Collator(Collator&&) noexcept;
  Collator& operator=(Collator&&) noexcept;

  /// Negative, zero or positive as `a` sorts before, equal to or after `b`.
  int compare(std::string_view a, std::string_view b) const;
  /// ICU sort key as bytes: for any a, b the std::string comparison of
  /// sort_key(a) and sort_key(b) agrees with compare(a, b). Compute keys once
  /// when sorting many items.
  std::string sort_key(std::string_view s) const;

 private:
  std::unique_ptr<icu::Collator> impl_;
};

}  // namespace portal::text
