#include <catch2/catch.hpp>

#include "text/script_check.h"

using namespace portal::text;

TEST_CASE("find_mixed_script_words reports Latin words hiding Cyrillic letters") {
  // "Kazakhstаn" with Cyrillic а (U+0430), "бiлiм" with Latin i for Kazakh і.
  const auto found = find_mixed_script_words("The Kazakhstаn case; бiлiм беру.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].word == "Kazakhstаn");
  CHECK(found[0].offset == 4);
  CHECK(found[1].word == "бiлiм");
  CHECK(found[1].offset == 22);
}

TEST_CASE("find_mixed_script_words ignores clean text, digits and punctuation") {
  CHECK(find_mixed_script_words("Қазақстан мен Түркия").empty());
  CHECK(find_mixed_script_words("Giriş ve Çerçeve, Zürich, café").empty());
  CHECK(find_mixed_script_words("IT-компания, COVID-19, 5G-сеть, ОТС/OTS").empty());
  CHECK(find_mixed_script_words("Введение: 1990–2000 жж.").empty());
  CHECK(find_mixed_script_words("").empty());
}

TEST_CASE("combining marks stay inside a word and count as neither script") {
  const auto found = find_mixed_script_words("xй\xCC\x86z и\xCC\x86");  // x + й + breve + z
  REQUIRE(found.size() == 1);
  CHECK(found[0].word == "xй\xCC\x86z");
  CHECK(found[0].offset == 0);
}

TEST_CASE("ill-formed bytes separate words") {
  const auto found = find_mixed_script_words("ab\xFFвг aб");
  REQUIRE(found.size() == 1);
  CHECK(found[0].word == "aб");
  CHECK(found[0].offset == 8);
}
