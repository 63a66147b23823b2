#include <catch2/catch.hpp>

#include "text/case_map.h"

using namespace portal::text;

TEST_CASE("Turkish case mapping keeps dotted and dotless i apart") {
  CHECK(to_upper("istanbul ılık", "tr") == "İSTANBUL ILIK");
  CHECK(to_lower("ISPARTA İZMİR", "tr") == "ısparta izmir");
  CHECK(to_title("iç ılık türkiye'nin", "tr") == "İç Ilık Türkiye'nin");
}

TEST_CASE("Kazakh, Russian and English use the default mappings") {
  CHECK(to_upper("istanbul", "kk") == "ISTANBUL");
  CHECK(to_upper("қазақстан мен түркия", "kk") == "ҚАЗАҚСТАН МЕН ТҮРКИЯ");
  CHECK(to_lower("ӘЛЕМ ҒЫЛЫМЫ ІЗДЕНІС ҰЛТ ҮЙ ӨЗЕН ҢҺ", "kk") == "әлем ғылымы ізденіс ұлт үй өзен ңһ");
  CHECK(to_upper("ёлка", "ru") == "ЁЛКА");
  CHECK(to_lower("ИЗМИР", "ru") == "измир");
  CHECK(to_upper("straße", "en") == "STRASSE");
  CHECK(to_lower("ISPARTA", "en") == "isparta");
  // Outside Turkish, İ lowercases to i + combining dot above, as Unicode says.
  CHECK(to_lower("İ", "en") == "i\xCC\x87");
}

TEST_CASE("to_title capitalizes each word and lowercases the rest (names printed in capitals)") {
  CHECK(to_title("МУРАТХАН ЙЫЛМАЗ", "ru") == "Муратхан Йылмаз");
  CHECK(to_title("қазақстан мен түркия", "kk") == "Қазақстан Мен Түркия");
  CHECK(to_title("soft power of NATO", "en") == "Soft Power Of Nato");
}
