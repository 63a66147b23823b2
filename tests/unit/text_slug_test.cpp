#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "text/slug.h"

using namespace portal::text;

TEST_CASE("slugify romanizes Kazakh with the BGN system") {
  CHECK(slugify("Қазақстан мен Түркия") == "qazaqstan-men-turkiya");
  CHECK(slugify("Әл-Фараби атындағы Қазақ ұлттық университеті") ==
        "al-farabi-atyndaghy-qazaq-ulttyq-universiteti");
  CHECK(slugify("Ғылыми-зерттеу әдістері (1990–2000)") == "ghylymi-zertteu-adisteri-1990-2000");
  CHECK(slugify("Кіріспе") == "kirispe");
  CHECK(slugify("Өзара іс-қимыл және Һ") == "ozara-is-qimyl-zhane-h");
}

TEST_CASE("slugify handles Russian, Turkish and English") {
  CHECK(slugify("Введение") == "vvedenie");
  CHECK(slugify("Объём, съезд и щука") == "obem-sezd-i-shchuka");
  CHECK(slugify("Giriş ve Çerçeve") == "giris-ve-cerceve");
  CHECK(slugify("Sovyetler Birliği'nin Dağılması") == "sovyetler-birliginin-dagilmasi");
  CHECK(slugify("İstanbul ve Iğdır") == "istanbul-ve-igdir");
  CHECK(slugify("Kazakhstan's \"Soft Power\": 2.0") == "kazakhstans-soft-power-2-0");
  CHECK(slugify("Ärger über Größe") == "arger-uber-grosse");
}

TEST_CASE("slugify trims separators and never returns an empty slug") {
  CHECK(slugify("  -- Conclusion --  ") == "conclusion");
  CHECK(slugify("") == "section");
  CHECK(slugify(" — ") == "section");
}

TEST_CASE("slugify gives the same results from many threads") {
  const std::vector<std::string> inputs = {"Қазақстан мен Түркия", "Введение", "Giriş ve Çerçeve",
                                           "Results and Discussion"};
  std::vector<std::string> expected;
  for (const auto& s : inputs) expected.push_back(slugify(s));
  std::vector<int> failures(8, 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < failures.size(); ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round)
        for (size_t i = 0; i < inputs.size(); ++i)
          if (slugify(inputs[i]) != expected[i]) ++failures[t];
    });
  for (auto& th : threads) th.join();
  for (int f : failures) CHECK(f == 0);
}
