#pragma once
/// Where a command finds its portal and the default theme.
///  - The portal folder: `--root` when given; otherwise the nearest folder,
///    from the current one upward, that holds content/site.yaml, as git finds
///    its .git and Zola its config, so every command works from any subfolder.
///  - The default templates and assets: `<prefix>/share/portal` beside the
///    installed binary (`<prefix>/bin/portal`), else the source tree the
///    binary was built from. A portal without templates/ uses them.

#include <filesystem>
#include <optional>
#include <string>

namespace portal {

/// The nearest folder from `start` upward with content/site.yaml; nullopt when none.
std::optional<std::filesystem::path> find_portal_root(const std::filesystem::path& start);

/// The folder holding the default templates/ and assets/; nullopt when neither
/// the installed copy nor the source tree is there.
std::optional<std::filesystem::path> default_theme_dir();

}  // namespace portal
