#include "content/yaml_read.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <future>
#include <system_error>
#include <sstream>

#include <fmt/format.h>

#include "content/yaml_explain.h"
#include "content/yaml_scan.h"
#include "text/unicode.h"

namespace portal {

namespace {

std::string node_kind(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Map: return "a mapping";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Scalar: return "a text";
    default: return "nothing";
  }
}

}  // namespace

YamlDoc::YamlDoc(std::string path, std::string text, int first_line)
    : path_(std::move(path)), text_(std::move(text)), first_line_(first_line) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

bool YamlDoc::parse(Diagnostics& diag) {
  // The event scan bounds aliases before anything walks the tree. Building
  // the tree walks nothing (an alias shares its anchor's node), so a large
  // text is built on a second thread while it is scanned: the two parses of
  // one long front matter (thousands of references) would otherwise be the
  // longest step of a build. yaml-cpp cannot build its tree from our scan's
  // events (its node builder is not public), hence the second parse.
  constexpr size_t kConcurrentFrom = 64 * 1024;
  std::future<YAML::Node> tree;
  if (text_.size() >= kConcurrentFrom) {
    try {
      tree = std::async(std::launch::async, [this] { return YAML::Load(text_); });
    } catch (const std::system_error&) {
      // No thread to be had: the tree is built after the scan, as for a short text.
    }
  }
  try {
    bool usable = true;
    auto where = [this](const YAML::Mark& first, const YAML::Mark& later) {
      return first_place(pos(first), pos(later));
    };
    for (const auto& problem : scan_yaml(text_, line_starts_, where)) {
      diag.error(pos(problem.mark), problem.message, problem.suggestion);
      if (problem.fatal) usable = false;
    }
    if (!usable) return false;  // the future's destructor waits for the tree, which is dropped
    root_ = tree.valid() ? tree.get() : YAML::Load(text_);
  } catch (const YAML::Exception& e) {
    if (auto plain = explain_yaml_error(text_, line_starts_, e.mark))
      diag.error(pos(plain->mark), fmt::format("malformed YAML: {}", plain->message), plain->suggestion);
    else
      diag.error(pos(e.mark), fmt::format("malformed YAML: {}", e.msg));
    return false;
  }
  return true;
}

std::string_view YamlDoc::line_from(const YAML::Mark& mark) const {
  if (mark.line < 0 || static_cast<size_t>(mark.line) >= line_starts_.size()) return {};
  size_t start = line_starts_[static_cast<size_t>(mark.line)] + static_cast<size_t>(mark.column);
  if (start > text_.size()) return {};
  size_t end = text_.find('\n', start);
  return std::string_view(text_).substr(start, end == std::string::npos ? std::string::npos : end - start);
}

SourcePos YamlDoc::pos(const YAML::Mark& mark) const {
  if (mark.line < 0) return {path_, 0, 0};
  auto line = static_cast<size_t>(mark.line);
  int col = mark.column + 1;
  if (line < line_starts_.size()) {
    size_t start = line_starts_[line];
    size_t end = line + 1 < line_starts_.size() ? line_starts_[line + 1] : text_.size();
    col = text::utf8_columns(std::string_view(text_).substr(start, std::min(end - start, static_cast<size_t>(mark.column)))) + 1;
  }
  return {path_, mark.line + first_line_, col};
}

void YamlReader::check_keys(const YAML::Node& map, std::initializer_list<std::string_view> known,
                            std::string_view what) {
  if (!map.IsMap()) return;
  for (const auto& kv : map) {
    const std::string& key = kv.first.Scalar();
    if (std::find(known.begin(), known.end(), key) == known.end())
      diag_.warning(pos(kv.first), fmt::format("unknown field '{}' in {} (ignored)", key, what));
  }
}

bool YamlReader::is_map(const YAML::Node& n, std::string_view what) {
  if (n.IsMap()) return true;
  diag_.error(pos(n), fmt::format("{} must be a mapping (key: value), not {}", what, node_kind(n)));
  return false;
}

