#pragma once
/// Machine-readable indexes of the site: an Atom feed of papers per language,
/// sitemap.xml with hreflang alternates, and robots.txt. Feeds and sitemap need
/// absolute URLs, so they are written only when site.yaml has a base_url.

#include <string>
#include <vector>

#include "render/context.h"
#include "render/pages.h"

namespace portal {

/// The Atom feed of `lang`: dated papers, newest first. Undated papers are
/// left out, as Atom requires a date per entry; `undated` counts them.
std::string atom_feed(const RenderContext& ctx, const Lang& lang, size_t* undated = nullptr);

/// sitemap.xml for the planned pages, each with its translations as
/// `xhtml:link rel="alternate" hreflang`.
std::string sitemap_xml(const RenderContext& ctx, const std::vector<PagePlan>& plan);

/// robots.txt; names the sitemap when there is one.
std::string robots_txt(const SiteConfig& config);

/// Escapes text for XML content and attributes.
std::string xml_escape(std::string_view s);

}  // namespace portal
