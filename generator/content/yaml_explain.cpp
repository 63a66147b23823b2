#include "content/yaml_explain.h"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

namespace portal {

namespace {

/// One quoted text as the line reading saw it: where its quote opens, and the
/// line where it closes (or -1 while still open).
struct QuotedSpan {
  int line = 0;
  int column = 0;
  int end_line = -1;
};

/// What the reading knows about one line with content.
struct ContentLine {
  int line = 0;
  int indent = 0;
  bool dash = false;        ///< starts with "- " (a list entry)
  bool opens_child = false; ///< ends with "key:" or "-": what follows, deeper, is its value
  int item_indent = -1;     ///< for "- key: …", the column of "key"
};

/// The reading of the lines up to the error: quoted texts, tabs, content lines.
class LineReader {
 public:
  LineReader(const std::string& text, const std::vector<size_t>& line_starts)
      : text_(text), line_starts_(line_starts) {}

  std::vector<QuotedSpan> quotes;
  std::vector<ContentLine> lines;
  std::optional<YamlExplanation> tab;

  void read_through(int last_line) {
    for (int i = 0; i <= last_line && static_cast<size_t>(i) < line_starts_.size(); ++i) read_line(i);
  }

 private:
  std::string_view line_text(int i) const {
    size_t start = line_starts_[static_cast<size_t>(i)];
    size_t end = static_cast<size_t>(i) + 1 < line_starts_.size() ? line_starts_[static_cast<size_t>(i) + 1] - 1
                                                                   : text_.size();
    std::string_view s(text_.data() + start, end - start);
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s;
  }

  void read_line(int i) {
    std::string_view s = line_text(i);
    size_t first = s.find_first_not_of(" \t");
    size_t pos = 0;
    if (in_quote_) {
      pos = scan_quote(s, 0, i);
      if (in_quote_) return;
    } else {
      if (first == std::string_view::npos) return;  // a blank line
      int indent = static_cast<int>(s.find_first_not_of(' ') == std::string_view::npos ? s.size()
                                                                                        : s.find_first_not_of(' '));
      if (block_indent_ >= 0) {
        if (indent > block_indent_) return;  // a line of a block text (| or >)
        block_indent_ = -1;
      }
      if (s[first] == '#') return;
      if (flow_depth_ == 0 && s.substr(0, first).find('\t') != std::string_view::npos && !tab) {
        size_t at = s.find('\t');
        tab = YamlExplanation{YAML::Mark(), "tab used for indentation",
                              "indent with spaces only (YAML does not allow tabs there)"};
        tab->mark.line = i;
        tab->mark.column = static_cast<int>(at);
      }
      if (flow_depth_ == 0) {
        ContentLine c;
        c.line = i;
        c.indent = static_cast<int>(first);
        c.dash = s.compare(first, 2, "- ") == 0 || s.substr(first) == "-";
        if (c.dash) {
          size_t item = s.find_first_not_of(' ', first + 1);
          if (item != std::string_view::npos && looks_like_key(s.substr(item))) c.item_indent = static_cast<int>(item);
        }
        lines.push_back(c);
      }
      pos = first;
    }
    scan_rest(s, pos, i);
  }

  /// True when `s` starts with a plain key followed by ": " or a final ":".
  static bool looks_like_key(std::string_view s) {
    if (s.empty() || s[0] == '"' || s[0] == '\'' || s[0] == '[' || s[0] == '{' || s[0] == '#') return false;
    size_t colon = s.find(':');
    while (colon != std::string_view::npos) {
      if (colon + 1 == s.size() || s[colon + 1] == ' ') return true;
      colon = s.find(':', colon + 1);
    }
    return false;
  }

  /// Continues an open quoted text from `pos`; returns where it closed (past it).
  size_t scan_quote(std::string_view s, size_t pos, int line) {
    for (size_t k = pos; k < s.size(); ++k) {
      char c = s[k];
      if (quote_ == '"' && c == '\\') {
        ++k;
      } else if (c == quote_) {
        if (quote_ == '\'' && k + 1 < s.size() && s[k + 1] == '\'') {
          ++k;
          continue;
        }
        in_quote_ = false;
        quotes.back().end_line = line;
        return k + 1;
      }
    }
    return s.size();
  }

