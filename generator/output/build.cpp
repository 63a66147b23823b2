#include "output/build.h"

#include <atomic>
#include <chrono>
#include <filesystem>

#include <fmt/format.h>

#include "content/load.h"
#include "content/theme.h"
#include "link/link.h"
#include "output/exports.h"
#include "output/feeds.h"
#include "output/search_index.h"
#include "output/writer.h"
#include "render/context.h"
#include "render/pages.h"
#include "render/urls.h"
#include "support/parallel.h"

namespace portal {

BuildReport run_build(const BuildOptions& options, Diagnostics& diag) {
  auto start = std::chrono::steady_clock::now();
  BuildReport report;
  std::error_code ec;
  if (!std::filesystem::is_directory(std::filesystem::path(options.root) / "content", ec)) {
    diag.error({options.root, 0, 0}, "not a portal folder: it has no content/ folder (use --root)");
    return report;
  }
  auto lap = [&, last = start](const char* stage) mutable {
    auto now = std::chrono::steady_clock::now();
    report.stages.push_back({stage, std::chrono::duration<double>(now - last).count()});
    last = now;
  };
  Site site = load_content(options.root, diag);
  Theme theme = load_theme(options.root, site.config, diag);
  lap("load");
  LinkedSite linked = link_site(site, diag);
  lap("link");
  if (options.strict) diag.promote_warnings();
  report.languages = site.config.languages.size();
  report.papers = site.papers.size();
  report.events = site.events.size();
  if (diag.has_errors()) return report;
  if (!options.write) {
    report.ok = true;
    return report;
  }

  try {
    RenderContext ctx(linked, theme);
    std::string out = options.out.empty() ? (std::filesystem::path(options.root) / "site").string() : options.out;
    SiteWriter writer(out);
    std::vector<PagePlan> plan = plan_pages(linked);
    std::atomic<size_t> files{0};
    lap("prepare");
    parallel_for(plan.size(), [&](size_t i) {
      writer.write(urls::file_for(plan[i].url), render_page(ctx, plan[i]));
      ++files;
    });
    lap("render and write pages");
    // Language-neutral exports: one BibTeX, RIS and CSL-JSON file per paper.
    parallel_for(site.papers.size(), [&](size_t i) {
      const Paper& p = site.papers[i];
      std::string url = site.config.base_url.empty() ? std::string()
                                                     : site.config.base_url + urls::paper(site.config.default_language, p.id);
      writer.write(urls::paper_export(p.id, "bib"), to_bibtex(p, url));
      writer.write(urls::paper_export(p.id, "ris"), to_ris(p, url));
      writer.write(urls::paper_export(p.id, "json"), to_csl_json(p, url).dump(2) + "\n");
      files += 3;
    });
    writer.write("robots.txt", robots_txt(site.config));
    ++files;
    if (site.config.base_url.empty()) {
      report.notice = "Feeds and sitemap skipped: site.yaml has no base_url, and both need absolute URLs.";
    } else {
      size_t undated = 0;
      for (const auto& lang : site.config.languages) {
        writer.write(urls::feed(lang), atom_feed(ctx, lang, &undated));
        ++files;
      }
      writer.write("sitemap.xml", sitemap_xml(ctx, plan));
      ++files;
      if (undated)
        report.notice = fmt::format("Feeds list dated papers only: {} undated paper(s) left out (Atom needs a date).", undated);
    }
    for (const auto& asset : theme.assets) {
      writer.write(asset.path, asset.bytes);
      ++files;
    }
    lap("exports, feeds, assets");
    SearchIndexStats search = write_search_index(linked, writer);
    files += search.files;
    lap("search index");
    writer.commit();
    lap("swap into place");
    report.pages = plan.size();
    report.files = files;
    report.ok = true;
  } catch (const std::exception& e) {
    diag.error({}, e.what());
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace portal
