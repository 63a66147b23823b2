#include "import/blocks.h"

#include <algorithm>
#include <optional>
#include <regex>
#include <set>

#include <unicode/uchar.h>

#include "import/labels.h"
#include "import/language_guess.h"
#include "import/names.h"
#include "import/tables.h"
#include "text/case_map.h"
#include "text/slug.h"
#include "text/trim.h"
#include "text/unicode.h"

namespace portal::import {

namespace {

std::string upper(const std::string& s) { return text::to_upper(s, "en"); }

/// Section names that open a heading wherever they stand alone or run in ("Введение. …").
const std::vector<std::string> kHeadingWords = {
    "КІРІСПЕ", "ВВЕДЕНИЕ", "GİRİŞ", "GIRIŞ", "INTRODUCTION", "ҚОРЫТЫНДЫ", "ЗАКЛЮЧЕНИЕ", "SONUÇ", "CONCLUSION",
    "CONCLUSIONS", "ТАЛҚЫЛАУ", "ОБСУЖДЕНИЕ", "TARTIŞMA", "DISCUSSION", "НӘТИЖЕЛЕР", "НӘТИЖЕЛЕРІ", "РЕЗУЛЬТАТЫ",
    "BULGULAR", "RESULTS", "МАТЕРИАЛДАР", "МАТЕРИАЛЫ", "ЗЕРТТЕУ", "YÖNTEM", "METHODS", "METHODOLOGY"};

int word_count(const std::string& s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in) n++;
    in = !space;
  }
  return n;
}

bool starts_upper_or_digit(const std::string& s) {
  size_t i = 0;
  if (s.empty()) return false;
  int32_t c = text::decode_utf8(s, i);
  return c >= 0 && (u_isupper(c) || u_isdigit(c) || c == 0x00AB || c == '"' || c == 0x201C);
}

bool starts_lower(const std::string& s) {
  size_t i = 0;
  if (s.empty()) return false;
  int32_t c = text::decode_utf8(s, i);
  return c >= 0 && u_islower(c);
}

/// A known section name at the start: the heading's length in bytes, else 0.
/// "1. Введение" and "Материалы и методы исследования" count; at most 8 words.
size_t known_heading_prefix(const std::string& t) {
  static const std::regex number(R"(^(\d+(\.\d+)*\.?\s+))");
  std::smatch m;
  size_t skip = std::regex_search(t, m, number) ? static_cast<size_t>(m.length(0)) : 0;
  if (!starts_upper_or_digit(t)) return 0;
  size_t run_in = t.find(". ");
  bool alone = word_count(t) <= 8 && !ends_sentence(t);
  if (!alone && (run_in == std::string::npos || word_count(t.substr(0, run_in)) > 6)) return 0;
  std::string u = upper(t.substr(skip));
  for (const auto& w : kHeadingWords) {
    if (u.compare(0, w.size(), w) != 0) continue;
    size_t after = skip + w.size();
    if (after < t.size() && t.size() == skip + u.size()) {
      unsigned char c = static_cast<unsigned char>(t[after]);
      if (c >= 0x80 || std::isalnum(c)) continue;  // a longer word
    }
    return after;
  }
  return 0;
}

enum class Caption { none, figure, table };

Caption caption_kind(const std::string& t) {
  static const std::regex fig(R"(^(Сурет|Рисунок|Рис\.|График|Диаграмма|Схема|Şekil|Grafik|Harita|Figure|Fig\.)\s*\d+)");
  static const std::regex tab(R"(^(Кесте|Таблица|Tablo|Table)\s*\d+)");
  if (std::regex_search(t, fig)) return Caption::figure;
  if (std::regex_search(t, tab)) return Caption::table;
  return Caption::none;
}

/// Splits keywords on commas and semicolons; drops a final full stop.
std::vector<std::string> split_keywords(std::string s) {
  s = text::trim_blanks(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',')) s.pop_back();
  std::vector<std::string> out;
  std::set<std::string> seen;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find_first_of(",;", start);
    std::string k = text::trim_blanks(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (!k.empty() && seen.insert(k).second) out.push_back(k);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

/// A Markdown paragraph that shows `text` as printed: characters that would
/// start a list, a heading, a quote or emphasis are escaped.
std::string escape_paragraph(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '*' || c == '_' || c == '`' || c == '<' || c == '\\') out += '\\';
    out += c;
  }
  static const std::regex block_start(R"(^(\s*)(#|>|[-+]\s|\d{1,9}[.)](\s|$)|\|))");
  std::smatch m;
  if (std::regex_search(out, m, block_start)) {
    size_t at = static_cast<size_t>(m.length(1));
    size_t digits = at;
    while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) digits++;
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(digits > at ? digits : at), '\\');
  }
  return out;
}

