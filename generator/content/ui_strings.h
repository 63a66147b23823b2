#pragma once
/// The UI strings of the theme: templates/i18n/<lang>.yaml, one file per
/// declared language. Checked at load, so that no broken string reaches a page:
/// every text must be a valid ICU MessageFormat pattern (placeholders and
/// plurals are formatted with it), and every language must have exactly the
/// keys of the default language.

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "content/diagnostics.h"
#include "content/model.h"

namespace portal {

/// Loads and checks the UI strings of every language of `config`; returns
/// language → strings (a nested object; scalars stay strings).
std::map<Lang, nlohmann::json> load_ui_strings(const std::string& root, const SiteConfig& config,
                                               Diagnostics& diag);

}  // namespace portal
