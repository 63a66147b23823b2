#include "import/names.h"

#include <unicode/uchar.h>

#include "text/case_map.h"
#include "text/trim.h"
#include "text/unicode.h"

namespace portal::import {

namespace {

/// Words separated by spaces.
std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) i++;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') i++;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

/// The shape of one word of a name.
enum class WordShape { capitals, capitalised, initial, other };

WordShape shape_of(const std::string& w) {
  int upper = 0, lower = 0, letters = 0;
  bool first_upper = false;
  for (size_t i = 0; i < w.size();) {
    int32_t c = text::decode_utf8(w, i);
    if (c < 0) return WordShape::other;
    if (u_isalpha(c)) {
      if (letters == 0) first_upper = u_isupper(c);
      letters++;
      if (u_isupper(c)) upper++;
      else lower++;
    } else if (c != '-' && c != '\'' && c != 0x2019 && c != '.') {
      return WordShape::other;
    }
  }
  if (letters == 0) return WordShape::other;
  if (letters <= 2 && w.back() == '.' && first_upper) return WordShape::initial;  // "A." or "Zh."
  if (w.find('.') != std::string::npos) return WordShape::other;
  if (lower == 0 && letters >= 2) return WordShape::capitals;
  if (first_upper && upper == 1) return WordShape::capitalised;
  return WordShape::other;
}

/// The word in ordinary case: "KALKAN" → "Kalkan"; other words as printed.
std::string ordinary_case(const std::string& w, const std::string& lang) {
  return shape_of(w) == WordShape::capitals ? text::to_title(text::to_lower(w, lang), lang) : w;
}

/// A Russian or Kazakh patronymic by its ending (Болатовна, Сергеевич, Серікұлы, Асқарқызы).
bool is_patronymic(const std::string& w) {
  std::string l = text::to_lower(w, "ru");
  for (const char* end : {"вич", "вна", "ична", "ұлы", "улы", "қызы", "кызы", "оглы"})
    if (l.size() > std::string(end).size() + 2 && l.compare(l.size() - std::string(end).size(), std::string::npos, end) == 0)
      return true;
  return false;
}

std::string joined(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace

bool is_mixed_case_name(const std::string& line) {
  std::vector<std::string> words = words_of(text::trim_blanks(line));
  if (words.size() < 2 || words.size() > 3) return false;
  int capitals = 0, capitalised = 0;
  for (const auto& w : words) {
    WordShape s = shape_of(w);
    if (s == WordShape::capitals) capitals++;
    else if (s == WordShape::capitalised) capitalised++;
    else return false;
  }
  return capitals == 1 && capitalised >= 1;
}

std::vector<std::string> names_in_running_head(const std::string& head) {
  // Parts are separated by a comma, "&", "and"/"ve"/"и"/"және", or a dash
  // with a space on at least one side (a hyphen inside a name has none).
  std::vector<std::string> parts;
  std::string cur;
  std::vector<std::string> words = words_of(head);
  auto flush = [&] {
    std::string t = text::trim_blanks(cur);
    if (!t.empty()) parts.push_back(t);
    cur.clear();
  };
  for (const std::string& word : words) {
    std::string_view w = word;
    if (w == "&" || w == "and" || w == "ve" || w == "и" || w == "және" || w == "-" || w == "–" || w == "—") {
      flush();
      continue;
    }
    bool split_after = false;
    for (std::string_view dash : {"-", "–", "—", ","}) {
      if (w.size() > dash.size() && w.substr(w.size() - dash.size()) == dash) {
        w.remove_suffix(dash.size());
        split_after = true;
        break;
      }
    }
    for (std::string_view dash : {"-", "–", "—"}) {
      if (!split_after && w.size() > dash.size() && w.substr(0, dash.size()) == dash) {
        flush();
        w.remove_prefix(dash.size());
        break;
      }
    }
    cur += ' ';
    cur += w;
    if (split_after) flush();
  }
  flush();
  if (parts.empty()) return {};
  for (const auto& p : parts) {
    std::vector<std::string> ws = words_of(p);
    bool initials_form = ws.size() >= 2 && ws.size() <= 3;
    int initials = 0;
    for (const auto& w : ws) {
      WordShape s = shape_of(w);
      if (s == WordShape::initial) initials++;
      else if (s != WordShape::capitalised && s != WordShape::capitals) initials_form = false;
    }
    if (!(is_mixed_case_name(p) || (initials_form && initials >= 1 && initials < static_cast<int>(ws.size()))))
      return {};
  }
  return parts;
}

NameParts split_name(const std::string& printed, const std::string& lang) {
  std::vector<std::string> words = words_of(text::trim_blanks(printed));
  NameParts out;
  if (words.empty()) return out;
  std::vector<WordShape> shapes;
  for (const auto& w : words) shapes.push_back(shape_of(w));
  std::vector<std::string> cased;
  for (const auto& w : words) cased.push_back(ordinary_case(w, lang));
  size_t n = words.size();
  // The family name in capitals beside given names that are not.
  int capitals = 0;
  size_t family_at = n;
  for (size_t i = 0; i < n; ++i)
    if (shapes[i] == WordShape::capitals) {
      capitals++;
      family_at = i;
    }
  bool others_capitalised = true;
  for (size_t i = 0; i < n; ++i)
    if (i != family_at && shapes[i] != WordShape::capitalised && shapes[i] != WordShape::initial)
      others_capitalised = false;
  if (capitals == 1 && n >= 2 && others_capitalised) {
    out.order_known = true;
  } else if (shapes.front() == WordShape::initial || shapes.back() == WordShape::initial) {
    // Initials are given names: "А. Б. Серікбаев" or "Серікбаев А. Б.".
    out.order_known = true;
    family_at = shapes.front() == WordShape::initial ? n - 1 : 0;
  } else if (n == 3 && is_patronymic(words[2])) {
    // Family Given Patronymic is how Russian and Kazakh lists print a full name.
    out.order_known = true;
    family_at = 0;
  } else if (n == 3 && is_patronymic(words[1])) {
    family_at = 2;  // Given Patronymic Family
    out.order_known = true;
  } else {
    family_at = n - 1;  // a guess: given name first
  }
  out.family = cased[family_at];
  std::vector<std::string> given;
  for (size_t i = 0; i < n; ++i)
    if (i != family_at) given.push_back(cased[i]);
  out.given = joined(given, 0, given.size());
  out.name = out.given;
  if (!out.name.empty()) out.name += ' ';
  out.name += out.family;
  return out;
}

}  // namespace portal::import