/// A line-shape paragraph splitter: a line that ends a sentence and falls
/// short of the usual line length ends its paragraph.
class ParagraphSplitter {
 public:
  explicit ParagraphSplitter(const std::vector<const SourceLine*>& lines) {
    std::vector<int> lengths;
    for (const auto* l : lines)
      if (l->text.size() > 20) lengths.push_back(text::utf8_columns(text::trim_blanks(l->text)));
    std::sort(lengths.begin(), lengths.end());
    // The usual full line: the upper quartile of the lengths.
    typical_ = lengths.empty() ? 80 : lengths[lengths.size() * 3 / 4];
  }
  bool ends_paragraph(const std::string& line) const {
    return ends_sentence(line) && text::utf8_columns(text::trim_blanks(line)) < typical_ * 85 / 100;
  }
  bool short_line(const std::string& line) const { return text::utf8_columns(text::trim_blanks(line)) < typical_ * 70 / 100; }

 private:
  int typical_ = 80;
};

/// A name line: two or three words in capitals, initials and a family name in
/// capitals, or given names with the family name in capitals (`Erol KALKAN`).
bool is_name_line(const std::string& t) {
  static const std::regex initials(R"(^([A-ZА-ЯӘҒҚҢӨҰҮҺІ]\.\s?){1,2}\s*\S+$)");
  if (is_mixed_case_name(t)) return true;
  int words = word_count(t);
  if (std::regex_match(t, initials) && is_upper_case_line(t)) return true;
  if (words < 2 || words > 3 || !is_upper_case_line(t)) return false;
  for (char c : t)
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == ':' || c == '.') return false;
  return true;
}

}  // namespace

