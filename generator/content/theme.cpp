#include "content/theme.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "content/yaml_read.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

/// Converts YAML to JSON; scalars stay strings (UI strings are text).
nlohmann::json to_json(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Map: {
      nlohmann::json obj = nlohmann::json::object();
      for (const auto& kv : n) obj[kv.first.Scalar()] = to_json(kv.second);
      return obj;
    }
    case YAML::NodeType::Sequence: {
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& item : n) arr.push_back(to_json(item));
      return arr;
    }
    case YAML::NodeType::Scalar: return n.Scalar();
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

std::vector<fs::path> files_under(const fs::path& dir, std::string_view ext, bool recursive) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  if (recursive) {
    for (const auto& e : fs::recursive_directory_iterator(dir, ec))
      if (e.is_regular_file() && (ext.empty() || e.path().extension() == ext)) out.push_back(e.path());
  } else {
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.is_regular_file() && (ext.empty() || e.path().extension() == ext)) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// Every entry named *.mustache directly in `dir`, files or not (so that an
/// unreadable one is reported, not skipped), sorted.
std::vector<fs::path> template_files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".mustache") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

Theme load_theme(const std::string& root, const SiteConfig& config, Diagnostics& diag) {
  Theme theme;
  fs::path base(root);
  for (const auto& dir : {base / "templates", base / "templates" / "partials"}) {
    for (const auto& f : template_files_in(dir)) {
      std::string rel = fs::relative(f, base).generic_string();
      std::string name = f.stem().string();
      if (theme.templates.count(name)) {
        diag.error({rel, 0, 0}, fmt::format("template name '{}' is used twice (also {})", name,
                                            theme.template_files[name]));
        continue;
      }
      std::error_code ec;
      if (!fs::is_regular_file(f, ec)) {
        diag.error({rel, 0, 0}, fs::exists(f, ec) ? "not a file: a template must be a regular file"
                                                  : "cannot read the template: it is a link to nothing");
        continue;
      }
      auto text = read_file(f.string());
      if (!text) {
        diag.error({rel, 0, 0}, "cannot read the template (check its permissions)");
        continue;
      }
      if (!check_text(*text, rel, diag)) continue;
      theme.template_files[name] = rel;
      theme.templates[name] = std::move(*text);
    }
  }
  if (theme.templates.empty()) diag.error({"templates", 0, 0}, "no templates found (templates/*.mustache)");

  for (const auto& lang : config.languages) {
    std::string rel = fmt::format("templates/i18n/{}.yaml", lang);
    auto text = read_file((base / rel).string());
    if (!text) {
      diag.error({rel, 0, 0}, fmt::format("missing UI strings for language '{}'", lang));
      continue;
    }
    if (!check_text(*text, rel, diag)) continue;
    YamlDoc doc(rel, std::move(*text));
    if (!doc.parse(diag)) continue;
    if (!doc.root().IsMap()) {
      diag.error({rel, 1, 1}, "UI strings must be a mapping of keys to texts");
      continue;
    }
    theme.strings[lang] = to_json(doc.root());
  }
  // Every language must have every key the default language has, and no more.
  auto def = theme.strings.find(config.default_language);
  if (def != theme.strings.end()) {
    std::vector<std::string> keys;
    leaf_keys(def->second, "", keys);
    for (const auto& [lang, strings] : theme.strings) {
      if (lang == config.default_language) continue;
      std::string rel = fmt::format("templates/i18n/{}.yaml", lang);
      for (const auto& k : keys)
        if (!has_path(strings, k))
          diag.error({rel, 0, 0}, fmt::format("missing UI string '{}' (present in {}.yaml)", k, config.default_language));
      std::vector<std::string> own;
      leaf_keys(strings, "", own);
      for (const auto& k : own)
        if (!has_path(def->second, k))
          diag.error({rel, 0, 0}, fmt::format("UI string '{}' is not in {}.yaml", k, config.default_language));
    }
  }

  for (const auto& f : files_under(base / "assets", "", true)) {
    auto bytes = read_file(f.string());
    if (!bytes) {
      diag.error({fs::relative(f, base).generic_string(), 0, 0}, "asset not readable");
      continue;
    }
    theme.assets.push_back({fs::relative(f, base).generic_string(), std::move(*bytes)});
  }
  return theme;
}

}  // namespace portal
