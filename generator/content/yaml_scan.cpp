#include "content/yaml_scan.h"

#include <algorithm>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include "content/text_check.h"
#include "text/table_limits.h"

namespace portal {

namespace {

/// Byte offset of a mark in the text.
size_t offset_of(const YAML::Mark& m, const std::vector<size_t>& line_starts) {
  if (m.line < 0 || static_cast<size_t>(m.line) >= line_starts.size()) return std::string::npos;
  return line_starts[static_cast<size_t>(m.line)] + static_cast<size_t>(m.column);
}

/// Offset of the closing quote of the quoted text that opens at `at`, or npos
/// when it is never closed.
size_t closing_quote(const std::string& text, size_t at) {
  char q = text[at];
  for (size_t i = at + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i;
    }
  }
  return std::string::npos;
}

/// The scan itself: a stack of open collections, the running size of the
/// document as expanded, and the expanded size of every anchored node.
class Scanner : public YAML::EventHandler {
 public:
  Scanner(const std::string& text, const std::vector<size_t>& line_starts, const FirstPlace& where)
      : text_(text), line_starts_(line_starts), where_(where) {}

  std::vector<YamlScanProblem> problems;
  bool stopped = false;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { leaf(anchor, nullptr, {}); }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (stopped) return;
    auto it = anchor_sizes_.find(anchor);
    size_t size = it == anchor_sizes_.end() ? 1 : it->second;
    aliased_ += size;
    if (aliased_ > kMaxAliasedValues) {
      size_t at = offset_of(mark, line_starts_);
      std::string name = "an alias";
      if (at < text_.size() && text_[at] == '*') {
        size_t end = text_.find_first_of(" \t\r\n,]}", at);
        name = fmt::format("alias '{}'", text_.substr(at, end == std::string::npos ? end : end - at));
      }
      problems.push_back({mark, fmt::format("{} expands the document past {} values: aliases may repeat a "
                                            "value, not multiply the document (write the values out instead)",
                                            name, kMaxAliasedValues),
                          {}, true});
      stopped = true;
      return;
    }
    total_ += size;
    // An alias used as a key cannot be compared with the other keys: it is taken as it is.
    child_done(nullptr, {});
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (stopped) return;
    if (tag == "!") check_quoted(mark, value);
    if (tag == "?") check_stray_quote(mark, value);
    leaf(anchor, &value, mark);
  }

  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(anchor, false);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    open(anchor, true);
  }
  void OnMapEnd() override { close(); }

 private:
  /// An open collection: where its expanded size started, and for a mapping
  /// whether the next node is a key, and the keys seen (text → line).
  struct Frame {
    YAML::anchor_t anchor = 0;
    size_t start = 0;
    bool is_map = false;
    bool next_is_key = true;
    std::map<std::string, YAML::Mark> keys;
  };

  void leaf(YAML::anchor_t anchor, const std::string* value, const YAML::Mark& mark) {
    if (stopped) return;
    ++total_;
    if (anchor) anchor_sizes_[anchor] = 1;
    child_done(value, mark);
  }

  void open(YAML::anchor_t anchor, bool is_map) {
    if (stopped) return;
    child_done(nullptr, {});  // a collection used as a key is not compared either
    ++total_;
    Frame f;
    f.anchor = anchor;
    f.start = total_ - 1;
    f.is_map = is_map;
    stack_.push_back(std::move(f));
  }

  void close() {
    if (stopped || stack_.empty()) return;
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    if (f.anchor) anchor_sizes_[f.anchor] = total_ - f.start;
  }

  /// A node of the innermost collection is complete (a collection: has started).
  /// In a mapping, a scalar key is compared with the keys before it.
  void child_done(const std::string* value, const YAML::Mark& mark) {
    if (stack_.empty() || !stack_.back().is_map) return;
    Frame& f = stack_.back();
    if (f.next_is_key && value) {
      auto [it, fresh] = f.keys.emplace(*value, mark);
      if (!fresh)
        problems.push_back({mark, fmt::format("duplicate key '{}' (first defined {}): only one value can be kept",
                                              *value, where_(it->second, mark))});
    }
    f.next_is_key = !f.next_is_key;
  }

  void check_quoted(const YAML::Mark& mark, const std::string& value) {
    size_t at = offset_of(mark, line_starts_);
    if (at >= text_.size() || (text_[at] != '"' && text_[at] != '\'')) return;
    size_t close = closing_quote(text_, at);
    if (close == std::string::npos) {
      problems.push_back({mark, "malformed YAML: a quoted text is never closed (missing closing quote)", {}, true});
      stopped = true;
      return;
    }
    // A forbidden character or an oversized table typed into the file is
    // reported where it stands by the file check; one written with escapes
    // ("\f", "\u2028", "\n" between table rows) only shows in the value.
    std::string_view written = std::string_view(text_).substr(at, close - at);
    if (!find_forbidden_char(written))
      if (auto escaped = find_forbidden_char(value))
        problems.push_back({mark, forbidden_char_message(escaped->code_point) + " (written as an escape)"});
    if (value.find('\n') != std::string::npos && !text::find_oversized_table(written))
      if (auto table = text::find_oversized_table(value))
        problems.push_back({mark, oversized_table_message(table->columns, table->rows) + " (written with escapes)",
                            "split it into narrower or shorter tables"});
  }

  /// A plain text ending in a double quote that none opens: its opening quote
  /// was left out, and the quote would be published as part of the text.
  void check_stray_quote(const YAML::Mark& mark, const std::string& value) {
    if (value.empty() || value.back() != '"') return;
    if (std::count(value.begin(), value.end(), '"') % 2 == 0) return;
    size_t at = offset_of(mark, line_starts_);
    if (at >= text_.size()) return;
    // A plain text has no escapes: its quotes are the file's, the last one is this one.
    size_t quote = at;
    for (size_t seen = 0, wanted = static_cast<size_t>(std::count(value.begin(), value.end(), '"'));
         seen < wanted && quote != std::string::npos; ++seen)
      quote = text_.find('"', seen ? quote + 1 : at);
    if (quote == std::string::npos) return;
    YAML::Mark stray = mark;
    auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), quote) - line_starts_.begin() - 1;
    stray.line = static_cast<int>(line);
    stray.column = static_cast<int>(quote - line_starts_[static_cast<size_t>(line)]);
    problems.push_back({stray, "stray quote: this text ends with a '\"' that no quote opens",
                        "add the opening quote where the text starts, or remove this one"});
  }

  const std::string& text_;
  const std::vector<size_t>& line_starts_;
  const FirstPlace& where_;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, size_t> anchor_sizes_;
  size_t total_ = 0;
  size_t aliased_ = 0;
};

}  // namespace

std::vector<YamlScanProblem> scan_yaml(const std::string& text, const std::vector<size_t>& line_starts,
                                       const FirstPlace& where) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  Scanner scanner(text, line_starts, where);
  parser.HandleNextDocument(scanner);
  return std::move(scanner.problems);
}

}  // namespace portal