Blocks detect_blocks(const std::vector<SourceLine*>& lines, const std::map<int, std::vector<std::string>>& layout_pages,
                     const HyphenEvidence& evidence, ReviewList& review, int& joined) {
  Blocks b;
  ParagraphSplitter splitter({lines.begin(), lines.end()});
  size_t n = lines.size();
  auto text_at = [&](size_t i) { return text::trim_blanks(lines[i]->text); };
  auto is_label = [&](size_t i) { return i < n && match_label(lines[i]->text).has_value(); };
  auto next_is_abstract_label = [&](size_t i) {
    auto l = i + 1 < n ? match_label(lines[i + 1]->text) : std::nullopt;
    return l && l->kind == LabelKind::abstract;
  };

  // Paragraph text of lines [from, to) joined, split at paragraph ends, as Markdown paragraphs.
  auto paragraphs = [&](size_t from, size_t to) {
    std::vector<std::pair<std::string, SourcePlace>> out;
    std::vector<const SourceLine*> cur;
    for (size_t i = from; i < to; ++i) {
      cur.push_back(lines[i]);
      if (splitter.ends_paragraph(lines[i]->text) || i + 1 == to) {
        out.push_back({join_lines(cur, evidence, review, joined), cur.front()->place});
        cur.clear();
      }
    }
    return out;
  };
  auto join_block = [&](size_t from, size_t to, const std::string& first) {
    std::string all;
    auto paras = paragraphs(from, to);
    if (!first.empty()) {
      if (paras.empty()) paras.push_back({first, lines[from - 1]->place});
      else {
        std::vector<SourceLine> two{{first, {}}, {paras.front().first, {}}};
        std::vector<const SourceLine*> ptrs{&two[0], &two[1]};
        paras.front().first = join_lines(ptrs, evidence, review, joined);
      }
    }
    for (const auto& [p, place] : paras) {
      if (!all.empty()) all += "\n\n";
      all += escape_paragraph(p);
    }
    return all;
  };

  // Lines waiting to be placed: before the first heading they may be an
  // unlabelled abstract (a keywords block follows) or the start of the text.
  size_t pending_from = 0;
  bool pending = false;
  bool in_body = false, after_references = false;
  std::string last_title_lang;
  auto flush_pending_to_body = [&](size_t to) {
    if (!pending) return;
    pending = false;
    if (after_references) {
      for (size_t k = pending_from; k < to; ++k)
        review.add(ReviewKind::stray, lines[k]->place, "line after the references not placed: " + text_at(k));
      return;
    }
    for (auto& [p, place] : paragraphs(pending_from, to)) b.body.push_back({escape_paragraph(p), place, true});
  };
  auto take_pending_as_abstract = [&](size_t to, const std::string& lang_hint) -> bool {
    if (!pending) return false;
    std::string text;
    for (size_t k = pending_from; k < to; ++k) text += text_at(k) + " ";
    std::string lang = guess_language(text);
    if (lang.empty() || b.abstract.count(lang) || (!lang_hint.empty() && lang != lang_hint) || text.size() < 200)
      return false;
    b.abstract[lang] = join_block(pending_from, to, "");
    b.abstract_order.push_back(lang);
    review.add(ReviewKind::found, lines[pending_from]->place,
               "abstract (" + lang + ") taken from the paragraph before its keywords: it has no label");
    pending = false;
    return true;
  };

  for (size_t i = 0; i < n; ++i) {
    std::string t = text_at(i);
    if (t.empty()) continue;
    std::optional<Label> label = match_label(t);
    if (label && label->kind == LabelKind::extended_abstract) {
      flush_pending_to_body(i);
      size_t j = i + 1;
      while (j < n && !is_label(j)) j++;
      std::string text = join_block(i + 1, j, label->rest);
      std::string lang = guess_language(text);
      if (!lang.empty() && !b.extended_abstract.count(lang)) b.extended_abstract[lang] = text;
      i = j - 1;
      continue;
    }
    if (label && label->kind == LabelKind::abstract) {
      // The unlabelled paragraph before it may be an abstract of its own (another language).
      if (!take_pending_as_abstract(i, "")) {
        if (in_body) flush_pending_to_body(i);
        else if (pending) flush_pending_to_body(i);
      }
      pending = false;
      size_t j = i + 1;
      std::string block_script = guess_language(label->rest);
      while (j < n && !is_label(j) && known_heading_prefix(text_at(j)) == 0) {
        // A line before the next abstract label that does not end a sentence is that abstract's title.
        if (next_is_abstract_label(j) && !ends_sentence(text_at(j)) && j > i + 1) break;
        if (is_upper_case_line(text_at(j)) && word_count(text_at(j)) >= 3) break;
        j++;
      }
      std::string text = join_block(i + 1, j, label->rest);
      std::string lang = label->lang.empty() ? guess_language(text) : label->lang;
      if (lang.empty()) {
        review.add(ReviewKind::missing, lines[i]->place, "abstract label with no text after it");
      } else if (b.abstract.count(lang)) {
        review.add(ReviewKind::stray, lines[i]->place, "a second abstract in " + lang + " kept out of the draft");
      } else {
        b.abstract[lang] = text;
        b.abstract_order.push_back(lang);
      }
      i = j - 1;
      continue;
    }
    if (label && label->kind == LabelKind::keywords) {
      std::string lang = label->lang.empty() ? guess_language(label->rest) : label->lang;
      if (take_pending_as_abstract(i, lang)) {
      } else if (pending) {
        flush_pending_to_body(i);
      }
      std::string text = label->rest;
      size_t j = i + 1;
      while (j < n && !is_label(j) && known_heading_prefix(text_at(j)) == 0) {
        std::string tt = text::trim_blanks(text);
        bool open = !tt.empty() && (tt.back() == ',' || tt.back() == ';' || tt.back() == '-');
        if (!open && !starts_lower(text_at(j))) break;
        text += ' ';
        text += text_at(j);
        j++;
      }
      if (lang.empty()) lang = guess_language(text);
      if (b.keywords.count(lang))
        review.add(ReviewKind::stray, lines[i]->place, "a second keyword block in " + lang + " kept out of the draft");
      else
        b.keywords[lang] = split_keywords(text);
      i = j - 1;
      continue;
    }
    if (label && label->kind == LabelKind::references) {
      flush_pending_to_body(i);
      size_t j = i + 1;
      while (j < n && !is_label(j)) {
        std::string tt = text_at(j);
        // The list ends at a name or a title in capitals that is not an entry.
        static const std::regex numbered(R"(^\s*\[?\d{1,3}[\].)]\s+)");
        if (is_upper_case_line(tt) && !std::regex_search(tt, numbered) && tt.find("**") == std::string::npos &&
            (is_name_line(tt) || word_count(tt) >= 3))
          break;
        // … or at a heading: a short line without digits or commas after a finished entry.
        bool digits = std::any_of(tt.begin(), tt.end(), [](char c) { return c >= '0' && c <= '9'; });
        bool finished = !b.reference_lines.empty() && (ends_sentence(b.reference_lines.back()->text) ||
                                                       b.reference_lines.back()->text.back() == ')');
        // A web address alone after a finished entry repeats one of the entries' (a PDF link): not an entry.
        if (finished && word_count(tt) == 1 && tt.rfind("http", 0) == 0) {
          review.add(ReviewKind::stray, lines[j]->place, "web address alone under the references, left out: " + tt);
          j++;
          continue;
        }
        if (word_count(tt) <= 8 && !digits && tt.find_first_of(",():") == std::string::npos && !ends_sentence(tt) &&
            tt.find("http") == std::string::npos &&
            starts_upper_or_digit(tt) && !b.reference_lines.empty() && ends_sentence(b.reference_lines.back()->text))
          break;
        b.reference_lines.push_back(lines[j]);
        j++;
      }
      bool heading_follows = j < n && !is_label(j) && !is_upper_case_line(text_at(j));
      after_references = !heading_follows;
      in_body = heading_follows;
      if (heading_follows) {
        b.body.push_back({"## " + text_at(j) + " {#" + text::slugify(text_at(j)) + "}", lines[j]->place, false});
        review.add(ReviewKind::heading, lines[j]->place, "section after the references: " + text_at(j));
        j++;
      }
      i = j - 1;
      continue;
    }
    // Titles: a run of lines in capitals (three words or more) before the text,
    // after the references or before an abstract label; or the line before an abstract label.
    size_t title_end = i;
    while (title_end < n && !is_label(title_end) && is_upper_case_line(text_at(title_end)) &&
           (title_end > i || !is_name_line(text_at(title_end))) && known_heading_prefix(text_at(title_end)) == 0)
      title_end++;
    bool caps_title = title_end > i && word_count(t) >= 3;
    bool before_label = title_end < n && is_label(title_end) && match_label(text_at(title_end))->kind == LabelKind::abstract;
    if ((caps_title && (!in_body || after_references || before_label)) ||
        (next_is_abstract_label(i) && !ends_sentence(t) && t.size() < 300)) {
      if (pending && !take_pending_as_abstract(i, "")) flush_pending_to_body(i);
      pending = false;
      size_t j = caps_title ? title_end : i + 1;
      std::string title;
      for (size_t k = i; k < j; ++k) {
        if (!title.empty()) title += ' ';
        title += text_at(k);
      }
      std::string lang = guess_language(title);
      if (!b.title.count(lang)) {
        b.title[lang] = title;
        review.add(ReviewKind::found, lines[i]->place, "title (" + lang + ") as printed: " + title);
      }
      i = j - 1;
      continue;
    }
    if (!in_body && is_name_line(t)) {
      if (pending) flush_pending_to_body(i);
      AuthorLines a;
      a.name = lines[i];
      size_t j = i + 1;
      // The affiliation: the lines under the name, up to a title, a label or the e-mail line (already consumed).
      while (j < n && j < i + 5 && !is_label(j) && !is_upper_case_line(text_at(j)) && !is_name_line(text_at(j)) &&
             !ends_sentence(text_at(j)) && text::utf8_columns(text_at(j)) < 200) {
        a.affiliation.push_back(lines[j]);
        j++;
      }
      if (after_references)
        review.add(ReviewKind::found, lines[i]->place, "author line after the references, not in the draft: " + t);
      else
        b.authors.push_back(a);
      i = j - 1;
      continue;
    }
    // Headings: a known section name alone or run in, or (in the text) a short
    // line standing alone between paragraphs.
    bool alone = i == 0 || splitter.ends_paragraph(text_at(i - 1)) || match_label(text_at(i - 1)) ||
                 !in_body;
    size_t known = known_heading_prefix(t);
    if (known && alone && !after_references) {
      flush_pending_to_body(i);
      in_body = true;
      std::string heading = t, rest;
      size_t dot = t.find(". ", known > 0 ? known - 1 : 0);
      if (dot != std::string::npos && dot <= known + 60 && word_count(t.substr(0, dot)) <= 6) {
        heading = t.substr(0, dot);
        rest = text::trim_blanks(t.substr(dot + 1));
      }
      while (!heading.empty() && (heading.back() == '.' || heading.back() == ':')) heading.pop_back();
      b.body.push_back({"## " + heading + " {#" + text::slugify(heading) + "}", lines[i]->place, false});
      if (!rest.empty()) {
        pending = true;
        pending_from = i;
        // The rest of the line opens the first paragraph: keep the line but without the heading.
        lines[i]->text = rest;
      }
      continue;
    }
    if (in_body && alone && i + 1 < n && !ends_sentence(t) && splitter.short_line(t) && word_count(t) <= 12 &&
        starts_upper_or_digit(t) && starts_upper_or_digit(text_at(i + 1)) && caption_kind(t) == Caption::none &&
        t.back() != ',' && t.back() != ';' && t.back() != ':' && t.back() != '-' && t.find("http") == std::string::npos) {
      flush_pending_to_body(i);
      b.body.push_back({"### " + t + " {#" + text::slugify(t) + "}", lines[i]->place, false});
      review.add(ReviewKind::heading, lines[i]->place, "taken for a heading by its shape: " + t);
      continue;
    }
    Caption cap = caption_kind(t);
    if (in_body && cap != Caption::none) {
      flush_pending_to_body(i);
      std::string caption = t;
      size_t j = i + 1;
      while (j < n && !ends_sentence(caption) && !splitter.short_line(caption) && caption.size() < 300 &&
             starts_lower(text_at(j))) {
        caption += ' ';
        caption += text_at(j);
        j++;
      }
      if (cap == Caption::figure) {
        b.body.push_back({"![" + escape_paragraph(caption) + "](figure:missing)", lines[i]->place, false});
        review.add(ReviewKind::figure, lines[i]->place, "figure placeholder (the image is not in the text): " + caption);
      } else {
        b.body.push_back({escape_paragraph(caption), lines[i]->place, false});
        // The table's rows: the short lines under the caption, split into cells
        // by the page's layout (PDF) or by runs of spaces (text).
        std::vector<std::string> following;
        for (size_t k = j; k < n && splitter.short_line(text_at(k)) && !is_label(k) &&
                           known_heading_prefix(text_at(k)) == 0 && caption_kind(text_at(k)) == Caption::none;
             ++k)
          following.push_back(lines[k]->text);
        auto layout = layout_pages.find(lines[i]->place.page);
        TableRows table = read_table(caption, following, layout == layout_pages.end() ? nullptr : &layout->second);
        j += table.lines_used;
        if (!table.rows.empty()) {
          size_t columns = table.rows.front().size();
          b.body.push_back({markdown_table(table.rows), lines[i]->place, false});
          if (columns >= 2)
            review.add(ReviewKind::figure, lines[i]->place,
                       "draft table of " + std::to_string(table.rows.size()) + " rows and " + std::to_string(columns) +
                           " columns, cells " + (table.from_layout ? "from the page's layout" : "apart by spaces") +
                           ": check them against the PDF");
          else
            review.add(ReviewKind::figure, lines[i]->place,
                       "draft table of " + std::to_string(table.rows.size()) +
                           " rows, one cell each (the text does not show the columns): split the cells by hand");
        } else {
          review.add(ReviewKind::figure, lines[i]->place, "table caption without rows in the text: " + caption);
        }
      }
      i = j - 1;
      continue;
    }
    // A web address alone inside a paragraph: often a link the PDF printed twice.
    if (in_body && word_count(t) == 1 && t.rfind("http", 0) == 0)
      review.add(ReviewKind::stray, lines[i]->place, "web address alone in mid-paragraph, kept in the text: " + t);
    // An ordinary line: part of the pending run (before the text or within it).
    if (!pending) {
      pending = true;
      pending_from = i;
    }
    // Inside the text, a paragraph end closes the run.
    if (in_body && splitter.ends_paragraph(t)) flush_pending_to_body(i + 1);
  }
  flush_pending_to_body(n);
  return b;
}

}  // namespace portal::import
