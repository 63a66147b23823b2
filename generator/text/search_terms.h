#pragma once
/// The search normalisation, one place for the index and (through the data
/// the index carries) for the client: word segmentation with ICU's word
/// BreakIterator, an exact key (lower case by the text language's rules, so
/// Turkish maps I → ı and İ → i), a loose key that lets either script and
/// either keyboard match (Cyrillic and Latin fold to one ASCII spelling;
/// Kazakh letters fold to the Russian keyboard's; Turkish letters to their
/// base letters), and Snowball stems for Russian, Turkish and English.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace portal::text {

/// One word of a text as the index and the query see it.
struct SearchTerm {
  std::string exact;  ///< lower case by the text language's rules, NFC: "ısparta", "қазақстан"
  std::string loose;  ///< fold_loose(exact): "isparta", "kazakstan"
  std::string stem;   ///< fold_loose of the Snowball stem; empty without a stemmer (kk) or for numbers
  uint64_t id = 0;    ///< the same for every occurrence of one word in one language, within a thread
};

/// The words of `utf8` (ICU word boundaries; letters and numbers only), each
/// normalised for text in language `lang` ("kk", "ru", "tr", "en").
std::vector<SearchTerm> search_terms(std::string_view utf8, std::string_view lang);

/// The same, one term at a time, without copies: `fn` sees each word's
/// normalisation as cached for this thread (valid during the call only).
void for_each_search_term(std::string_view utf8, std::string_view lang, const std::function<void(const SearchTerm&)>& fn);

/// The loose key of one word: lower case (root rules), diacritics removed
/// (NFD, nonspacing marks dropped), every letter of kSearchFoldMap replaced,
/// then every pair of kSearchRewrites replaced, left to right.
/// fold_loose("Қазақстан") == fold_loose("Qazaqstan") == "kazakstan".
std::string fold_loose(std::string_view word);

/// Letter → replacement applied by fold_loose after removing marks. The
/// client receives this table in the index, so both sides fold alike.
const std::vector<std::pair<std::string, std::string>>& search_fold_map();

/// Spelling rewrites applied after the letter map, in this order (kh → h, …).
const std::vector<std::pair<std::string, std::string>>& search_rewrites();

/// True when `lang` has a Snowball stemmer here (ru, tr, en).
bool has_stemmer(std::string_view lang);

}  // namespace portal::text
