#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "text/collate.h"

using namespace portal::text;

namespace {

std::vector<std::string> sorted(std::vector<std::string> v, const Collator& c) {
  std::mt19937 rng(42);
  std::shuffle(v.begin(), v.end(), rng);
  std::sort(v.begin(), v.end(), [&](const auto& a, const auto& b) { return c.compare(a, b) < 0; });
  return v;
}

std::vector<std::string> sorted_by_key(std::vector<std::string> v, const Collator& c) {
  std::vector<std::pair<std::string, std::string>> keyed;
  for (auto& s : v) keyed.emplace_back(c.sort_key(s), s);
  std::sort(keyed.begin(), keyed.end());
  for (size_t i = 0; i < v.size(); ++i) v[i] = keyed[i].second;
  return v;
}

const std::vector<std::string> kKazakhAlphabet = {
    "А", "Ә", "Б", "В", "Г", "Ғ", "Д", "Е", "Ё", "Ж", "З", "И", "Й", "К", "Қ", "Л", "М", "Н", "Ң", "О", "Ө",
    "П", "Р", "С", "Т", "У", "Ұ", "Ү", "Ф", "Х", "Һ", "Ц", "Ч", "Ш", "Щ", "Ъ", "Ы", "І", "Ь", "Э", "Ю", "Я"};

}  // namespace

TEST_CASE("Kazakh collation follows the Kazakh alphabet") {
  const Collator kk("kk");
  CHECK(sorted(kKazakhAlphabet, kk) == kKazakhAlphabet);
  CHECK(sorted_by_key(kKazakhAlphabet, kk) == kKazakhAlphabet);
  // The Unicode root order differs: it puts І after И and Ү before Ұ.
  const Collator root("en");
  CHECK(root.compare("І", "Й") < 0);
  CHECK(kk.compare("Ы", "І") < 0);
  CHECK(kk.compare("Ұ", "Ү") < 0);
  const std::vector<std::string> words = {"Абай", "Әуезов", "Ғабит", "Гүлнар", "Қасым", "Кенесары",
                                          "Ыбырай", "Іле", "Ұлытау", "Үржар", "Уәлиханов", "Һижра"};
  CHECK(sorted(words, kk) == std::vector<std::string>{"Абай", "Әуезов", "Гүлнар", "Ғабит", "Кенесары",
                                                      "Қасым", "Уәлиханов", "Ұлытау", "Үржар", "Һижра",
                                                      "Ыбырай", "Іле"});
}

TEST_CASE("Turkish collation follows the Turkish alphabet") {
  const Collator tr("tr");
  const std::vector<std::string> letters = {"C", "Ç", "D", "G", "Ğ", "H", "I", "İ", "J",
                                            "O", "Ö", "P", "S", "Ş", "T", "U", "Ü", "V"};
  CHECK(sorted(letters, tr) == letters);
  CHECK(tr.compare("ı", "i") < 0);
  CHECK(sorted({"ülke", "uzay", "ırmak", "iklim", "çay", "cadde", "şehir", "sınır", "öz", "ordu"}, tr) ==
        std::vector<std::string>{"cadde", "çay", "ırmak", "iklim", "ordu", "öz", "sınır", "şehir", "uzay",
                                 "ülke"});
}

TEST_CASE("Russian collation sorts Ё with Е") {
  const Collator ru("ru");
  CHECK(sorted({"ель", "ёлка", "елка", "ёж", "еж", "жук", "дом"}, ru) ==
        std::vector<std::string>{"дом", "еж", "ёж", "елка", "ёлка", "ель", "жук"});
}

TEST_CASE("English collation ignores case at the first level") {
  const Collator en("en");
  CHECK(sorted({"cherry", "Banana", "apple", "Apple", "éclair", "eel"}, en) ==
        std::vector<std::string>{"apple", "Apple", "Banana", "cherry", "éclair", "eel"});
  CHECK(en.compare("a", "a") == 0);
  CHECK(en.compare("a", "b") < 0);
  CHECK(en.compare("b", "a") > 0);
}

TEST_CASE("sort keys order like compare") {
  const Collator kk("kk");
  const std::vector<std::string> words = {"Іле", "Ыбырай", "", "Абай", "абай", "Абай Құнанбайұлы",
                                          std::string(300, 'x')};
  for (const auto& a : words)
    for (const auto& b : words) {
      const int c = kk.compare(a, b);
      const std::string ka = kk.sort_key(a), kb = kk.sort_key(b);
      CHECK((c < 0) == (ka < kb));
      CHECK((c == 0) == (ka == kb));
    }
}

TEST_CASE("one Collator can be shared by many threads") {
  const Collator kk("kk");
  const auto expected = sorted(kKazakhAlphabet, kk);
  std::vector<int> failures(8, 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < failures.size(); ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        if (sorted(kKazakhAlphabet, kk) != expected) ++failures[t];
        if (sorted_by_key(kKazakhAlphabet, kk) != expected) ++failures[t];
      }
    });
  for (auto& th : threads) th.join();
  for (int f : failures) CHECK(f == 0);
}
