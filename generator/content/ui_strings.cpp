#include "content/ui_strings.h"

#include <filesystem>

#include <fmt/format.h>

#include "content/text_check.h"
#include "content/yaml_read.h"
#include "text/message.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

/// One language's strings and where each key is written ("a.b.c" → position of the key).
struct StringsFile {
  std::string rel;
  nlohmann::json tree;
  std::map<std::string, SourcePos> key_pos;
};

/// Where in the file ICU's offset into a one-line text points: after the
/// opening quote of a quoted text, at the mark otherwise. A folded or escaped
/// text is placed at its start, since offsets into its value are not columns.
SourcePos message_pos(const YamlDoc& doc, const YAML::Node& n, int offset) {
  SourcePos p = doc.pos(n);
  std::string_view src = doc.line_from(n.Mark());
  if (src.empty() || src[0] == '|' || src[0] == '>') return p;
  bool quoted = src[0] == '"' || src[0] == '\'';
  if (n.Scalar().find('\n') != std::string::npos || (src[0] == '"' && src.find('\\') != std::string_view::npos))
    return p;
  p.col += offset + (quoted ? 1 : 0);
  return p;
}

/// Converts YAML to JSON, noting key positions and checking every text as a MessageFormat pattern.
nlohmann::json to_json(const YamlDoc& doc, const YAML::Node& n, const std::string& path, StringsFile& file,
                       Diagnostics& diag) {
  switch (n.Type()) {
    case YAML::NodeType::Map: {
      nlohmann::json obj = nlohmann::json::object();
      for (const auto& kv : n) {
        std::string key = path.empty() ? kv.first.Scalar() : path + "." + kv.first.Scalar();
        file.key_pos.emplace(key, doc.pos(kv.first));
        obj[kv.first.Scalar()] = to_json(doc, kv.second, key, file, diag);
      }
      return obj;
    }
    case YAML::NodeType::Sequence: {
      nlohmann::json arr = nlohmann::json::array();
      for (size_t i = 0; i < n.size(); ++i) arr.push_back(to_json(doc, n[i], fmt::format("{}.{}", path, i), file, diag));
      return arr;
    }
    case YAML::NodeType::Scalar:
      if (auto e = text::message_syntax_error(n.Scalar()))
        diag.error(message_pos(doc, n, e->offset),
                   fmt::format("UI string '{}' is not a valid ICU message: {}", path, e->reason));
      return n.Scalar();
    default: return nullptr;
  }
}

/// Lists "a.b.c" paths of every leaf of `j`.
void leaf_keys(const nlohmann::json& j, const std::string& prefix, std::vector<std::string>& out) {
  if (!j.is_object()) {
    out.push_back(prefix);
    return;
  }
  for (const auto& [k, v] : j.items()) leaf_keys(v, prefix.empty() ? k : prefix + "." + k, out);
}

bool has_path(const nlohmann::json& j, const std::string& path) {
  const nlohmann::json* cur = &j;
  size_t start = 0;
  while (true) {
    size_t dot = path.find('.', start);
    std::string key = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (!cur->is_object() || !cur->contains(key)) return false;
    cur = &(*cur)[key];
    if (dot == std::string::npos) return true;
    start = dot + 1;
  }
}

/// Where a missing key belongs in `file`: at its nearest parent key that is there, else line 1.
SourcePos missing_key_pos(const StringsFile& file, const std::string& key) {
  for (std::string parent = key; !parent.empty();) {
    size_t dot = parent.rfind('.');
    if (dot == std::string::npos) break;
    parent.resize(dot);
    if (auto it = file.key_pos.find(parent); it != file.key_pos.end()) return it->second;
  }
  return {file.rel, 1, 1};
}

std::optional<StringsFile> load_file(const fs::path& base, const Lang& lang, Diagnostics& diag) {
  StringsFile file;
  file.rel = fmt::format("templates/i18n/{}.yaml", lang);
  auto text = read_file((base / file.rel).string());
  if (!text) {
    diag.error({file.rel, 0, 0}, fmt::format("missing UI strings for language '{}'", lang));
    return std::nullopt;
  }
  if (!check_text(*text, file.rel, diag)) return std::nullopt;
  check_forbidden_chars(*text, file.rel, diag);
  YamlDoc doc(file.rel, std::move(*text));
  if (!doc.parse(diag)) return std::nullopt;
  if (!doc.root().IsMap()) {
    diag.error({file.rel, 1, 1}, "UI strings must be a mapping of keys to texts");
    return std::nullopt;
  }
  file.tree = to_json(doc, doc.root(), "", file, diag);
  return file;
}

}  // namespace

std::map<Lang, nlohmann::json> load_ui_strings(const std::string& root, const SiteConfig& config,
                                               Diagnostics& diag) {
  std::map<Lang, StringsFile> files;
  for (const auto& lang : config.languages)
    if (auto f = load_file(fs::path(root), lang, diag)) files.emplace(lang, std::move(*f));
  // Every language must have every key the default language has, and no more.
  auto def = files.find(config.default_language);
  if (def != files.end()) {
    std::vector<std::string> keys;
    leaf_keys(def->second.tree, "", keys);
    for (const auto& [lang, file] : files) {
      if (lang == config.default_language) continue;
      for (const auto& k : keys)
        if (!has_path(file.tree, k))
          diag.error(missing_key_pos(file, k),
                     fmt::format("missing UI string '{}' (present in {}.yaml)", k, config.default_language));
      std::vector<std::string> own;
      leaf_keys(file.tree, "", own);
      for (const auto& k : own)
        if (!has_path(def->second.tree, k))
          diag.error(file.key_pos.at(k), fmt::format("UI string '{}' is not in {}.yaml", k, config.default_language));
    }
  }
  std::map<Lang, nlohmann::json> strings;
  for (auto& [lang, file] : files) strings.emplace(lang, std::move(file.tree));
  return strings;
}

}  // namespace portal
