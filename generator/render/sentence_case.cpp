#include "render/sentence_case.h"

#include <unicode/uchar.h>

#include <vector>

#include "text/case_map.h"
#include "text/unicode.h"
#include "text/word_case.h"

namespace portal {

namespace {

using text::TextWord;
using text::WordShape;

/// `word` (capitalised in a title, after the capitalised title word
/// `before`, or after a lowered one when `before` is empty; `phrase` the
/// title from `word` to the next capitalised word, or empty) is a proper
/// noun when the texts have it
///  - in the same name of several words: after the same capitalised word
///    ("Sovyetler Birliği", even though they also write "iş birliği"), or
///    with the same words after it ("Organization of Turkic");
///  - else capitalised inside a sentence and never in lower case.
/// "İş Birliği" is lowered although the texts have "Sovyetler Birliği".
bool proper(const text::WordCases& ev, std::string_view word, std::string_view lower_form, std::string_view before,
            std::string_view phrase) {
  if (!before.empty() && ev.capitalised(word, &before)) return true;
  if (!phrase.empty() && ev.has_phrase(phrase)) return true;
  if (ev.written_lower(lower_form)) return false;
  return ev.capitalised(word, nullptr);
}

/// A capitalised English title word with a letter English does not write
/// (Türkiye, Almatı, Şymkent) is a foreign name, even where the English
/// texts never use it ("Turkey" in the abstract, "Türkiye" in the title).
bool foreign_name(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    int32_t c = text::decode_utf8(word, i);
    if (c > 0x7F && u_isalpha(c)) return true;
  }
  return false;
}

}  // namespace

std::string sentence_case(std::string_view title, std::string_view lang, const text::WordCases* evidence) {
  if (!text::is_title_case(title)) return std::string(title);
  if (!evidence || !evidence->has_prose()) return std::string(title);  // nothing tells proper nouns apart
  const std::vector<TextWord> words = text::split_words(title);
  auto word_at = [&](size_t k) { return title.substr(words[k].begin, words[k].end - words[k].begin); };
  // the title from word k to the next capitalised word, when at most two
  // words lie between them and no sentence starts there; else empty
  auto phrase_from = [&](size_t k) -> std::string_view {
    for (size_t n = k + 1; n < words.size() && n <= k + 3; ++n) {
      if (words[n].sentence_start) break;
      if (text::word_shape(word_at(n)) != WordShape::lower)
        return title.substr(words[k].begin, words[n].end - words[k].begin);
    }
    return {};
  };
  std::string out;
  size_t done = 0;
  std::string_view kept;  // the title word before, when it kept its capital
  for (size_t k = 0; k < words.size(); ++k) {
    const TextWord& w = words[k];
    std::string_view word = word_at(k);
    bool keep = w.sentence_start || text::word_shape(word) != WordShape::capitalised;
    std::string lowered;
    if (!keep) {
      lowered = text::to_lower(word, lang);
      keep = proper(*evidence, word, lowered, kept, phrase_from(k)) ||
             (lang == "en" && foreign_name(word) && !evidence->written_lower(lowered));
    }
    if (keep) {
      kept = text::word_shape(word) == WordShape::lower ? std::string_view() : word;
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
