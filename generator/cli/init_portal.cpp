#include "cli/init_portal.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "cli/portal_root.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

constexpr const char* kSiteYaml = R"(# The portal's name, languages and fallback chains: docs/content-format.md.
title: {kk: Портал, ru: Портал, tr: Portal, en: Portal}
description:
  kk: Зерттеулер порталы.
  ru: Исследовательский портал.
  tr: Araştırma portalı.
  en: A research portal.
languages: [kk, ru, tr, en]
default_language: kk
fallback:
  kk: [ru, en, tr]
  ru: [en, kk, tr]
  tr: [en, ru, kk]
  en: [ru, tr, kk]
# base_url: https://example.org/portal/   # for the feeds and the sitemap
)";

constexpr const char* kTopicsYaml = R"(# Topics: id, then name and description per language.
- id: general
  name: {kk: Жалпы, ru: Общее, tr: Genel, en: General}
  description:
    kk: Жалпы тақырыптағы мақалалар.
    ru: Статьи на общие темы.
    tr: Genel konulu makaleler.
    en: Papers on general subjects.
)";

constexpr const char* kTimelineYaml = "# Dated events: docs/content-format.md, timeline.yaml.\n[]\n";

bool write_file(const fs::path& path, const char* text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  return static_cast<bool>(out);
}

}  // namespace

int init_portal(const std::string& dir) {
  fs::path root(dir);
  std::error_code ec;
  if (fs::exists(root, ec) && !(fs::is_directory(root, ec) && fs::is_empty(root, ec))) {
    fmt::print(stderr, "portal init: {} already exists and is not an empty folder; not touching it\n", dir);
    return 2;
  }
  auto theme = default_theme_dir();
  if (!theme) {
    fmt::print(stderr, "portal init: the default templates and assets are not installed (share/portal)\n");
    return 2;
  }
  fs::create_directories(root / "content" / "papers", ec);
  if (ec) {
    fmt::print(stderr, "portal init: cannot create {}: {}\n", (root / "content").string(), ec.message());
    return 2;
  }
  bool ok = write_file(root / "content" / "site.yaml", kSiteYaml) &&
            write_file(root / "content" / "topics.yaml", kTopicsYaml) &&
            write_file(root / "content" / "timeline.yaml", kTimelineYaml);
  for (const char* part : {"templates", "assets"}) {
    fs::copy(*theme / part, root / part, fs::copy_options::recursive, ec);
    if (ec) ok = false;
  }
  if (!ok) {
    fmt::print(stderr, "portal init: cannot write the new portal into {}{}\n", dir,
               ec ? ": " + ec.message() : std::string());
    return 2;
  }
  fmt::print("portal init: a new portal in {}; add a paper with `portal new ID`, then run `portal build`\n", dir);
  return 0;
}

}  // namespace portal
