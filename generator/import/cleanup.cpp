#include "import/cleanup.h"

#include <map>

#include <unicode/uchar.h>

#include "import/language_guess.h"
#include "text/case_map.h"
#include "text/trim.h"
#include "text/unicode.h"

namespace portal::import {

namespace {

bool all_digits(const std::string& s) {
  if (s.empty() || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

/// The line with digits and spaces taken out: a running head with its page number.
std::string head_key(const std::string& s) {
  std::string k;
  for (char c : s)
    if (!(c >= '0' && c <= '9') && c != ' ' && c != '\t') k += c;
  return k;
}

/// The code point before byte `end` of `s` (s non-empty).
int32_t last_code_point(const std::string& s, size_t end) {
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) start--;
  size_t i = start;
  return text::decode_utf8(s, i);
}

/// The letters at the start of `s`, up to the first non-letter.
std::string leading_word(const std::string& s) {
  size_t i = 0, end = 0;
  while (i < s.size()) {
    int32_t c = text::decode_utf8(s, i);
    if (c < 0 || !u_isalpha(c)) break;
    end = i;
  }
  return s.substr(0, end);
}

/// The letters at the end of `s`, back to the last non-letter.
std::string trailing_word(const std::string& s) {
  size_t end = s.size(), start = end;
  while (start > 0) {
    int32_t c = last_code_point(s, start);
    if (c < 0 || !u_isalpha(c)) break;
    size_t back = start - 1;
    while (back > 0 && (static_cast<unsigned char>(s[back]) & 0xC0) == 0x80) back--;
    start = back;
  }
  return s.substr(start, end - start);
}

std::string lower(const std::string& s) { return text::to_lower(s, ""); }

/// The first four letters (code points) of a word.
std::string stem4(const std::string& s) {
  size_t i = 0;
  for (int n = 0; n < 4 && i < s.size(); ++n) text::decode_utf8(s, i);
  return s.substr(0, i);
}

}  // namespace

std::vector<SourceLine> mark_noise(const std::vector<SourceLine>& lines, std::vector<bool>& drop, ReviewList& review) {
  std::vector<SourceLine> heads;
  std::map<std::string, int> seen;
  for (const auto& l : lines) {
    std::string k = head_key(l.text);
    if (count_letters(k).letters() >= 4 && l.text.size() < 160) seen[k]++;
  }
  // Whether a page number stands next to line i (blank lines aside): where page furniture sits.
  auto next_to_page_number = [&](size_t i) {
    for (int dir : {-1, 1}) {
      for (size_t j = i; dir < 0 ? j > 0 : j + 1 < lines.size();) {
        j = dir < 0 ? j - 1 : j + 1;
        std::string t = text::trim_blanks(lines[j].text);
        if (t.empty()) continue;
        if (all_digits(t)) return true;
        break;
      }
    }
    return false;
  };
  std::set<std::string> reported;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string t = text::trim_blanks(lines[i].text);
    if (all_digits(t)) {
      drop[i] = true;
      continue;
    }
    std::string k = head_key(t);
    auto it = seen.find(k);
    if (it == seen.end() || ends_sentence(t)) continue;
    // Three times or more, or twice beside a page number, and not a sentence: a running head.
    if (it->second >= 3 || (it->second >= 2 && next_to_page_number(i))) {
      if (!drop[i] && reported.insert(k).second) {
        review.add(ReviewKind::stray, lines[i].place,
                   "running head dropped wherever it repeats (" + std::to_string(it->second) + " times): " + t);
        heads.push_back({t, lines[i].place});
      }
      drop[i] = true;
    }
  }
  return heads;
}

HyphenEvidence::HyphenEvidence(const std::vector<SourceLine>& lines) {
  for (const auto& l : lines) {
    const std::string& s = l.text;
    size_t word_start = 0;
    for (size_t i = 0; i < s.size();) {
      size_t at = i;
      int32_t c = text::decode_utf8(s, i);
      bool letter = c >= 0 && u_isalpha(c);
      if (!letter) {
        if (at > word_start) words_.insert(lower(s.substr(word_start, at - word_start)));
        if (c == '-' && at > 0 && i < s.size()) {
          std::string left = trailing_word(s.substr(0, at));
          std::string right = leading_word(s.substr(i));
          if (!left.empty() && !right.empty()) compounds_.insert(lower(left) + "-" + lower(stem4(right)));
        }
        word_start = i;
      }
    }
    if (word_start < s.size()) words_.insert(lower(s.substr(word_start)));
  }
}

bool HyphenEvidence::compound(const std::string& left, const std::string& right) const {
  return compounds_.count(lower(left) + "-" + lower(stem4(right))) != 0;
}

bool HyphenEvidence::word(const std::string& joined) const { return words_.count(lower(joined)) != 0; }

bool ends_sentence(const std::string& line) {
  std::string t = text::trim_blanks(line);
  while (!t.empty()) {
    int32_t c = last_code_point(t, t.size());
    // Closing quotes and brackets: look at what stands before them.
    if (c == '"' || c == ')' || c == 0x00BB || c == 0x201D || c == 0x2019 || c == ']') {
      size_t back = t.size() - 1;
      while (back > 0 && (static_cast<unsigned char>(t[back]) & 0xC0) == 0x80) back--;
      t.resize(back);
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
  }
  return false;
}

std::string join_lines(const std::vector<const SourceLine*>& lines, const HyphenEvidence& evidence,
                       ReviewList& review, int& joined) {
  std::string out;
  for (size_t n = 0; n < lines.size(); ++n) {
    std::string t = text::trim_blanks(lines[n]->text);
    if (t.empty()) continue;
    if (out.empty()) {
      out = t;
      continue;
    }
    joined++;
    // A hyphen (or U+00AD SOFT HYPHEN, U+2010 HYPHEN) after a letter at the line end.
    size_t cut = std::string::npos;
    if (out.back() == '-') cut = out.size() - 1;
    else if (out.size() >= 2 && out.compare(out.size() - 2, 2, "\xC2\xAD") == 0) cut = out.size() - 2;
    else if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xE2\x80\x90") == 0) cut = out.size() - 3;
    std::string left = cut == std::string::npos ? "" : trailing_word(out.substr(0, cut));
    std::string right = leading_word(t);
    if (left.empty() || right.empty()) {
      out += ' ';
      out += t;
      continue;
    }
    bool keep;
    if (evidence.compound(left, right)) keep = true;
    else if (evidence.word(left + right)) keep = false;
    else {
      // No evidence: a word in capitals before the hyphen (ТМҰ-ның) keeps it; others join.
      keep = u_isupper(last_code_point(left, left.size())) && !u_islower(last_code_point(right, right.size()));
      keep = keep || u_isupper(last_code_point(left, left.size()));
      review.add(ReviewKind::hyphen, lines[n - 1]->place,
                 (keep ? "kept «" + left + "-" + right + "»" : "joined «" + left + right + "»") +
                     " (neither form is printed elsewhere)");
    }
    if (!keep) out.erase(cut);
    else if (cut != out.size() - 1) {
      out.resize(cut);
      out.push_back('-');
    }
    out += t;
  }
  return out;
}

}  // namespace portal::import
