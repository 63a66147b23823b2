#include "text/case_evidence.h"

#include <vector>

#include "text/word_case.h"

namespace portal::text {

namespace {

/// `w` without its last `n` code points.
std::string_view drop_last(std::string_view w, size_t n) {
  size_t end = w.size();
  while (n-- > 0 && end > 0) {
    --end;
    while (end > 0 && (static_cast<unsigned char>(w[end]) & 0xC0) == 0x80) --end;
  }
  return w.substr(0, end);
}

/// The length in bytes of the quotation mark at `s[i]`, or 0. Apostrophes
/// (' and ’, as in "Türkiye’nin") are no quotation marks.
size_t quote_at(std::string_view s, size_t i) {
  if (s[i] == '"') return 1;
  for (std::string_view q : {"“", "”", "„", "«", "»", "‹", "›"})
    if (s.substr(i, q.size()) == q) return q.size();
  return 0;
}

/// True when a part of a text writes its capitals for style: it is in Title
/// Case and does not end a sentence (a title has no closing period, while a
/// short sentence full of names, "Политика Турции и Казахстана.", does).
bool title_style_part(std::string_view part) {
  size_t end = part.find_last_not_of(" \t\r");
  if (end != std::string_view::npos && (part[end] == '.' || part[end] == '!')) return false;
  return is_title_case(part);
}

}  // namespace

void WordCases::add(std::string_view t) {
  const std::vector<TextWord> words = split_words(t);
  auto word_at = [&](size_t k) { return t.substr(words[k].begin, words[k].end - words[k].begin); };
  // each word's part (see the header) and whether that part is in Title Case
  std::vector<size_t> part(words.size());
  std::vector<bool> title_style(words.size());
  size_t start = 0, next_word = 0, parts = 0;
  for (size_t i = 0; i <= t.size();) {
    size_t mark = i == t.size() || t[i] == '\n' || t[i] == kPartMark ? 1 : quote_at(t, i);
    if (mark == 0) {
      ++i;
      continue;
    }
    size_t first = next_word;  // the part [start, i) holds words [first, next_word)
    while (next_word < words.size() && words[next_word].begin < i) ++next_word;
    if (next_word > first) {
      bool style = title_style_part(t.substr(start, i - start));
      has_prose_ = has_prose_ || !style;
      for (size_t j = first; j < next_word; ++j) part[j] = parts, title_style[j] = style;
    }
    ++parts;
    i += mark;
    start = i;
  }
  std::string_view prev;     // the word before, when it had a capital
  bool prev_starts = false;  // … and started a sentence (then it may be a common word)
  for (size_t k = 0; k < words.size(); ++k) {
    const TextWord& w = words[k];
    std::string_view word = word_at(k);
    WordShape s = word_shape(word);
    if (s == WordShape::lower) {
      lower_.emplace(word);
    } else if (!title_style[k]) {
      std::string_view gap = k > 0 ? t.substr(words[k - 1].end, w.begin - words[k - 1].end) : std::string_view();
      bool joined = !prev.empty() && (gap == " " || gap == "-" || gap == "\u00A0");
      if (s == WordShape::capitalised && !w.sentence_start) {
        auto& before = capital_inside_[std::string(word)];
        before.emplace(joined ? prev : std::string_view());
        if (joined && prev_starts) before.emplace();
      }
      // a name of several words: this word up to the next word with a capital,
      // at most two lower-case words between, all in one part, and no
      // sentence starting there
      for (size_t n = k + 1; n < words.size() && n <= k + 3 && part[n] == part[k] && !words[n].sentence_start; ++n)
        if (word_shape(word_at(n)) != WordShape::lower) {
          phrases_.emplace(t.substr(w.begin, words[n].end - w.begin));
          break;
        }
    }
    prev = s == WordShape::lower ? std::string_view() : word;
    prev_starts = w.sentence_start;
  }
}

bool WordCases::capital_starting(std::string_view stem, const std::string_view* before) const {
  for (auto it = capital_inside_.lower_bound(stem); it != capital_inside_.end() && it->first.starts_with(stem); ++it)
    if (!before || it->second.count(*before)) return true;
  return false;
}

namespace {

/// The stem an inflected form of `word` shares with it: without the last two
/// letters from five letters on, the last three from eight on ("Teşkilatının"
/// and "Teşkilatı"); empty for a shorter word.
std::string_view stem_of(std::string_view word) {
  size_t n = code_points(word);
  return n >= 8 ? drop_last(word, 3) : n >= 5 ? drop_last(word, 2) : std::string_view();
}

}  // namespace

bool WordCases::capitalised(std::string_view word, const std::string_view* before) const {
  std::string_view stem = stem_of(word);
  return capital_starting(word, before) || (!stem.empty() && capital_starting(stem, before));
}

bool WordCases::written_lower(std::string_view lower_form) const {
  if (lower_.count(lower_form)) return true;
  std::string_view stem = stem_of(lower_form);
  if (stem.empty()) return false;
  auto it = lower_.lower_bound(stem);
  return it != lower_.end() && it->starts_with(stem);
}

bool WordCases::has_phrase(std::string_view phrase) const { return phrases_.count(phrase) > 0; }

void CaseEvidence::add(std::string_view lang, std::string_view text) {
  auto it = by_lang_.find(lang);
  if (it == by_lang_.end()) it = by_lang_.emplace(std::string(lang), WordCases()).first;
  it->second.add(text);
}

const WordCases* CaseEvidence::find(std::string_view lang) const {
  auto it = by_lang_.find(lang);
  return it == by_lang_.end() ? nullptr : &it->second;
}

}  // namespace portal::text
