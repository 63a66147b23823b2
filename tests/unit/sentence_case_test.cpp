// APA 7 sentence case for reference-list titles: what is lowered, what is
// kept, and what tells a proper noun.
#include "render/sentence_case.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/word_case.h"

using namespace portal;
using text::is_title_case;

namespace {
/// sentence_case with the evidence of `texts` (each added as one text).
std::string sentence_case(std::string_view title, std::string_view lang, const std::vector<std::string>& texts) {
  text::WordCases ev;
  for (const auto& t : texts) ev.add(t);
  return portal::sentence_case(title, lang, &ev);
}
}  // namespace

TEST_CASE("sentence case: Title Case is told from sentence case by most longer words") {
  CHECK(is_title_case("Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç"));
  CHECK(is_title_case("Cooperation between Kazakhstan and Türkiye within Turkic Integration after the Collapse"));
  // numbers are written no way: they count neither as capitalised nor as lower case
  CHECK(is_title_case("Cooperation between Kazakhstan and Türkiye within Turkic Integration (1990–2000)"));
  CHECK_FALSE(is_title_case("Реализация концепции тюркской интеграции в отношениях между Турцией и Казахстаном"));
  CHECK_FALSE(is_title_case("Who writes the history of Turkic integration?"));
  CHECK_FALSE(is_title_case("Nationalism"));
}

TEST_CASE("sentence case: a title already in sentence case is left exactly as published") {
  const std::string ru = "Реализация концепции тюркской интеграции в отношениях между Турцией и Казахстаном";
  CHECK(sentence_case(ru, "ru", {"Статья о Турции."}) == ru);
}

TEST_CASE("sentence case: proper nouns are the words the paper's texts capitalise inside a sentence") {
  const std::vector<std::string> texts = {"This study examines smart power in the relations of Kazakhstan and Türkiye."};
  CHECK(sentence_case("Smart Power in the Development of Kazakhstan-Türkiye Relations", "en", texts) ==
        "Smart power in the development of Kazakhstan-Türkiye relations");
  // the first word after a colon keeps its capital; acronyms keep theirs
  CHECK(sentence_case("NATO and the OTS: A New Order for Kazakhstan", "en", texts) ==
        "NATO and the OTS: A new order for Kazakhstan");
  // a capital only at the start of a sentence or of a keyword is no evidence
  CHECK(sentence_case("Power Politics", "en", {"Smart power.", "Politics is old."}) == "Power politics");
  // a word also written in lower case is a common word
  CHECK(sentence_case("The Union of Soft Power", "en", {"a customs union and the Union met"}) ==
        "The union of soft power");
  // a foreign name in an English title keeps its capital though the English texts never write it
  // (their abstract says "Turkey"); a word English writes in lower case does not
  CHECK(sentence_case("The Role of Kazakhstan and Türkiye in the Formation of the States", "en",
                      {"The states of the region, Kazakhstan and Turkey."}) ==
        "The role of Kazakhstan and Türkiye in the formation of the states");
}

TEST_CASE("sentence case: inflected forms, Turkish case mapping and names of several words") {
  const std::vector<std::string> tr = {
      "1990 yılında Sovyetler Birliği'nin dağılmasından sonra Kazakistan ile Türkiye iş birliği kurdu."};
  CHECK(sentence_case("Sovyetler Birliği'nin Dağılmasından Sonra Kazakistan ve Türkiye İş Birliği", "tr", tr) ==
        "Sovyetler Birliği'nin dağılmasından sonra Kazakistan ve Türkiye iş birliği");
  // Turkish İ lowers to i, I to ı
  CHECK(sentence_case("Akıllı Güç İçin Işık Ilık", "tr", {"bir metin"}) == "Akıllı güç için ışık ılık");
  // an inflected form in the text ("Казахстана") vouches for the title's "Казахстаном"
  CHECK(sentence_case("Отношения Турции С Казахстаном", "ru", {"Политика Турции и Казахстана."}) ==
        "Отношения Турции с Казахстаном");
}

TEST_CASE("sentence case: without any text in the title's language the title stays as published") {
  CHECK(sentence_case("Türk Devletleri Teşkilatının Oluşumunda Kazakistan", "tr", {}) ==
        "Türk Devletleri Teşkilatının Oluşumunda Kazakistan");
  CHECK(sentence_case("Türk Devletleri Teşkilatının Oluşumunda Kazakistan", "tr", {""}) ==
        "Türk Devletleri Teşkilatının Oluşumunda Kazakistan");
}

TEST_CASE("sentence case: a name of several words is kept when the texts have it, though its words are common") {
  const std::vector<std::string> en = {"The states met in the Organization of Turkic States; the organization grew."};
  CHECK(sentence_case("The Formation of the Organization of Turkic States", "en", en) ==
        "The formation of the Organization of Turkic States");
}
