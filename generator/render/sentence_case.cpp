#include "render/sentence_case.h"

#include <unicode/uchar.h>

#include <map>
#include <set>

#include "render/csl_text.h"
#include "text/case_map.h"
#include "text/unicode.h"

namespace portal {

namespace {

/// A word of a text: its bytes and whether it starts a sentence.
struct Word {
  size_t begin, end;
  bool sentence_start;
};

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) || u_isdigit(static_cast<UChar32>(c)); }

/// The words of `s` (runs of letters and digits; an apostrophe, hyphen or any
/// other mark ends a word). A word starts a sentence at the start of `s`, after
/// . ? ! : followed by a space, and after a line break.
std::vector<Word> split_words(std::string_view s) {
  std::vector<Word> out;
  bool start = true, after_stop = false;
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    char32_t c = csl::next_cp(s, i);
    if (is_letter(c)) {
      size_t end = i;
      for (size_t j = i; j < s.size();) {
        size_t k = j;
        if (!is_letter(csl::next_cp(s, j))) {
          end = k;
          break;
        }
        end = j;
      }
      out.push_back({at, end, start});
      start = after_stop = false;
      i = end;
      continue;
    }
    if (c == '.' || c == '?' || c == '!' || c == ':') {
      after_stop = true;
    } else if (c == '\n') {
      start = true;
    } else if (c == ' ' || c == '\t') {
      if (after_stop) start = true;
    } else if (c != '"' && c != '\'' && c != U'«' && c != U'“' && c != '(' && c != '*' && c != '_') {
      after_stop = false;
    }
  }
  return out;
}

/// How a word is written.
enum class Shape { lower, capitalised, other };

Shape shape_of(std::string_view w) {
  size_t i = 0, uppers = 0;
  bool first_upper = false, first = true;
  while (i < w.size()) {
    auto c = static_cast<UChar32>(csl::next_cp(w, i));
    bool up = u_isupper(c) || u_istitle(c);
    if (first) first_upper = up;
    first = false;
    uppers += up;
  }
  if (uppers == 0) return Shape::lower;
  return first_upper && uppers == 1 ? Shape::capitalised : Shape::other;
}

size_t letters(std::string_view w) {
  size_t n = 0;
  for (char c : w) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

/// `w` without its last `n` code points.
std::string_view drop_last(std::string_view w, size_t n) {
  size_t end = w.size();
  while (n-- > 0 && end > 0) {
    --end;
    while (end > 0 && (static_cast<unsigned char>(w[end]) & 0xC0) == 0x80) --end;
  }
  return w.substr(0, end);
}

/// What the paper's texts say about words: the words written in lower case,
/// and each word written with a capital inside a sentence with what stands
/// before it: "" when it stands alone (after a word in lower case, a number,
/// a bracket, or after a capitalised word that starts a sentence, which may be
/// a common word), else the capitalised word it follows ("Birliği" after
/// "Sovyetler": part of a name of several words).
struct Evidence {
  std::set<std::string, std::less<>> lower;
  std::map<std::string, std::set<std::string>, std::less<>> capital_inside;

  explicit Evidence(const std::vector<std::string>& all) : texts(all) {
    for (const auto& t : texts) {
      std::string_view prev;  // the word before, when it was capitalised
      bool prev_starts = false;  // … and started a sentence (then it may be a common word)
      size_t prev_end = 0;
      for (const Word& w : split_words(t)) {
        std::string_view word = std::string_view(t).substr(w.begin, w.end - w.begin);
        Shape s = shape_of(word);
        std::string_view gap = std::string_view(t).substr(prev_end, w.begin - prev_end);
        bool joined = !prev.empty() && (gap == " " || gap == "-" || gap == "\u00A0");
        if (s == Shape::lower) {
          lower.emplace(word);
        } else if (s == Shape::capitalised && !w.sentence_start) {
          auto& before = capital_inside[std::string(word)];
          before.insert(joined ? std::string(prev) : std::string());
          if (joined && prev_starts) before.insert(std::string());
        }
        prev = s == Shape::lower ? std::string_view() : word;
        prev_starts = w.sentence_start;
        prev_end = w.end;
      }
    }
  }

  const std::vector<std::string>& texts;

  /// True when some capitalised word inside a sentence starts with `stem` and
  /// follows `before` (any context when `before` is null).
  bool capital_starting(std::string_view stem, const std::string_view* before) const {
    for (auto it = capital_inside.lower_bound(stem); it != capital_inside.end() && it->first.starts_with(stem); ++it)
      if (!before || it->second.count(std::string(*before))) return true;
    return false;
  }

  /// True when the texts capitalise `word`, or an inflected form of it (the
  /// same word with up to two letters of its ending changed), inside a
  /// sentence after `before` (in any context when null).
  bool capitalised(std::string_view word, const std::string_view* before) const {
    return capital_starting(word, before) || (letters(word) >= 5 && capital_starting(drop_last(word, 2), before));
  }

  /// True when the texts write `lower_form`, or an inflected form of it, in lower case.
  bool written_lower(std::string_view lower_form) const {
    if (lower.count(lower_form)) return true;
    if (letters(lower_form) < 5) return false;
    std::string_view stem = drop_last(lower_form, 2);
    auto it = lower.lower_bound(stem);
    return it != lower.end() && it->starts_with(stem);
  }

  /// True when a text has `phrase` as it is, capitals included.
  bool has_phrase(std::string_view phrase) const {
    for (const auto& t : texts)
      if (t.find(phrase) != std::string::npos) return true;
    return false;
  }

  /// `word` (capitalised in a title, after the capitalised title word
  /// `before`, or after a lowered one when `before` is empty; `phrase` the
  /// title from `word` to the next capitalised word, or empty) is a proper
  /// noun when the texts have it
  ///  - in the same name of several words: after the same capitalised word
  ///    ("Sovyetler Birliği", even though they also write "iş birliği"), or
  ///    with the same words after it ("Organization of Turkic");
  ///  - else capitalised inside a sentence and never in lower case.
  /// "İş Birliği" is lowered although the texts have "Sovyetler Birliği".
  bool proper(std::string_view word, std::string_view lower_form, std::string_view before,
              std::string_view phrase) const {
    if (!before.empty() && capitalised(word, &before)) return true;
    if (!phrase.empty() && has_phrase(phrase)) return true;
    if (written_lower(lower_form)) return false;
    return capitalised(word, nullptr);
  }
};

}  // namespace

