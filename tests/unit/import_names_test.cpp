#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "import/language_guess.h"
#include "import/names.h"

using namespace portal::import;

TEST_CASE("a given name with the family name in capitals is a name line") {
  CHECK(is_mixed_case_name("Erol KALKAN"));
  CHECK(is_mixed_case_name("Madina BEKTASSOVA"));
  CHECK(is_mixed_case_name("Айгерим Болатовна НУРЛАНОВА"));
  CHECK_FALSE(is_mixed_case_name("МУРАТХАН ЙЫЛМАЗ"));  // all capitals: the other kind of name line
  CHECK_FALSE(is_mixed_case_name("Smart Power"));
  CHECK_FALSE(is_mixed_case_name("ÖZ"));
  CHECK_FALSE(is_mixed_case_name("Kazakistan NATO ile"));  // a lower-case word is no name
  CHECK_FALSE(is_mixed_case_name("Anahtar Kelimeler: AB"));
}

TEST_CASE("the names of a running head made of names") {
  CHECK(names_in_running_head("Erol KALKAN- Madina BEKTASSOVA") ==
        std::vector<std::string>{"Erol KALKAN", "Madina BEKTASSOVA"});
  CHECK(names_in_running_head("Erol KALKAN – Madina BEKTASSOVA") ==
        std::vector<std::string>{"Erol KALKAN", "Madina BEKTASSOVA"});
  CHECK(names_in_running_head("A. Smith, B. Jones") == std::vector<std::string>{"A. Smith", "B. Jones"});
  CHECK(names_in_running_head("Ayşe YILMAZ-DEMİR ve Ali VELİ") ==
        std::vector<std::string>{"Ayşe YILMAZ-DEMİR", "Ali VELİ"});
  // A short title is no list of names.
  CHECK(names_in_running_head("Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç").empty());
  CHECK(names_in_running_head("Journal of Test Studies · Kazakh–Turkish Relations").empty());
  CHECK(names_in_running_head("").empty());
}

TEST_CASE("a printed name split into family and given parts") {
  NameParts kalkan = split_name("Erol KALKAN", "tr");
  CHECK(kalkan.name == "Erol Kalkan");
  CHECK(kalkan.family == "Kalkan");
  CHECK(kalkan.given == "Erol");
  CHECK(kalkan.order_known);

  NameParts capitals_first = split_name("KALKAN Erol", "tr");
  CHECK(capitals_first.family == "Kalkan");
  CHECK(capitals_first.given == "Erol");

  // Turkish case rules: I is ı, İ is i.
  NameParts turkish = split_name("Ali IŞIK", "tr");
  CHECK(turkish.family == "Işık");

  NameParts patronymic = split_name("Нурланова Айгерим Болатовна", "ru");
  CHECK(patronymic.family == "Нурланова");
  CHECK(patronymic.given == "Айгерим Болатовна");
  CHECK(patronymic.name == "Айгерим Болатовна Нурланова");
  CHECK(patronymic.order_known);

  NameParts initials = split_name("А. Б. Серікбаев", "kk");
  CHECK(initials.family == "Серікбаев");
  CHECK(initials.given == "А. Б.");
  CHECK(initials.order_known);
  CHECK(split_name("Серікбаев А. Б.", "kk").family == "Серікбаев");

  // All capitals tell nothing of the order: given first is a guess, said so.
  NameParts guess = split_name("МУРАТХАН ЙЫЛМАЗ", "ru");
  CHECK(guess.name == "Муратхан Йылмаз");
  CHECK(guess.family == "Йылмаз");
  CHECK(guess.given == "Муратхан");
  CHECK_FALSE(guess.order_known);
}

TEST_CASE("a short English title naming Türkiye is English; Turkish function words make Turkish") {
  CHECK(guess_language("Smart Power in the Development of Kazakhstan-Türkiye Relations") == "en");
  CHECK(guess_language("Kazakistan-Türkiye İlişkilerinin Gelişiminde Akıllı Güç") == "tr");
  CHECK(guess_language("Kazakistan ve Turkiye arasinda bir ortaklik") == "tr");  // typed without Turkish letters
  CHECK(guess_language("Relations between Türkiye and Kazakhstan") == "en");
  CHECK(guess_language("Қазақстан мен Түркия") == "kk");
  CHECK(guess_language("Казахстан и Турция") == "ru");
}
