#pragma once
/// Sentence case for titles in APA references (APA 7 §6.17: in the reference
/// list, article titles take sentence case: the first word, the first word
/// after a colon, and proper nouns capitalised, everything else lower case).
///
/// A title published in sentence case (most Kazakh and Russian titles) is left
/// exactly as it is. A title in Title Case (most Turkish and English ones) is
/// lowered word by word, except the first word, a word after : . ? !, words
/// with more than one capital (NATO, TÜRKSOY, McKinsey), and proper nouns.
/// Proper nouns are not guessed from a dictionary but taken from how the
/// portal's texts in the title's language write them (text/case_evidence.h,
/// gathered once per build from every paper, topic and event). A capitalised
/// title word is kept when those texts have it in the same name of several
/// words (after the same capitalised word: "Sovyetler Birliği" keeps
/// "Birliği" while "İş Birliği" does not; or followed by the same words:
/// "Organization of Turkic"), or else write it, or an inflected form of it
/// ("Türkiye’nin", "Казахстана"), with a capital inside a sentence and never in
/// lower case. A word the texts never use is lowered; a title whose language
/// has no text but titles is left as it is, since nothing then tells its
/// proper nouns apart.

#include <string>
#include <string_view>

#include "text/case_evidence.h"

namespace portal {

/// `title` in sentence case (see the file comment); `lang` is the title's
/// language (for the case mapping: Turkish İ → i), `evidence` what the texts
/// in that language say of its words (null: none). A title not in Title Case
/// (text::is_title_case) is returned unchanged.
std::string sentence_case(std::string_view title, std::string_view lang, const text::WordCases* evidence);

}  // namespace portal
