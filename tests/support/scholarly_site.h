#pragma once
/// The fixture portal tests/fixtures/basic built with a base_url under a
/// sub-path, as a real deployment would be, for the end-to-end tests of its
/// scholarly metadata, feeds and sitemap; and the readers of a paper page's
/// <meta> tags and JSON-LD that several of those tests share.
///
/// Header-only (inline functions and variables): the site is built once per
/// test run, however many test files ask for it.

#include <catch2/catch.hpp>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "portal_fixture.h"

namespace portal::fixture::scholarly {

inline const std::string kBase = "https://portal.example.org/kz-tr/";
inline const std::vector<std::string> kPapers = {"alpha-smart-power", "beta-turkic-council", "gamma-cinema",
                                                 "delta-energy-cooperation", "epsilon-education", "zeta-secretariat"};

/// The fixture with base_url, built once per test run.
inline const BuiltSite& scholarly_site() {
  static std::unique_ptr<BuiltSite> site = shared_site("scholarly", [](const TempDir& dir) {
    fs::path root = make_portal(dir);
    append(root / "content" / "site.yaml", "base_url: " + kBase + "\n");
    return root;
  });
  return *site;
}

/// The content of the one <meta name|property="key">; "" when absent, fails when repeated.
inline std::string meta(const std::string& html, const std::string& attr, const std::string& key) {
  auto tags = find_tags(html, "meta", attr, key);
  if (tags.size() > 1) FAIL("<meta " << attr << "=\"" << key << "\"> appears " << tags.size() << " times");
  return tags.empty() ? std::string() : tags[0].get("content");
}

inline nlohmann::json json_ld(const std::string& html) {
  auto scripts = find_tags(html, "script", "type", "application/ld+json");
  if (scripts.size() != 1) FAIL("expected one JSON-LD script, found " << scripts.size());
  std::string body = inner(html, scripts[0]);
  try {
    return nlohmann::json::parse(body);
  } catch (const std::exception& e) {
    FAIL("JSON-LD does not parse: " << e.what() << "\n" << body);
  }
  return {};
}

}  // namespace portal::fixture::scholarly
