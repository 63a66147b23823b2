#pragma once
/// Loading a paper's `edition:` block (docs/content-format.md, "Edition
/// statement"): the source of the text and the changes the edition made.

#include <optional>

#include <yaml-cpp/yaml.h>

#include "content/model.h"
#include "content/yaml_read.h"

namespace portal {

/// Reads `fm["edition"]`; nullopt when the paper has none. Problems go to `r`'s diagnostics.
std::optional<Edition> load_edition(YamlReader& r, const YAML::Node& fm);

}  // namespace portal