bool is_title_case(std::string_view title) {
  size_t capitalised = 0, lower = 0;
  bool first = true;
  for (const Word& w : split_words(title)) {
    std::string_view word = title.substr(w.begin, w.end - w.begin);
    if (first || letters(word) < 4) {
      first = false;
      continue;
    }
    Shape s = shape_of(word);
    capitalised += s == Shape::capitalised;
    lower += s == Shape::lower;
  }
  return capitalised > lower;
}

/// A capitalised English title word with a letter English does not write
/// (Türkiye, Almatı, Şymkent) is a foreign name, even where the paper's
/// English texts never use it ("Turkey" in the abstract, "Türkiye" in the title).
static bool foreign_name(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    int32_t c = text::decode_utf8(word, i);
    if (c > 0x7F && u_isalpha(c)) return true;
  }
  return false;
}

std::string sentence_case(std::string_view title, std::string_view lang, const std::vector<std::string>& texts) {
  if (!is_title_case(title)) return std::string(title);
  bool any_text = false;
  for (const auto& t : texts) any_text = any_text || !t.empty();
  if (!any_text) return std::string(title);  // nothing tells proper nouns apart: as published
  Evidence evidence(texts);
  const std::vector<Word> words = split_words(title);
  // the title from word k to the next capitalised word, when at most two
  // words lie between them and no sentence starts there; else empty
  auto phrase_from = [&](size_t k) -> std::string_view {
    for (size_t n = k + 1; n < words.size() && n <= k + 3; ++n) {
      if (words[n].sentence_start) break;
      std::string_view w = title.substr(words[n].begin, words[n].end - words[n].begin);
      if (shape_of(w) != Shape::lower) return title.substr(words[k].begin, words[n].end - words[k].begin);
    }
    return {};
  };
  std::string out;
  size_t done = 0;
  std::string_view kept;  // the title word before, when it kept its capital
  for (size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    std::string_view word = title.substr(w.begin, w.end - w.begin);
    bool keep = w.sentence_start || shape_of(word) != Shape::capitalised;
    std::string lowered;
    if (!keep) {
      lowered = text::to_lower(word, lang);
      keep = evidence.proper(word, lowered, kept, phrase_from(k)) ||
             (lang == "en" && foreign_name(word) && !evidence.written_lower(lowered));
    }
    if (keep) {
      kept = shape_of(word) == Shape::lower ? std::string_view() : word;
      continue;
    }
    kept = {};
    out.append(title.substr(done, w.begin - done));
    out += lowered;
    done = w.end;
  }
  out.append(title.substr(done));
  return out;
}

}  // namespace portal
