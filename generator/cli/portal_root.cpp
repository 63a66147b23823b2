#include "cli/portal_root.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

bool is_theme_dir(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "templates", ec) && fs::is_directory(dir / "assets", ec);
}

}  // namespace

std::optional<fs::path> find_portal_root(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  for (;;) {
    if (fs::is_regular_file(dir / "content" / "site.yaml", ec)) return dir;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

std::optional<fs::path> default_theme_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "portal";
    if (is_theme_dir(installed)) return installed;
  }
#ifdef PORTAL_SOURCE_DIR
  if (is_theme_dir(PORTAL_SOURCE_DIR)) return fs::path(PORTAL_SOURCE_DIR);
#endif
  return std::nullopt;
}

}  // namespace portal
