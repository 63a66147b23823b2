#include "text/message.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

namespace portal::text {

namespace {

/// The compiled MessageFormat of `pattern` in `lang`, made once per thread and
/// kept (a page formats the same few dozen UI strings); nullptr when the
/// pattern does not compile.
const icu::MessageFormat* compiled(std::string_view pattern, std::string_view lang) {
  thread_local std::unordered_map<std::string, std::unique_ptr<icu::MessageFormat>> mine;
  std::string key;
  key.reserve(lang.size() + 1 + pattern.size());
  key.append(lang).append(1, '\0').append(pattern);
  auto it = mine.find(key);
  if (it != mine.end()) return it->second.get();
  if (mine.size() >= 4096) mine.clear();  // a long preview session with edited UI strings
  UErrorCode status = U_ZERO_ERROR;
  auto fmt = std::make_unique<icu::MessageFormat>(
      icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size()))),
      icu::Locale(std::string(lang).c_str()), status);
  if (U_FAILURE(status)) fmt.reset();
  return mine.emplace(std::move(key), std::move(fmt)).first->second.get();
}

}  // namespace

std::string format_message(std::string_view pattern, std::string_view lang, const std::vector<MessageArg>& args) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::MessageFormat* fmt = compiled(pattern, lang);
  if (!fmt) return std::string(pattern);
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
  fmt->format(names.data(), values.data(), static_cast<int32_t>(names.size()), out, status);
  if (U_FAILURE(status)) return std::string(pattern);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace portal::text

namespace portal::text {

std::optional<MessageSyntaxError> message_syntax_error(std::string_view pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  icu::UnicodeString upattern =
      icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  icu::MessageFormat parsed(upattern, icu::Locale::getRoot(), where, status);
  if (U_SUCCESS(status)) return std::nullopt;
  MessageSyntaxError e;
  int32_t offset = std::clamp(where.offset, 0, upattern.length());
  // ICU leaves the offset at 0 for unmatched braces: the place is the first
  // '{' never closed (or a '}' never opened), counted outside ICU's '…' quoting.
  if (status == U_UNMATCHED_BRACES) {
    std::vector<int32_t> open;
    bool quoted = false;
    int32_t stray = -1;
    for (int32_t i = 0; i < upattern.length() && stray < 0; ++i) {
      char16_t c = upattern.charAt(i);
      if (c == u'\'') {
        if (i + 1 < upattern.length() && upattern.charAt(i + 1) == u'\'') ++i;
        else if (quoted || (i + 1 < upattern.length() && u_strchr(u"{}#|", upattern.charAt(i + 1)))) quoted = !quoted;
      } else if (!quoted && c == u'{') {
        open.push_back(i);
      } else if (!quoted && c == u'}') {
        if (open.empty()) stray = i;
        else open.pop_back();
      }
    }
    if (stray >= 0) offset = stray;
    else if (!open.empty()) offset = open.front();
  }
  e.offset = upattern.countChar32(0, offset);
  switch (status) {
    case U_UNMATCHED_BRACES: e.reason = "unmatched braces"; break;
    case U_PATTERN_SYNTAX_ERROR: e.reason = "syntax error"; break;
    case U_ILLEGAL_ARGUMENT_ERROR: e.reason = "invalid argument"; break;
    case U_ARGUMENT_TYPE_MISMATCH: e.reason = "argument type mismatch"; break;
    case U_DUPLICATE_KEYWORD: e.reason = "a plural or select case given twice"; break;
    case U_UNDEFINED_KEYWORD: e.reason = "unknown plural or select case"; break;
    case U_DEFAULT_KEYWORD_MISSING: e.reason = "the 'other' case is missing"; break;
    default: e.reason = u_errorName(status); break;
  }
  return e;
}

}  // namespace portal::text
