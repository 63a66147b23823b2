#include "output/build.h"

#include <atomic>
#include <chrono>
#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "content/load.h"
#include "content/yaml_read.h"
#include "content/theme.h"
#include "link/link.h"
#include "output/exports.h"
#include "output/scholar_notes.h"
#include "output/feeds.h"
#include "output/search_index.h"
#include "output/writer.h"
#include "render/context.h"
#include "render/mustache_theme.h"
#include "render/pages.h"
#include "render/urls.h"
#include "support/parallel.h"

namespace portal {

namespace {

namespace fs = std::filesystem;

/// Whether `inner` is `outer` or lies inside it (both absolute and canonical).
bool within(const fs::path& inner, const fs::path& outer) {
  auto [o, i] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return o == outer.end();
}

/// Why `out` cannot take the site of the portal at `root`, or "" when it can:
/// a site written inside an input folder would be read back by the next build,
/// and replacing a folder that holds the portal would delete it.
std::string unsafe_out_folder(const fs::path& root, const fs::path& out) {
  std::error_code ec;
  fs::path r = fs::weakly_canonical(fs::absolute(root), ec);
  fs::path o = fs::weakly_canonical(fs::absolute(out), ec);
  if (ec) return {};
  if (!o.has_filename()) o = o.parent_path();
  if (within(r, o))
    return fmt::format("the output folder {} holds the portal folder {}; replacing it would delete the portal",
                       o.string(), r.string());
  for (const char* input : {"content", "templates", "assets"})
    if (within(o, r / input))
      return fmt::format("the output folder {} is inside the input folder {}/, so each build would read the "
                         "previous one; choose a folder outside content/, templates/ and assets/",
                         o.string(), input);
  return {};
}

/// Takes the drafts out of the site, so that no page, list, feed, sitemap,
/// index or export has them; their ids stay known for the link check.
void withhold_drafts(Site& site) {
  auto draft = [](const Paper& p) { return p.draft; };
  for (const Paper& p : site.papers)
    if (p.draft) site.withheld_drafts.emplace(p.id, p.path);
  site.papers.erase(std::remove_if(site.papers.begin(), site.papers.end(), draft), site.papers.end());
}

}  // namespace

BuildReport run_build(const BuildOptions& options, Diagnostics& diag) {
  auto start = std::chrono::steady_clock::now();
  BuildReport report;
  std::error_code ec;
  if (!std::filesystem::is_directory(std::filesystem::path(options.root) / "content", ec)) {
    diag.error({options.root, 0, 0}, "not a portal folder: it has no content/ folder (use --root)");
    report.failure = Failure::system;
    return report;
  }
  std::string out = options.out.empty() ? (std::filesystem::path(options.root) / "site").string() : options.out;
  if (options.write) {
    if (std::string why = unsafe_out_folder(options.root, out); !why.empty()) {
      diag.error({}, "--out: " + why);
      report.failure = Failure::system;
      return report;
    }
  }
  auto lap = [&, last = start](const char* stage) mutable {
    auto now = std::chrono::steady_clock::now();
    report.stages.push_back({stage, std::chrono::duration<double>(now - last).count()});
    last = now;
  };
  Site site = load_content(options.root, diag);
  if (!site.complete) return report;  // the errors that made it incomplete, not their echoes
  if (!options.base_url.empty()) {
    site.config.base_url = options.base_url;
    if (site.config.base_url.back() != '/') site.config.base_url += '/';
  }
  if (!options.drafts) withhold_drafts(site);
  Theme theme = load_theme(options.theme_root.empty() ? options.root : options.theme_root, site.config, diag);
  // Every template is compiled and checked in `check` too, before anything is written.
  std::optional<render::Templates> templates = render::compile_theme(theme, page_templates(), diag);
  lap("load");
  LinkedSite linked = link_site(site, diag);
  lap("link");
  if (options.strict) diag.promote_warnings();
  report.languages = site.config.languages.size();
  report.papers = site.papers.size();
  report.events = site.events.size();
  if (diag.has_errors() || !templates) {
    report.failure = Failure::input;
    return report;
  }
  if (!options.write) {
    add_scholar_notes(site, diag);
    report.ok = true;
    return report;
  }

  try {
    RenderContext ctx(linked, theme, std::move(*templates));
    SiteWriter writer(out);
    std::vector<PagePlan> plan = plan_pages(linked);
    std::atomic<size_t> files{0};
    lap("prepare");
    std::atomic<size_t> pages_done{0};
    parallel_for(plan.size(), [&](size_t i) {
      writer.write(urls::file_for(plan[i].url), render_page(ctx, plan[i]));
      ++files;
      size_t done = ++pages_done;
      if (options.progress) options.progress(done, plan.size());
    });
    lap("render and write pages");
    // Language-neutral exports: one BibTeX, RIS and CSL-JSON file per paper.
    parallel_for(site.papers.size(), [&](size_t i) {
      const Paper& p = site.papers[i];
      // The canonical page: the one in the paper's own language.
      std::string url = site.config.base_url.empty() ? std::string() : site.config.base_url + urls::paper(p.language, p.id);
      writer.write(urls::paper_export(p.id, "bib"), to_bibtex(p, url));
      writer.write(urls::paper_export(p.id, "ris"), to_ris(p, url));
      writer.write(urls::paper_export(p.id, "json"), csl_json_file(p, url));
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
    // Figures: each file a paper's texts show, copied once for all languages
    // (compared with the previous site's copy by its bytes, like every file).
    std::map<std::string, const FigureFile*> figures;  // site path → file; "fig1.png" and "./fig1.png" are one
    for (const auto& pl : linked.papers)
      for (const auto& [url, f] : pl.figures) figures.emplace(f.site_path, &f);
    std::vector<const FigureFile*> figure_list;
    for (const auto& [path, f] : figures) figure_list.push_back(f);
    parallel_for(figure_list.size(), [&](size_t i) {
      const FigureFile& f = *figure_list[i];
      std::string why;
      auto bytes = read_file((std::filesystem::path(options.root) / f.source).string(), &why);
      if (!bytes) throw WriteError(f.source, fmt::format("cannot read the figure: {}", why));
      writer.write(f.site_path, *bytes);
      ++files;
    });
    lap("exports, feeds, assets, figures");
    SearchIndexStats search = write_search_index(linked, writer);
    files += search.files;
    lap("search index");
    writer.commit();
    lap("swap into place");
    report.pages = plan.size();
    report.files = files;
    report.ok = true;
  } catch (const render::MustacheError& e) {
    // What the checks before rendering cannot see, e.g. a partial named by the data.
    auto file = theme.template_files.find(e.name);
    diag.error({file == theme.template_files.end() ? e.name : file->second, e.line, e.col}, e.message);
    report.failure = Failure::input;
  } catch (const WriteError& e) {
    diag.error({e.path, 0, 0}, e.reason);
    report.failure = Failure::system;
  } catch (const std::exception& e) {
    diag.error({}, fmt::format("internal error: {}", e.what()));
    report.failure = Failure::system;
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace portal
