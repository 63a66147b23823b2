#include "cli/new_paper.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "content/load.h"
#include "content/yaml_read.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

/// The first heading of the skeleton, in the paper's language (English for a
/// language the portal has not been given one in).
std::string introduction_heading(const std::string& language) {
  if (language == "kk") return "Кіріспе";
  if (language == "ru") return "Введение";
  if (language == "tr") return "Giriş";
  return "Introduction";
}

}  // namespace

int new_paper(const std::string& root, const std::string& id, const std::string& language) {
  if (!is_kebab_id(id)) {
    fmt::print(stderr, "portal new: '{}' is not a valid paper id: use ASCII kebab-case (a-z, 0-9, -)\n", id);
    return 1;
  }
  fs::path dir = fs::path(root) / "content" / "papers";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    fmt::print(stderr, "portal new: {} does not exist (use --root for the portal folder)\n", dir.string());
    return 1;
  }
  // The language must be one of the portal's, or the skeleton fails its first check.
  std::string site_yaml = (fs::path(root) / "content" / "site.yaml").string();
  auto site_text = read_file(site_yaml);
  Diagnostics site_diag;
  SiteConfig config;
  if (site_text) config = load_site_config("content/site.yaml", std::move(*site_text), site_diag);
  if (!site_text || site_diag.has_errors() || config.languages.empty()) {
    fmt::print(stderr, "portal new: cannot read the portal's languages from {} (run `portal check`)\n", site_yaml);
    return 1;
  }
  if (std::find(config.languages.begin(), config.languages.end(), language) == config.languages.end()) {
    fmt::print(stderr, "portal new: '{}' is not one of the portal's languages: use --language with one of {}\n",
               language, fmt::join(config.languages, ", "));
    return 1;
  }
  fs::path file = dir / (id + ".md");
  for (const fs::path& existing : {file, dir / id / "index.md"})  // a paper may live in a folder of its own
    if (fs::exists(existing, ec)) {
      fmt::print(stderr, "portal new: {} already exists; not overwriting it\n", existing.string());
      return 1;
    }
  std::ofstream out(file);
  out << fmt::format(R"(---
# A new paper. Fill in what the source states and delete what it does not:
# `portal check` reports every "" left empty and the placeholder author id.
# The format is described in docs/content-format.md.
language: {0}                       # language of the full text
type: research-article              # research-article | review-article | abstracts-only
title:
  {0}: ""
title_source: original              # or: editorial (the source has no title)
authors:                            # [] when the source names nobody
  - id: family-given                # the same id on several papers = one person
    name: {{{0}: ""}}
    affiliation: {{{0}: ""}}
journal: {{name: "", volume: "", issue: "", pages: ""}}
published: ""                       # YYYY, YYYY-MM or YYYY-MM-DD
doi: ""
topics: []                          # ids from content/topics.yaml
keywords:
  {0}: []
abstract:
  {0}: ""
references:                         # leave this key out when the source has no list
  - key: "1"
    text: ""
source: ""                          # where the text came from
---
## {1} {{#introduction}}

)",
                     language, introduction_heading(language));
  out.close();
  if (!out) {
    fmt::print(stderr, "portal new: cannot write {}\n", file.string());
    return 1;
  }
  fmt::print("portal new: wrote {}; fill it in, then run `portal check`\n", file.string());
  return 0;
}

}  // namespace portal
