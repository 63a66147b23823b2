#include <catch2/catch.hpp>

#include "text/unicode.h"

using namespace portal::text;

TEST_CASE("is_valid_utf8 accepts well-formed text in all four languages") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("Қазақстан мен Түркия"));
  CHECK(is_valid_utf8("Введение"));
  CHECK(is_valid_utf8("Giriş ve Çerçeve"));
  CHECK(is_valid_utf8("plain ASCII"));
  CHECK(is_valid_utf8("\xF0\x9F\x98\x80 emoji"));
}

TEST_CASE("is_valid_utf8 reports where the first ill-formed sequence starts") {
  size_t bad = 99;
  CHECK_FALSE(is_valid_utf8("ab\xFF", &bad));
  CHECK(bad == 2);
  CHECK_FALSE(is_valid_utf8("Қ\xD0", &bad));  // truncated sequence at the end
  CHECK(bad == 2);
  CHECK_FALSE(is_valid_utf8("x\xC0\xAF", &bad));  // overlong "/"
  CHECK(bad == 1);
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80", &bad));  // UTF-16 surrogate
  CHECK(bad == 0);
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80", &bad));  // above U+10FFFF
  CHECK(bad == 0);
  CHECK_FALSE(is_valid_utf8("a\x80"));  // stray continuation byte, no offset wanted
}

TEST_CASE("decode_utf8 steps over code points") {
  const std::string_view s = "aҚ€\xF0\x9F\x98\x80";
  size_t i = 0;
  CHECK(decode_utf8(s, i) == 'a');
  CHECK(decode_utf8(s, i) == 0x049A);
  CHECK(decode_utf8(s, i) == 0x20AC);
  CHECK(decode_utf8(s, i) == 0x1F600);
  CHECK(i == s.size());
}

TEST_CASE("to_nfc composes and leaves NFC text unchanged") {
  CHECK(to_nfc("e\xCC\x81") == "é");
  CHECK(to_nfc("И\xCC\x86") == "Й");  // И + combining breve
  CHECK(to_nfc("Ә\xCC\x88") == "Ӛ");   // Ә + combining diaeresis
  CHECK(to_nfc("I\xCC\x87stanbul") == "İstanbul");
  CHECK(to_nfc("Қазақстан") == "Қазақстан");
  CHECK(to_nfc("ascii only") == "ascii only");
  CHECK(to_nfc("") == "");
}

TEST_CASE("utf8_columns counts code points, not bytes") {
  CHECK(utf8_columns("") == 0);
  CHECK(utf8_columns("abc") == 3);
  CHECK(utf8_columns("Қазақ") == 5);
  CHECK(utf8_columns("Çerçeve: ") == 9);
  CHECK(utf8_columns("a\xFF" "b") == 3);
}
