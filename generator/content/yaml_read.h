#pragma once
/// Reading YAML with positions: parses text with yaml-cpp, turns its marks into
/// `file:line:col` positions (1-based, columns counted in characters), and
/// offers schema helpers that report a wrong type or a missing field instead of
/// throwing. Used for site.yaml, topics.yaml, timeline.yaml and front matter.

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "content/diagnostics.h"
#include "content/model.h"

namespace portal {

/// A parsed YAML text and the means to place its nodes in the file.
class YamlDoc {
 public:
  /// `first_line` is the file line where `text` starts (2 for front matter).
  YamlDoc(std::string path, std::string text, int first_line = 1);

  /// Parses; on a syntax error reports it and returns false.
  bool parse(Diagnostics& diag);

  const YAML::Node& root() const { return root_; }
  const std::string& path() const { return path_; }
  SourcePos pos(const YAML::Mark& mark) const;
  SourcePos pos(const YAML::Node& node) const { return pos(node.Mark()); }
  /// The text of the line at `mark`, from the mark on (empty when unknown).
  std::string_view line_from(const YAML::Mark& mark) const;

 private:
  std::string path_;
  std::string text_;
  int first_line_;
  std::vector<size_t> line_starts_;
  YAML::Node root_;
};

/// Schema helpers over one document. Each reports what is wrong and returns
/// an empty result, so loading goes on and every problem of a run is found.
class YamlReader {
 public:
  YamlReader(const YamlDoc& doc, Diagnostics& diag, const std::vector<Lang>* languages)
      : doc_(doc), diag_(diag), languages_(languages) {}

  /// Reports keys of `map` that are not in `known` (a typo would otherwise be silently ignored).
  void check_keys(const YAML::Node& map, std::initializer_list<std::string_view> known, std::string_view what);

  bool is_map(const YAML::Node& n, std::string_view what);
  bool is_list(const YAML::Node& n, std::string_view what);

  /// A scalar as a string; reports a missing required one or a wrong type.
  std::optional<std::string> string(const YAML::Node& map, const char* key, bool required);
  std::optional<std::string> scalar(const YAML::Node& n, std::string_view what);
  std::optional<Date> date(const YAML::Node& map, const char* key, bool required);
  /// An id: ASCII kebab-case (a-z, 0-9, single hyphens).
  std::optional<std::string> id(const YAML::Node& map, const char* key);
  Localized<std::string> localized_string(const YAML::Node& map, const char* key, bool required);
  Localized<std::vector<std::string>> localized_list(const YAML::Node& map, const char* key);
  std::vector<std::string> string_list(const YAML::Node& map, const char* key);
  std::vector<TopicRef> topic_list(const YAML::Node& map, const char* key);

  SourcePos pos(const YAML::Node& n) const { return doc_.pos(n); }
  Diagnostics& diag() { return diag_; }

 private:
  bool known_language(const YAML::Node& key_node);

  const YamlDoc& doc_;
  Diagnostics& diag_;
  const std::vector<Lang>* languages_;
};

/// Where a first occurrence is, for "… (first at line 3)": with the column when
/// `later` is on the same line.
std::string first_place(const SourcePos& first, const SourcePos& later);

/// True when `s` is ASCII kebab-case: [a-z0-9]+(-[a-z0-9]+)*.
bool is_kebab_id(std::string_view s);

/// Reads a whole regular file; nullopt when it is missing, not a regular file
/// (a folder, a FIFO) or unreadable, with the reason in `why` if given.
std::optional<std::string> read_file(const std::string& path, std::string* why = nullptr);

/// Checks UTF-8 and normalizes to NFC; reports invalid bytes with their line and column.
bool check_text(std::string& text, const std::string& rel_path, Diagnostics& diag);

}  // namespace portal
