#include "output/feeds.h"

#include <map>
#include <string_view>

#include <fmt/format.h>

#include "render/urls.h"
#include "text/date_format.h"
#include "text/html_escape.h"
#include "text/markdown.h"

namespace portal {

namespace {

template <class T>
const T* in_lang(const Localized<T>& v, const Lang& lang, const SiteConfig& config) {
  Lang l = pick_language(v, lang, config);
  return l.empty() ? nullptr : v.get(l);
}

}  // namespace

std::string xml_escape(std::string_view s) { return text::escape_html(s); }

std::string atom_feed(const RenderContext& ctx, const Lang& lang, size_t* undated) {
  const SiteConfig& config = ctx.config();
  const std::string& base = config.base_url;
  std::vector<size_t> dated;
  size_t skipped = 0;
  for (size_t i : ctx.ls.papers_newest_first) {
    if (ctx.ls.paper(i).published) dated.push_back(i);
    else ++skipped;
  }
  if (undated) *undated = skipped;
  const std::string* title = in_lang(config.title, lang, config);
  const std::string* subtitle = in_lang(config.description, lang, config);
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += fmt::format("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n", lang);
  out += fmt::format("  <title>{}</title>\n", xml_escape(title ? *title : ""));
  if (subtitle) out += fmt::format("  <subtitle>{}</subtitle>\n", xml_escape(*subtitle));
  out += fmt::format("  <id>{}{}</id>\n", xml_escape(base), urls::home(lang));
  out += fmt::format("  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}{}\"/>\n", xml_escape(base), urls::feed(lang));
  out += fmt::format("  <link rel=\"alternate\" type=\"text/html\" href=\"{}{}\"/>\n", xml_escape(base), urls::home(lang));
  // The feed's date is its newest entry's, so two builds of the same content are identical.
  std::string updated = dated.empty() ? "1970-01-01T00:00:00Z" : text::iso_datetime(*ctx.ls.paper(dated.front()).published);
  out += fmt::format("  <updated>{}</updated>\n", updated);
  // Atom needs an author for every entry (RFC 4287 §4.1.1); a paper whose
  // source names nobody has none, so the feed itself names the portal.
  out += fmt::format("  <author><name>{}</name></author>\n", xml_escape(title ? *title : "portal"));
  out += "  <generator>portal</generator>\n";
  for (size_t i : dated) {
    const Paper& p = ctx.ls.paper(i);
    std::string url = base + urls::paper(lang, p.id);
    const std::string* t = in_lang(p.title, lang, config);
    Lang tl = pick_language(p.title, lang, config);
    out += "  <entry>\n";
    out += fmt::format("    <title xml:lang=\"{}\">{}</title>\n", tl, xml_escape(t ? *t : p.id));
    out += fmt::format("    <id>{}</id>\n", xml_escape(url));
    out += fmt::format("    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", xml_escape(url));
    out += fmt::format("    <updated>{}</updated>\n", text::iso_datetime(*p.published));
    out += fmt::format("    <published>{}</published>\n", text::iso_datetime(*p.published));
    for (const auto& a : p.authors)
      if (const std::string* n = in_lang(a.name, lang, config))
        out += fmt::format("    <author><name>{}</name></author>\n", xml_escape(*n));
    Lang al = pick_language(p.abstract, lang, config);
    if (!al.empty())
      out += fmt::format("    <summary xml:lang=\"{}\">{}</summary>\n", al,
                         xml_escape(text::markdown_to_plain(*p.abstract.get(al))));
    for (const auto& topic : p.topics) out += fmt::format("    <category term=\"{}\"/>\n", xml_escape(topic.id));
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

std::string sitemap_xml(const RenderContext& ctx, const std::vector<PagePlan>& plan) {
  const SiteConfig& config = ctx.config();
  // Group the language versions of each page: the same path after the language
  // segment ("kk/papers/oldest-first/" and "en/papers/oldest-first/"), which also
  // tells the list's filter pages apart.
  auto path_in_language = [](const PagePlan& p) { return std::string_view(p.url).substr(p.url.find('/') + 1); };
  std::map<std::string_view, std::vector<const PagePlan*>> groups;
  for (const auto& p : plan)
    if (p.kind != PageKind::not_found && p.kind != PageKind::root) groups[path_in_language(p)].push_back(&p);
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
  out += fmt::format("  <url><loc>{}</loc></url>\n", xml_escape(config.base_url));
  for (const auto& p : plan) {
    if (p.kind == PageKind::not_found || p.kind == PageKind::root) continue;
    out += fmt::format("  <url>\n    <loc>{}</loc>\n", xml_escape(config.base_url + p.url));
    for (const PagePlan* alt : groups[path_in_language(p)])
      out += fmt::format("    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n", alt->lang,
                         xml_escape(config.base_url + alt->url));
    out += "  </url>\n";
  }
  out += "</urlset>\n";
  return out;
}

std::string robots_txt(const SiteConfig& config) {
  std::string out = "User-agent: *\nAllow: /\n";
  if (!config.base_url.empty()) out += fmt::format("\nSitemap: {}sitemap.xml\n", config.base_url);
  return out;
}

}  // namespace portal
