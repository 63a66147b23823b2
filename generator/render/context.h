#pragma once
/// What every view builder reads: the linked site, the theme's UI strings and
/// the compiled templates. Built once per build, then shared read-only by all
/// rendering threads.

#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "content/theme.h"
#include "link/link.h"
#include "render/mustache.h"
#include "render/timeline_periods.h"
#include "text/collate.h"
#include "text/message.h"

namespace portal {

struct RenderContext {
  const LinkedSite& ls;
  const Theme& theme;
  TimelinePeriods periods;  ///< the timeline's periods, each with pages of its own
  render::Templates templates;
  std::map<Lang, std::unique_ptr<text::Collator>> collators;  ///< one per portal language
  std::map<Lang, nlohmann::json> globals;  ///< per language: {"t": UI strings}, beneath every page's data

  /// `compiled`: the theme's templates, compiled and checked (render::compile_theme).
  RenderContext(const LinkedSite& linked, const Theme& th, render::Templates compiled);
  const SiteConfig& config() const { return ls.site->config; }
  const nlohmann::json& strings(const Lang& lang) const { return theme.strings.at(lang); }
  /// A UI string by dotted key ("nav.papers"); the key itself when missing.
  std::string t(const Lang& lang, std::string_view key) const;
  /// The name of language `code` in language `lang` ("ru" in "en" → "Russian").
  std::string language_name(const Lang& lang, const Lang& code) const;
  /// The name of language `code` in itself ("Қазақша").
  std::string autonym(const Lang& code) const;
  /// A UI string formatted with ICU MessageFormat (plurals, named arguments).
  std::string msg(const Lang& lang, std::string_view key, const std::vector<text::MessageArg>& args) const;
  const text::Collator& collator(const Lang& lang) const { return *collators.at(lang); }
};

}  // namespace portal
