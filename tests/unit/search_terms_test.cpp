// The search normalisation (text/search_terms.*): segmentation, exact keys
// with each language's case rules, loose keys across scripts and keyboards
// (the shared word list tests/search/words.tsv, which the client script is
// tested against too), and the Snowball stemmers.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "text/search_terms.h"

using portal::text::fold_loose;
using portal::text::search_terms;

namespace {

std::vector<std::string> exact_words(const std::string& text, const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& t : search_terms(text, lang)) out.push_back(t.exact);
  return out;
}

std::string stem_of(const std::string& word, const std::string& lang) {
  auto terms = search_terms(word, lang);
  REQUIRE(terms.size() == 1);
  return terms[0].stem;
}

}  // namespace

TEST_CASE("search: the shared word list folds as listed", "[search][text]") {
  std::ifstream in(std::string(PORTAL_SOURCE_DIR) + "/tests/search/words.tsv");
  REQUIRE(in);
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string lang, word, loose;
    REQUIRE(std::getline(fields, lang, '\t'));
    REQUIRE(std::getline(fields, word, '\t'));
    REQUIRE(std::getline(fields, loose, '\t'));
    INFO(lang << " " << word);
    CHECK(fold_loose(word) == loose);
    auto terms = search_terms(word, lang);
    REQUIRE(terms.size() == 1);
    CHECK(terms[0].loose == loose);
    ++checked;
  }
  CHECK(checked >= 30);
}

TEST_CASE("search: words by ICU word boundaries, letters and numbers only", "[search][text]") {
  CHECK(exact_words("Қазақстан мен Түркия, 1991 ж. — «Түркі әлемі»!", "kk") ==
        std::vector<std::string>{"қазақстан", "мен", "түркия", "1991", "ж", "түркі", "әлемі"});
  CHECK(exact_words("қарым-қатынас", "kk") == std::vector<std::string>{"қарым", "қатынас"});
  CHECK(exact_words("Kazakistan'ın dış politikası", "tr") ==
        std::vector<std::string>{"kazakistan'ın", "dış", "politikası"});
  CHECK(exact_words("  ,.;  ", "en").empty());
  CHECK(exact_words("", "ru").empty());
}

TEST_CASE("search: exact keys follow the text language's case rules", "[search][text]") {
  CHECK(exact_words("Isparta İzmir", "tr") == std::vector<std::string>{"ısparta", "izmir"});
  CHECK(exact_words("Isparta", "en") == std::vector<std::string>{"isparta"});
  CHECK(exact_words("ҚАЗАҚСТАН", "kk") == std::vector<std::string>{"қазақстан"});
  // Different exact keys, one loose key: the Turkish spelling and the ASCII one meet.
  CHECK(search_terms("Isparta", "tr")[0].loose == search_terms("isparta", "en")[0].loose);
}

TEST_CASE("search: Snowball stems join inflected forms in Russian, Turkish and English", "[search][text]") {
  CHECK(stem_of("отношения", "ru") == stem_of("отношений", "ru"));
  CHECK(stem_of("сотрудничества", "ru") == stem_of("сотрудничество", "ru"));
  CHECK(stem_of("ilişkileri", "tr") == stem_of("ilişkiler", "tr"));
  CHECK(stem_of("ilişkilerin", "tr") == stem_of("ilişkiler", "tr"));
  CHECK(stem_of("relations", "en") == stem_of("relation", "en"));
  CHECK(stem_of("cooperating", "en") == stem_of("cooperate", "en"));
  CHECK(stem_of("отношения", "ru") != stem_of("сотрудничество", "ru"));
  // Stems are loose keys too, so they match across scripts.
  CHECK(stem_of("отношения", "ru").find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos);
  // Kazakh has no Snowball stemmer (prefix matching serves it), nor do numbers.
  CHECK(stem_of("қатынастары", "kk").empty());
  CHECK(stem_of("1991", "en").empty());
  CHECK(portal::text::has_stemmer("ru"));
  CHECK_FALSE(portal::text::has_stemmer("kk"));
}

TEST_CASE("search: hostile input does not break the normalisation", "[search][text]") {
  std::string huge(200000, 'a');
  auto terms = search_terms(huge + " " + huge, "en");
  REQUIRE(terms.size() == 2);
  CHECK(terms[0].loose == huge);
  CHECK(exact_words("<script>alert(1)</script>", "en") == std::vector<std::string>{"script", "alert", "1", "script"});
  CHECK(fold_loose("\xcc\x81") == "");  // a lone combining mark
  CHECK(exact_words("日本語のテキスト", "en").size() >= 2);
}
