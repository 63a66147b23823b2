#pragma once
/// How the portal's texts write their words: the evidence APA's sentence case
/// (render/sentence_case.h) uses to tell proper nouns from common words.
///
/// Gathered once per build from every text of the portal (link/name_evidence.h),
/// per language: a word seen capitalised inside a sentence and never in lower
/// case is a name; a word seen in lower case is a common word. A text in
/// Title Case (a title, a quoted title, a link that names a paper) writes
/// capitals for style, not for names, so only its lower-case words count.

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace portal::text {

/// Sets off a stretch of a text to be read on its own without ending its
/// sentence: text::markdown_prose puts it around each link's text.
inline constexpr char kPartMark = '\x1F';

/// The evidence of one language's texts.
class WordCases {
 public:
  /// Adds a text. Each line (a paragraph, a keyword, a title) and each
  /// stretch of a line between quotation marks or kPartMark (a link's text) is
  /// a part: one in Title Case (text/word_case.h) that does not end a
  /// sentence with a period gives only its lower-case words. Sentences run on across parts. Cost linear in the text's words
  /// (times a logarithm of the vocabulary).
  void add(std::string_view text);

  /// True when some text not in Title Case was added: without one, nothing
  /// tells names apart.
  bool has_prose() const { return has_prose_; }

  /// True when a text writes `lower_form`, or an inflected form of it (the
  /// same word with up to two letters of its ending changed from five
  /// letters on, up to three from eight on), in lower case.
  bool written_lower(std::string_view lower_form) const;

  /// True when a text capitalises `word`, or an inflected form of it, inside
  /// a sentence, right after the capitalised word `*before` (any context when
  /// `before` is null). A word after a capitalised word that starts a
  /// sentence also counts as standing alone ("" before).
  bool capitalised(std::string_view word, const std::string_view* before) const;

  /// True when a text has `phrase` (a capitalised word, at most two words in
  /// lower case, and the next word with a capital: "Organization of Turkic")
  /// as it is written, inside a text not in Title Case.
  bool has_phrase(std::string_view phrase) const;

 private:
  /// True when some capitalised word inside a sentence starts with `stem`
  /// and follows `before` (any context when null).
  bool capital_starting(std::string_view stem, const std::string_view* before) const;

  std::set<std::string, std::less<>> lower_;
  /// capitalised word → the capitalised words it follows ("" when it stands alone)
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> capital_inside_;
  std::set<std::string, std::less<>> phrases_;
  bool has_prose_ = false;
};

/// WordCases per language ("kk", "ru", "tr", "en", as the content tags texts).
class CaseEvidence {
 public:
  /// Adds a text in `lang` (see WordCases::add).
  void add(std::string_view lang, std::string_view text);

  /// The evidence for `lang`; null when no text in it was added.
  const WordCases* find(std::string_view lang) const;

 private:
  std::map<std::string, WordCases, std::less<>> by_lang_;
};

}  // namespace portal::text
