#include "content/theme.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "content/ui_strings.h"
#include "content/yaml_read.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

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

  theme.strings = load_ui_strings(root, config, diag);

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
