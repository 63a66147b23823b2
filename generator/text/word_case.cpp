#include "text/word_case.h"

#include <unicode/uchar.h>

#include "text/unicode.h"

namespace portal::text {

namespace {

bool is_letter(int32_t c) { return c >= 0 && (u_isalpha(c) || u_isdigit(c)); }

}  // namespace

std::vector<TextWord> split_words(std::string_view s) {
  std::vector<TextWord> out;
  bool start = true, after_stop = false;
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    int32_t c = decode_utf8(s, i);
    if (is_letter(c)) {
      size_t end = i;
      while (end < s.size()) {
        size_t next = end;
        if (!is_letter(decode_utf8(s, next))) break;
        end = next;
      }
      out.push_back({at, end, start});
      start = after_stop = false;
      i = end;
      continue;
    }
    if (c == '.' || c == '?' || c == '!' || c == ':') {
      after_stop = true;
    } else if (c == '\n') {
      start = true;
    } else if (c == ' ' || c == '\t') {
      if (after_stop) start = true;
    } else if (c != '"' && c != '\'' && c != U'«' && c != U'“' && c != '(' && c != '*' && c != '_' && c != 0x1F) {
      after_stop = false;
    }
  }
  return out;
}

WordShape word_shape(std::string_view w) {
  size_t i = 0, uppers = 0;
  bool first_upper = false, first = true;
  while (i < w.size()) {
    int32_t c = decode_utf8(w, i);
    bool up = c >= 0 && (u_isupper(c) || u_istitle(c));
    if (first) first_upper = up;
    first = false;
    uppers += up;
  }
  if (uppers == 0) return WordShape::lower;
  return first_upper && uppers == 1 ? WordShape::capitalised : WordShape::other;
}

size_t code_points(std::string_view w) {
  size_t n = 0;
  for (char c : w) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool is_title_case(std::string_view text) {
  size_t capitalised = 0, lower = 0;
  bool first = true;
  for (const TextWord& w : split_words(text)) {
    std::string_view word = text.substr(w.begin, w.end - w.begin);
    size_t i = 0;
    int32_t c = decode_utf8(word, i);
    if (c < 0 || !u_isalpha(c)) continue;  // a number ("1990") is written no way
    if (first || code_points(word) < 4) {
      first = false;
      continue;
    }
    WordShape s = word_shape(word);
    capitalised += s == WordShape::capitalised;
    lower += s == WordShape::lower;
  }
  return capitalised > lower;
}

}  // namespace portal::text
