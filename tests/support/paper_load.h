#pragma once
/// The load stage as the unit tests drive it: a site.yaml declaring kk, ru, tr
/// and en (with a fallback chain for tr), a paper loaded from its text with
/// the diagnostics of the run, and the smallest valid paper.
///
/// Header-only (inline functions and variables).

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "content/load.h"

namespace portal::test::paper_load {

inline const char* kSiteYaml =
    "title: {kk: Портал, ru: Портал, tr: Portal, en: Portal}\n"
    "languages: [kk, ru, tr, en]\n"
    "default_language: kk\n"
    "fallback:\n"
    "  tr: [en, kk, ru]\n";

inline SiteConfig site_config() {
  Diagnostics d;
  SiteConfig c = load_site_config("content/site.yaml", kSiteYaml, d);
  REQUIRE(d.all().empty());
  return c;
}

/// The formatted diagnostics of a run, in order.
inline std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& x : d.all()) out.push_back(format_diagnostic(x));
  return out;
}

struct Loaded {
  std::optional<Paper> paper;
  Diagnostics diag;
  std::vector<std::string> messages() const { return paper_load::messages(diag); }
};

inline Loaded load(const std::string& text, const std::string& id = "p") {
  Loaded l;
  l.paper = load_paper("content/papers/" + id + ".md", id, text, site_config(), l.diag);
  return l;
}

inline const char* kMinimal =
    "---\n"
    "language: en\n"
    "title: {en: A title}\n"
    "---\n"
    "## Body\n";

}  // namespace portal::test::paper_load
