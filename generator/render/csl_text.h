#pragma once
/// The text machinery behind render/citation.h, modelled on what citeproc
/// (pandoc --citeproc) does to CSL-JSON text so that our citations come out
/// character for character like its: locale terms, smart quotes, English
/// title case, punctuation fix-up where pieces meet, and italics/links as
/// HTML. Only the citation code uses it.

#include <string>
#include <string_view>
#include <vector>

#include "render/citation.h"

namespace portal::csl {

/// Decodes the UTF-8 code point starting at `s[i]` and advances `i` past it
/// (an invalid lead byte counts as one code point of its own value).
char32_t next_cp(std::string_view s, size_t& i);

/// Appends `cp` to `out` as UTF-8.
void put_cp(std::string& out, char32_t cp);

/// The whitespace-separated words of `s`.
std::vector<std::string> words(std::string_view s);

/// The few CSL locale terms and options the APA and GOST styles use.
struct CslLocale {
  const char* no_date;      ///< term "no date", short form
  const char* et_al_gost;   ///< "et-al" as the GOST style sees it
  const char* quotes[4];    ///< open, close, open-inner, close-inner
  bool punct_in_quote;      ///< style option punctuation-in-quote
  const char* range_delim;  ///< term page-range-delimiter
};

/// citeproc's locale for a page language ("kk", "ru", "tr", "en" or a tag such
/// as "ru-RU"). kk has no CSL locale, so citeproc falls back to en-US; the
/// GOST style's own `xml:lang="en"` override ("и др.") then does not apply,
/// because it matches the requested language only.
const CslLocale& locale_for(std::string_view lang);

/// Parses quotes as citeproc parses CSL-JSON text: straight or curly double or
/// single quotes that pair up become a quoted span, an apostrophe becomes ’,
/// an unpaired mark stays as it is. Quoted spans are marked with placeholders
/// that `Rich::finish` turns into the locale's outer or (nested) inner quotes.
std::string smart_quotes(std::string_view s);

/// CSL text-case="title" as citeproc applies it to English items: an all-lower
/// ASCII word is capitalized at the start, after sentence punctuation, or after
/// a word break unless it is a stop word; mixed-case, upper-case and non-ASCII
/// words are left alone.
std::string title_case(std::string_view s);

/// Formatted output being assembled: runs of text, each italic or not and
/// optionally a link, with citeproc's punctuation fix-up wherever two pieces
/// meet ("G." + ". " gives "G. ", "?" + "." gives "?").
class Rich {
 public:
  Rich() = default;
  /// One run of text (nothing when `text` is empty).
  explicit Rich(std::string text, bool italic = false, std::string href = {});
  bool empty() const { return spans_.empty(); }

  /// Appends `other`, resolving doubled punctuation at the junction.
  Rich& operator+=(Rich other);
  Rich& operator+=(std::string_view text) { return *this += Rich(std::string(text)); }

  /// Joins the non-empty `parts` with `delim` (left out before a part that
  /// starts with , ; or .), as a CSL group does.
  static Rich join(std::vector<Rich> parts, std::string_view delim);

  /// The finished citation: quote placeholders become the locale's quotes, a
  /// period or comma after a closing quote moves inside it when the locale
  /// says so (en-US), leading and trailing spaces are trimmed; the HTML
  /// escapes < > & " and wraps italics in <i>, links in <a href>.
  Citation finish(const CslLocale& loc) &&;

 private:
  struct Span {
    std::string text;
    bool italic = false;
    std::string href;
  };
  std::vector<Span> spans_;
};

/// `s` with `prefix` and `suffix` when `s` is not empty; empty otherwise.
Rich affix(std::string_view prefix, Rich s, std::string_view suffix);

}  // namespace portal::csl