bool YamlReader::is_list(const YAML::Node& n, std::string_view what) {
  if (n.IsSequence()) return true;
  diag_.error(pos(n), fmt::format("{} must be a list, not {}", what, node_kind(n)));
  return false;
}

std::optional<std::string> YamlReader::scalar(const YAML::Node& n, std::string_view what) {
  if (n.IsScalar()) return n.Scalar();
  diag_.error(pos(n), fmt::format("{} must be a text, not {}", what, node_kind(n)));
  return std::nullopt;
}

std::optional<std::string> YamlReader::string(const YAML::Node& map, const char* key, bool required) {
  YAML::Node n = map[key];
  if (!n || n.IsNull()) {
    if (required) diag_.error(pos(map), fmt::format("missing required field '{}'", key));
    return std::nullopt;
  }
  auto s = scalar(n, fmt::format("'{}'", key));
  // An empty text is a field left unfilled (the `new` skeleton's ""), not a value.
  if (s && s->find_first_not_of(" \t") == std::string::npos) {
    if (required) diag_.error(pos(n), fmt::format("required field '{}' is empty", key), "fill it in");
    else diag_.error(pos(n), fmt::format("'{}' is empty", key), "fill it in, or delete the line");
    return std::nullopt;
  }
  return s;
}

std::optional<Date> YamlReader::date(const YAML::Node& map, const char* key, bool required) {
  auto s = string(map, key, required);
  if (!s) return std::nullopt;
  auto d = text::parse_date(*s);
  if (!d) {
    diag_.error(pos(map[key]),
                fmt::format("invalid date '{}' in '{}': expected YYYY, YYYY-MM or YYYY-MM-DD", *s, key));
  } else if (d->year == 0) {
    diag_.error(pos(map[key]), fmt::format("invalid date '{}' in '{}': there is no year 0", *s, key));
    return std::nullopt;
  }
  return d;
}

std::string first_place(const SourcePos& first, const SourcePos& later) {
  if (first.line == later.line) return fmt::format("at line {}, column {}", first.line, first.col);
  return fmt::format("at line {}", first.line);
}

