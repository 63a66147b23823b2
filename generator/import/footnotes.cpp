#include "import/footnotes.h"

#include <unicode/uchar.h>

#include "import/labels.h"
#include "text/trim.h"
#include "text/unicode.h"

namespace portal::import {

namespace {

/// The number a note line opens with ("1 Türk Konseyi" → 1), or 0.
int note_number(const std::string& line) {
  std::string t = text::trim_blanks(line);
  size_t digits = 0;
  while (digits < t.size() && digits < 3 && t[digits] >= '0' && t[digits] <= '9') digits++;
  if (digits == 0 || digits == 3 || digits >= t.size() || t[digits] != ' ' || digits + 1 >= t.size()) return 0;
  return std::stoi(t.substr(0, digits));
}

/// Where in `line` the mark of note `n` stands: its digits right after a
/// letter or a closing quote, bracket or stop, and not followed by a digit.
/// npos when the line has none.
size_t mark_at(const std::string& line, int n) {
  std::string digits = std::to_string(n);
  for (size_t at = line.find(digits); at != std::string::npos; at = line.find(digits, at + 1)) {
    if (at == 0) continue;
    size_t end = at + digits.size();
    if (end < line.size() && line[end] >= '0' && line[end] <= '9') continue;
    // The character before: decode backwards to its start.
    size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) start--;
    size_t i = start;
    int32_t c = text::decode_utf8(line, i);
    bool after_word = c >= 0 && (u_isalpha(c) || c == ')' || c == '.' || c == ',' || c == 0x201D || c == 0x2019 ||
                                 c == '"' || c == 0xBB);
    if (!after_word) continue;
    // Digits glued to a word that holds digits itself (KADEX-2010, G20) are no mark.
    size_t word = start;
    while (word > 0 && line[word - 1] != ' ') word--;
    bool word_has_digit = false;
    for (size_t k = word; k < at; ++k) word_has_digit |= line[k] >= '0' && line[k] <= '9';
    if (!word_has_digit) return at;
  }
  return std::string::npos;
}

}  // namespace

std::vector<DraftFootnote> take_footnotes(std::vector<SourceLine>& lines, const HyphenEvidence& evidence,
                                          ReviewList& review, int& joined) {
  std::vector<DraftFootnote> notes;
  int next = 1;
  size_t marks_from = 0;  // the next note's mark stands after the previous note
  std::vector<SourceLine> kept;
  kept.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    auto label = match_label(lines[i].text);
    if (label && label->kind == LabelKind::references) {  // numbered entries follow: no notes there
      kept.insert(kept.end(), lines.begin() + static_cast<std::ptrdiff_t>(i), lines.end());
      break;
    }
    if (note_number(lines[i].text) == next) {
      // Its mark: the last one before the note, in the text since the previous note.
      size_t mark_line = std::string::npos, mark_pos = 0;
      for (size_t k = kept.size(); k-- > marks_from;) {
        size_t at = mark_at(kept[k].text, next);
        if (at != std::string::npos) {
          mark_line = k;
          mark_pos = at;
          break;
        }
      }
      if (mark_line != std::string::npos) {
        std::string digits = std::to_string(next);
        SourceLine& marked = kept[mark_line];
        marked.text.replace(mark_pos, digits.size(), "[^" + digits + "]");
        // The note: this line without its number, and the lines up to one that ends a sentence.
        std::vector<SourceLine> note_lines;
        std::string first = text::trim_blanks(lines[i].text);
        note_lines.push_back({text::trim_blanks(first.substr(digits.size())), lines[i].place});
        size_t j = i;
        while (!ends_sentence(note_lines.back().text) && j + 1 < lines.size() && note_lines.size() < 12 &&
               note_number(lines[j + 1].text) == 0) {
          ++j;
          note_lines.push_back({text::trim_blanks(lines[j].text), lines[j].place});
        }
        std::vector<const SourceLine*> ptrs;
        for (const auto& l : note_lines) ptrs.push_back(&l);
        notes.push_back({next, join_lines(ptrs, evidence, review, joined), lines[i].place});
        review.add(ReviewKind::found, lines[i].place,
                   "footnote " + digits + " (its mark at " + describe(marked.place) +
                       ") taken out of the text, given at its end: check where the note ends");
        ++next;
        marks_from = kept.size();
        i = j;
        continue;
      }
    }
    kept.push_back(std::move(lines[i]));
  }
  lines = std::move(kept);
  return notes;
}

}  // namespace portal::import
