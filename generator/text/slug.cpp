#include "text/slug.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <stdexcept>

namespace portal::text {

namespace {

/// Kazakh-Latin/BGN covers the Kazakh letters (and the Russian ones) that
/// Any-Latin would render with diacritics or modifier letters (Қ → "kˌ").
constexpr char kTransform[] =
    "Any-NFC; Kazakh-Latin/BGN; Any-Latin; Latin-ASCII; "
    "NFD; [:Nonspacing Mark:] Remove; Any-Lower";

std::mutex clone_mutex;

/// The shared prototype; creating a compound transliterator is expensive.
const icu::Transliterator& prototype() {
  static const std::unique_ptr<icu::Transliterator> proto = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(kTransform), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t)
      throw std::runtime_error(std::string("slug transliterator: ") + u_errorName(status));
    return t;
  }();
  return *proto;
}

/// This thread's transliterator (ICU transliterators must not be shared).
icu::Transliterator& local_transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> mine;
  if (!mine) {
    const icu::Transliterator& proto = prototype();
    std::lock_guard lock(clone_mutex);
    mine.reset(proto.clone());
  }
  return *mine;
}

}  // namespace

std::string slugify(std::string_view utf8) {
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  local_transliterator().transliterate(text);
  std::string latin;
  text.toUTF8String(latin);

  std::string slug;
  bool pending_dash = false;
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_dash && !slug.empty()) slug += '-';
      pending_dash = false;
      slug += c;
    } else if (c != '\'' && c != '"') {
      pending_dash = true;
    }
  }
  return slug.empty() ? "section" : slug;
}

}  // namespace portal::text
