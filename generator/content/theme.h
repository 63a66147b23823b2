#pragma once
/// The theme: templates (templates/*.mustache and templates/partials/),
/// UI strings (templates/i18n/<lang>.yaml) and static assets (assets/).
/// Read at load time, so that rendering never touches the file system.

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/diagnostics.h"
#include "content/model.h"

namespace portal {

/// A file copied verbatim into the site, e.g. assets/style.css.
struct Asset {
  std::string path;  ///< relative to the site root, e.g. "assets/style.css"
  std::string bytes;
};

struct Theme {
  std::map<std::string, std::string> templates;  ///< template name (file stem) → Mustache source
  std::map<std::string, std::string> template_files;  ///< template name → file, e.g. "templates/home.mustache"
  std::map<Lang, nlohmann::json> strings;        ///< language → UI strings (nested object)
  std::vector<Asset> assets;
};

/// Loads the theme under `root`; every declared language needs a complete
/// strings file: a key the default language has and another lacks is an error.
Theme load_theme(const std::string& root, const SiteConfig& config, Diagnostics& diag);

}  // namespace portal
