#include "text/collate.h"

#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace portal::text {

namespace {

icu::StringPiece piece(std::string_view s) {
  return icu::StringPiece(s.data(), static_cast<int32_t>(s.size()));
}

}  // namespace

Collator::Collator(std::string_view lang) {
  UErrorCode status = U_ZERO_ERROR;
  impl_.reset(icu::Collator::createInstance(icu::Locale(std::string(lang).c_str()), status));
  if (U_FAILURE(status) || !impl_)
    throw std::runtime_error("collator for \"" + std::string(lang) + "\": " + u_errorName(status));
}

Collator::~Collator() = default;
Collator::Collator(Collator&&) noexcept = default;
Collator& Collator::operator=(Collator&&) noexcept = default;

int Collator::compare(std::string_view a, std::string_view b) const {
  UErrorCode status = U_ZERO_ERROR;
  const UCollationResult r = impl_->compareUTF8(piece(a), piece(b), status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("collation: ") + u_errorName(status));
  return static_cast<int>(r);
}

std::string Collator::sort_key(std::string_view s) const {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(piece(s));
  std::string key(s.size() * 2 + 16, '\0');
  for (;;) {
    const auto capacity = static_cast<int32_t>(key.size());
    const int32_t n = impl_->getSortKey(text, reinterpret_cast<uint8_t*>(key.data()), capacity);
    if (n <= 0) throw std::runtime_error("collation: cannot compute a sort key");
    if (n <= capacity) {
      key.resize(static_cast<size_t>(n - 1));  // drop ICU's terminating zero byte
      return key;
    }
    key.assign(static_cast<size_t>(n), '\0');
  }
}

}  // namespace portal::text