bool is_kebab_id(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  char prev = 0;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

std::optional<std::string> YamlReader::id(const YAML::Node& map, const char* key) {
  auto s = string(map, key, true);
  if (!s) return std::nullopt;
  if (!is_kebab_id(*s)) {
    diag_.error(pos(map[key]), fmt::format("'{}' is not a valid id: use ASCII kebab-case (a-z, 0-9, -)", *s));
    return std::nullopt;
  }
  return s;
}

bool YamlReader::known_language(const YAML::Node& key_node) {
  if (!languages_) return true;
  const std::string& lang = key_node.Scalar();
  if (std::find(languages_->begin(), languages_->end(), lang) != languages_->end()) return true;
  diag_.error(pos(key_node), fmt::format("unknown language '{}': site.yaml declares {}", lang,
                                         fmt::join(*languages_, ", ")));
  return false;
}

Localized<std::string> YamlReader::localized_string(const YAML::Node& map, const char* key, bool required) {
  Localized<std::string> out;
  YAML::Node n = map[key];
  if (!n || n.IsNull()) {
    if (required) diag_.error(pos(map), fmt::format("missing required field '{}'", key));
    return out;
  }
  if (!is_map(n, fmt::format("'{}' (one text per language, e.g. {{en: ...}})", key))) return out;
  bool unfilled = false;
  for (const auto& kv : n) {
    if (!known_language(kv.first)) continue;
    auto v = scalar(kv.second, fmt::format("'{}.{}'", key, kv.first.Scalar()));
    if (!v) continue;
    if (v->find_first_not_of(" \t") == std::string::npos) {
      diag_.error(pos(kv.second), fmt::format("'{}.{}' is empty", key, kv.first.Scalar()),
                  "fill it in, or delete that language");
      unfilled = true;
      continue;
    }
    out.values[kv.first.Scalar()] = *v;
    out.pos[kv.first.Scalar()] = pos(kv.second);
  }
  if (required && out.empty() && !unfilled) diag_.error(pos(n), fmt::format("'{}' needs a text in at least one language", key));
  return out;
}

Localized<std::vector<std::string>> YamlReader::localized_list(const YAML::Node& map, const char* key) {
  Localized<std::vector<std::string>> out;
  YAML::Node n = map[key];
  if (!n || n.IsNull()) return out;
  if (!is_map(n, fmt::format("'{}' (one list per language)", key))) return out;
  for (const auto& kv : n) {
    if (!known_language(kv.first)) continue;
    if (!is_list(kv.second, fmt::format("'{}.{}'", key, kv.first.Scalar()))) continue;
    std::vector<std::string> items;
    for (const auto& item : kv.second) {
      auto s = scalar(item, fmt::format("an entry of '{}.{}'", key, kv.first.Scalar()));
      if (!s) continue;
      if (std::find(items.begin(), items.end(), *s) != items.end()) {
        diag_.error(pos(item), fmt::format("'{}' is listed twice in '{}.{}'", *s, key, kv.first.Scalar()));
        continue;
      }
      items.push_back(*s);
    }
    out.values[kv.first.Scalar()] = std::move(items);
    out.pos[kv.first.Scalar()] = pos(kv.second);
  }
  return out;
}

std::vector<std::string> YamlReader::string_list(const YAML::Node& map, const char* key) {
  std::vector<std::string> out;
  YAML::Node n = map[key];
  if (!n || n.IsNull()) return out;
  if (!is_list(n, fmt::format("'{}'", key))) return out;
  for (const auto& item : n)
    if (auto s = scalar(item, fmt::format("an entry of '{}'", key))) out.push_back(*s);
  return out;
}

std::vector<TopicRef> YamlReader::topic_list(const YAML::Node& map, const char* key) {
  std::vector<TopicRef> out;
  YAML::Node n = map[key];
  if (!n || n.IsNull()) return out;
  if (!is_list(n, fmt::format("'{}'", key))) return out;
  for (const auto& item : n) {
    auto s = scalar(item, fmt::format("an entry of '{}'", key));
    if (!s) continue;
    auto dup = std::find_if(out.begin(), out.end(), [&](const TopicRef& t) { return t.id == *s; });
    if (dup != out.end()) {
      diag_.error(pos(item), fmt::format("topic '{}' is listed twice in '{}' (first {})", *s, key,
                                         first_place(dup->pos, pos(item))));
      continue;
    }
    out.push_back({*s, pos(item)});
  }
  return out;
}

std::optional<std::string> read_file(const std::string& path, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<std::string> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  // Checked first: opening a FIFO would wait for a writer for ever, and a folder
  // "opens" but reads as nothing.
  std::error_code ec;
  std::filesystem::file_status st = std::filesystem::status(path, ec);
  if (st.type() == std::filesystem::file_type::not_found) return fail("file not found or not readable");
  if (ec) return fail(fmt::format("cannot read the file: {}", ec.message()));
  if (st.type() != std::filesystem::file_type::regular) return fail("not a regular file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("file not readable");
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

bool check_text(std::string& text, const std::string& rel_path, Diagnostics& diag) {
  size_t bad = 0;
  if (!text::is_valid_utf8(text, &bad)) {
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < bad; ++i)
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    int col = text::utf8_columns(std::string_view(text).substr(line_start, bad - line_start)) + 1;
    diag.error({rel_path, line, col},
               fmt::format("invalid UTF-8 (byte 0x{:02X}): save the file as UTF-8",
                           static_cast<unsigned>(static_cast<unsigned char>(text[bad]))));
    return false;
  }
  text = text::to_nfc(text);
  return true;
}

}  // namespace portal
