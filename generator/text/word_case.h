#pragma once
/// The words of a text and how each is written (lower case, capitalised,
/// other), with where sentences start: what sentence case and the evidence
/// for proper nouns (text/case_evidence.h) read.

#include <cstddef>
#include <string_view>
#include <vector>

namespace portal::text {

/// A word of a text: its bytes [begin, end) and whether it starts a sentence.
struct TextWord {
  size_t begin = 0, end = 0;
  bool sentence_start = false;
};

/// The words of `s` (runs of letters and digits; an apostrophe, hyphen or any
/// other mark ends a word). A word starts a sentence at the start of `s`, after
/// . ? ! : followed by a space (quotes, brackets, emphasis marks and
/// text::kPartMark may stand between), and after a line break.
std::vector<TextWord> split_words(std::string_view s);

/// How a word is written: all lower case (digits too), capitalised (one
/// capital, the first letter), or other (NATO, McKinsey).
enum class WordShape { lower, capitalised, other };

/// The shape of `word`.
WordShape word_shape(std::string_view word);

/// The number of code points of `word`.
size_t code_points(std::string_view word);

/// True when most words of four letters or more after the first start with a
/// capital (numbers not counted): "Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç" is Title
/// Case, "Реализация концепции тюркской интеграции в … Казахстаном" is not.
bool is_title_case(std::string_view text);

}  // namespace portal::text
