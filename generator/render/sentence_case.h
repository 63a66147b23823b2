#pragma once
/// Sentence case for titles in APA references (APA 7 §6.17: in the reference
/// list, article titles take sentence case: the first word, the first word
/// after a colon, and proper nouns capitalised, everything else lower case).
///
/// A title published in sentence case (most Kazakh and Russian titles) is left
/// exactly as it is. A title in Title Case (most Turkish and English ones) is
/// lowered word by word, except the first word, a word after : . ? !, words
/// with more than one capital (NATO, TÜRKSOY, McKinsey), and proper nouns.
/// Proper nouns are not guessed from a dictionary but taken from the paper's
/// own texts in the title's language (abstracts, keywords, full text). A
/// capitalised title word is kept when those texts have it in the same name
/// of several words (after the same capitalised word: "Sovyetler Birliği"
/// keeps "Birliği" while "İş Birliği" does not; or followed by the same words:
/// "Organization of Turkic"), or else write it, or an inflected form of it
/// ("Türkiye’nin", "Казахстана"), with a capital inside a sentence and never in
/// lower case. A word the texts never use is lowered; a title whose language
/// has no text at all is left as it is, since nothing then tells its proper
/// nouns apart.

#include <string>
#include <string_view>
#include <vector>

namespace portal {

/// True when most words of four letters or more after the first start with a
/// capital: "Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç" is Title
/// Case, "Реализация концепции тюркской интеграции в … Казахстаном" is not.
bool is_title_case(std::string_view title);

/// `title` in sentence case (see the file comment); `lang` is the title's
/// language (for the case mapping: Turkish İ → i), `texts` the evidence for
/// proper nouns. A title not in Title Case is returned unchanged.
std::string sentence_case(std::string_view title, std::string_view lang, const std::vector<std::string>& texts);

}  // namespace portal
