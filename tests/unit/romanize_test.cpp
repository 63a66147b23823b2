// Romanisation of Kazakh and Russian by ICU's BGN/PCGN transforms.
#include "text/romanize.h"

#include <catch2/catch.hpp>

using namespace portal::text;

TEST_CASE("romanize: Russian by BGN/PCGN, without its optional middle dot") {
  CHECK(romanize("Реализация концепции тюркской интеграции", "ru") == "Realizatsiya kontseptsii tyurkskoy integratsii");
  CHECK(romanize("Вестник международных исследований", "ru") == "Vestnik mezhdunarodnykh issledovaniy");
  CHECK(romanize("Йылмаз", "ru") == "Yylmaz");  // BGN/PCGN writes Y·ylmaz with the dot
  // Kazakh letters in a Russian text (a Kazakh name) take the Kazakh scheme
  CHECK(romanize("Назарбаев Н.Ә.", "ru") == "Nazarbayev N.Ä.");
}

TEST_CASE("romanize: Kazakh by BGN/PCGN 1979, Latin text unchanged") {
  CHECK(romanize("Қазақстан мен Түркияның рөлі", "kk") == "Qazaqstan men Türkīyanyng röli");
  CHECK(romanize("İmgelem, Özel Sayı", "kk") == "İmgelem, Özel Sayı");
  CHECK(has_cyrillic("Ақиқат"));
  CHECK_FALSE(has_cyrillic("Akikat"));
}
