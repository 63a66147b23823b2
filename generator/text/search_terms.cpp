#include "text/search_terms.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "text/case_map.h"
#include "text/unicode.h"

namespace portal::text {

namespace {

// The letter map and the rewrites are a table of our own rather than an ICU
// transliterator: the client must apply exactly the same folding to a query,
// and a table can travel in the index (the client reads it from meta.json),
// so both sides agree by construction. ICU still does the Unicode work:
// segmentation, case mapping, decomposition, general categories.
const std::vector<std::pair<std::string, std::string>> kFoldMap = {
    // Russian (й and ё lose their marks before this map: и, е)
    {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ж", "zh"},
    {"з", "z"}, {"и", "i"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
    {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "h"},
    {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "sh"}, {"ъ", ""}, {"ы", "i"}, {"ь", ""},
    {"э", "e"}, {"ю", "yu"}, {"я", "ya"},
    // Kazakh letters fold as typed on a Russian keyboard: қ→к, ғ→г, ң→н, ә→а, ө→о, ұ/ү→у, һ→х, і→и
    {"ә", "a"}, {"ғ", "g"}, {"қ", "k"}, {"ң", "n"}, {"ө", "o"}, {"ұ", "u"}, {"ү", "u"},
    {"һ", "h"}, {"і", "i"},
    // Ukrainian and other Cyrillic letters without a decomposition
    {"є", "e"}, {"ґ", "g"}, {"ј", "j"},
    // Latin letters without a decomposition: Turkish dotless i, and a few others
    {"ı", "i"}, {"ə", "a"}, {"ß", "ss"}, {"æ", "ae"}, {"œ", "oe"}, {"ø", "o"}, {"đ", "d"}, {"ł", "l"},
};

// Spellings that differ between romanizations of the same Cyrillic word:
// Nakhchivan / Нахчыван / Nahçıvan all become "nahcivan", Qazaqstan / Қазақстан
// "kazakstan", Shymkent / Шымкент / Şımkent "simkent".
const std::vector<std::pair<std::string, std::string>> kRewrites = {
    {"kh", "h"}, {"ch", "c"}, {"sh", "s"}, {"zh", "j"}, {"q", "k"}, {"y", "i"},
};

const std::unordered_map<UChar32, std::string>& fold_table() {
  static const std::unordered_map<UChar32, std::string> table = [] {
    std::unordered_map<UChar32, std::string> t;
    for (const auto& [from, to] : kFoldMap) {
      size_t i = 0;
      t[decode_utf8(from, i)] = to;
    }
    return t;
  }();
  return table;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  std::string out;
  out.reserve(s.size());
  size_t start = 0;
  for (size_t at; (at = s.find(from, start)) != std::string::npos; start = at + from.size()) {
    out.append(s, start, at - start);
    out += to;
  }
  out.append(s, start, std::string::npos);
  s = std::move(out);
}

/// This thread's word BreakIterator (ICU break iterators must not be shared).
icu::BreakIterator& word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> mine;
  if (!mine) {
    UErrorCode status = U_ZERO_ERROR;
    mine.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !mine) throw std::runtime_error(std::string("word breaker: ") + u_errorName(status));
  }
  return *mine;
}

/// Closes a Snowball stemmer.
struct StemmerCloser {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

const char* snowball_name(std::string_view lang) {
  if (lang == "ru") return "russian";
  if (lang == "tr") return "turkish";
  if (lang == "en") return "english";
  return nullptr;
}

/// This thread's stemmer for `lang` (Snowball stemmers are not thread-safe), or null.
sb_stemmer* stemmer(std::string_view lang) {
  const char* name = snowball_name(lang);
  if (!name) return nullptr;
  thread_local std::map<std::string, std::unique_ptr<sb_stemmer, StemmerCloser>, std::less<>> mine;
  auto it = mine.find(lang);
  if (it == mine.end()) {
    std::unique_ptr<sb_stemmer, StemmerCloser> s(sb_stemmer_new(name, "UTF_8"));
    if (!s) throw std::runtime_error(std::string("no Snowball stemmer for ") + name);
    it = mine.emplace(std::string(lang), std::move(s)).first;
  }
  return it->second.get();
}

std::string stem_word(const std::string& lower, std::string_view lang) {
  sb_stemmer* s = stemmer(lang);
  if (!s) return {};
  const sb_symbol* out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(lower.data()), static_cast<int>(lower.size()));
  if (!out) throw std::runtime_error("Snowball stemmer: out of memory");
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(s)));
}

/// Normalises one word, through a per-thread cache: natural text repeats its
/// words, and ICU case mapping, decomposition and stemming per occurrence
/// would cost more than the rest of the index build.
const SearchTerm& normalise_word(const std::string& word, std::string_view lang, const std::string& case_lang, bool letters) {
  constexpr size_t kCacheLimit = 200000;  // words per thread; the cache starts over when full
  thread_local std::unordered_map<std::string, SearchTerm> cache;
  thread_local uint64_t next_id = 0;
  thread_local std::string key;  // reused: no allocation per occurrence
  key.assign(lang).append(1, '\x1f').append(word);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  SearchTerm term;
  term.exact = to_nfc(to_lower(word, case_lang));
  term.loose = fold_loose(term.exact);
  if (letters) {
    std::string stem = stem_word(term.exact, lang);
    if (!stem.empty()) term.stem = fold_loose(stem);
  }
  term.id = ++next_id;  // never reused, even after the cache starts over
  if (cache.size() >= kCacheLimit) cache.clear();
  return cache.emplace(key, std::move(term)).first->second;
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& search_fold_map() { return kFoldMap; }
const std::vector<std::pair<std::string, std::string>>& search_rewrites() { return kRewrites; }
bool has_stemmer(std::string_view lang) { return snowball_name(lang) != nullptr; }

std::string fold_loose(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.toLower(icu::Locale::getRoot());
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFD: ") + u_errorName(status));
  icu::UnicodeString decomposed = nfd->normalize(u, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFD: ") + u_errorName(status));
  const auto& table = fold_table();
  std::string out;
  out.reserve(word.size());
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (auto it = table.find(c); it != table.end()) {
      out += it->second;
    } else {
      icu::UnicodeString one(c);
      one.toUTF8String(out);
    }
  }
  for (const auto& [from, to] : kRewrites) replace_all(out, from, to);
  return to_nfc(out);
}

void for_each_search_term(std::string_view utf8, std::string_view lang, const std::function<void(const SearchTerm&)>& fn) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::BreakIterator& breaker = word_breaker();
  breaker.setText(text);
  const std::string case_lang = lang == "tr" ? "tr" : "";
  std::string word;
  int32_t start = breaker.first();
  for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE; start = end, end = breaker.next()) {
    int32_t status = breaker.getRuleStatus();
    if (status < UBRK_WORD_NUMBER) continue;  // spaces and punctuation
    word.clear();
    text.tempSubStringBetween(start, end).toUTF8String(word);
    fn(normalise_word(word, lang, case_lang, status >= UBRK_WORD_LETTER));
  }
}

std::vector<SearchTerm> search_terms(std::string_view utf8, std::string_view lang) {
  std::vector<SearchTerm> terms;
  for_each_search_term(utf8, lang, [&](const SearchTerm& t) { terms.push_back(t); });
  return terms;
}

}  // namespace portal::text
