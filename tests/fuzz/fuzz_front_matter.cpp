/// Fuzz target: the YAML loaders. The input is read as `content/site.yaml`
/// and as a paper file (front matter between `---` lines, then Markdown),
/// the latter against a fixed, valid site configuration, exactly as
/// load_content does for the files of a portal folder.
#include <cstdint>
#include <string>

#include "content/diagnostics.h"
#include "content/load.h"

namespace {

/// A valid four-language configuration, as the fixture site has.
const portal::SiteConfig& fixed_config() {
  static const portal::SiteConfig config = [] {
    portal::Diagnostics diag;
    return portal::load_site_config("content/site.yaml",
                                    "title: {kk: П, ru: П, tr: P, en: P}\n"
                                    "languages: [kk, ru, tr, en]\n"
                                    "default_language: kk\n"
                                    "fallback:\n"
                                    "  kk: [ru, en, tr]\n  ru: [kk, en, tr]\n"
                                    "  tr: [en, kk, ru]\n  en: [tr, ru, kk]\n",
                                    diag);
  }();
  return config;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  {
    portal::Diagnostics diag;
    (void)portal::load_site_config("content/site.yaml", text, diag);
  }
  {
    portal::Diagnostics diag;
    (void)portal::load_paper("content/papers/fuzz.md", "fuzz", text, fixed_config(), diag);
  }
  return 0;
}