  /// Reads the rest of a line outside quotes: quotes that open, flow brackets,
  /// a comment, the indicator of a block text, and whether the line opens a child.
  void scan_rest(std::string_view s, size_t pos, int line) {
    bool value_expected = true;  // at a place where a quote may open a value
    size_t last = std::string_view::npos;  // the last character of content
    for (size_t k = pos; k < s.size(); ++k) {
      char c = s[k];
      if (c == ' ' || c == '\t') continue;
      if (c == '#' && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '\t')) break;
      if ((c == '"' || c == '\'') && value_expected) {
        quote_ = c;
        in_quote_ = true;
        quotes.push_back({line, static_cast<int>(k), -1});
        k = scan_quote(s, k + 1, line);
        if (in_quote_) return;
        last = k - 1;
        --k;
        value_expected = false;
        continue;
      }
      last = k;
      if (c == '[' || c == '{') {
        ++flow_depth_;
        value_expected = true;
      } else if (c == ']' || c == '}') {
        if (flow_depth_ > 0) --flow_depth_;
        value_expected = false;
      } else if (c == ',' && flow_depth_ > 0) {
        value_expected = true;
      } else if ((c == ':' || c == '-' || c == '?') && (k + 1 == s.size() || s[k + 1] == ' ')) {
        value_expected = true;
      } else if ((c == '|' || c == '>') && value_expected && flow_depth_ == 0) {
        size_t after = s.find_first_not_of("+-0123456789", k + 1);
        if (after == std::string_view::npos || s.substr(after).find_first_not_of(' ') == std::string_view::npos ||
            s[s.find_first_not_of(' ', after)] == '#') {
          block_indent_ = lines.empty() ? 0 : lines.back().indent;
          return;
        }
        value_expected = false;
      } else {
        value_expected = false;
      }
    }
    if (flow_depth_ == 0 && !lines.empty() && lines.back().line == line && last != std::string_view::npos &&
        (s[last] == ':' || (s[last] == '-' && last == static_cast<size_t>(lines.back().indent))))
      lines.back().opens_child = true;
  }

  const std::string& text_;
  const std::vector<size_t>& line_starts_;
  bool in_quote_ = false;
  char quote_ = '"';
  int flow_depth_ = 0;
  int block_indent_ = -1;
};

std::string spaces(int n) { return n == 1 ? "1 space" : fmt::format("{} spaces", n); }

/// Replays the indentation levels over the content lines and explains the
/// first of the last two lines whose indentation fits no open level.
std::optional<YamlExplanation> explain_indentation(const std::vector<ContentLine>& lines) {
  if (lines.empty()) return std::nullopt;
  std::vector<int> levels{lines.front().indent};
  size_t report_from = lines.size() >= 2 ? lines.size() - 2 : 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    const ContentLine& c = lines[k];
    const ContentLine* prev = k ? &lines[k - 1] : nullptr;
    std::optional<std::pair<std::string, std::string>> problem;  // message, suggestion
    if (prev && prev->opens_child && c.indent > levels.back()) {
      levels.push_back(c.indent);
    } else {
      int deeper = -1;  // the level just closed, the other one the line may have meant
      while (levels.size() > 1 && levels.back() > c.indent) {
        deeper = levels.back();
        levels.pop_back();
      }
      if (levels.back() != c.indent) {
        if (prev && c.indent > prev->indent)
          problem = {fmt::format("wrong indentation: this line is indented {}, deeper than line {}, whose value is "
                                 "already given there",
                                 spaces(c.indent), prev->line + 1),
                     fmt::format("indent it as the key it belongs beside ({})", spaces(levels.back()))};
        else
          problem = {fmt::format("wrong indentation: this line is indented {}, which lines up with no key above it",
                                 spaces(c.indent)),
                     deeper < 0 ? fmt::format("line it up with the keys above ({})", spaces(levels.back()))
                                : fmt::format("line it up with a key above ({}, or {})", spaces(deeper),
                                              spaces(levels.back()))};
      }
    }
    if (problem && k >= report_from) {
      YamlExplanation e{YAML::Mark(), problem->first, problem->second};
      e.mark.line = c.line;
      e.mark.column = c.indent;
      return e;
    }
    if (problem) levels.back() = c.indent;  // an earlier oddity yaml-cpp accepted: read on from it
    if (c.item_indent >= 0 && levels.back() < c.item_indent) levels.push_back(c.item_indent);
  }
  return std::nullopt;
}

}  // namespace

std::optional<YamlExplanation> explain_yaml_error(const std::string& text, const std::vector<size_t>& line_starts,
                                                  const YAML::Mark& error_at) {
  if (line_starts.empty()) return std::nullopt;
  int last = error_at.line < 0 ? static_cast<int>(line_starts.size()) - 1
                               : std::min(error_at.line, static_cast<int>(line_starts.size()) - 1);
  LineReader reader(text, line_starts);
  reader.read_through(last);

  std::vector<YamlExplanation> found;
  if (reader.tab) found.push_back(*reader.tab);
  // A quote that runs on past its line into the line where yaml-cpp gave up.
  for (const QuotedSpan& q : reader.quotes)
    if (q.end_line != q.line && (q.end_line < 0 || q.end_line >= last)) {
      YamlExplanation e{YAML::Mark(), "quote opened here is never closed on its line (the text runs on and "
                                      "swallows the lines below)",
                        "close it before the line ends"};
      e.mark.line = q.line;
      e.mark.column = q.column;
      found.push_back(e);
      break;
    }
  if (auto indent = explain_indentation(reader.lines)) found.push_back(*indent);
  if (found.empty()) return std::nullopt;
  return *std::min_element(found.begin(), found.end(), [](const YamlExplanation& a, const YamlExplanation& b) {
    return a.mark.line < b.mark.line;
  });
}

}  // namespace portal
