// portal: the command line. Parses arguments (CLI11), finds the portal folder,
// runs the pipeline, prints every diagnostic as `file:line:col: error: message`
// (or as JSON) and a summary.

#include <csignal>
#include <cstdio>
#include <exception>
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/init_portal.h"
#include "cli/import_paper.h"
#include "cli/new_paper.h"
#include "cli/portal_root.h"
#include "cli/report.h"
#include "cli/serve.h"
#include "content/diagnostics.h"
#include "content/load.h"
#include "output/build.h"

namespace fs = std::filesystem;

namespace {

/// Exit statuses, as README.md promises them.
constexpr int kExitOk = 0;
constexpr int kExitInputErrors = 1;  ///< the content or the theme has errors
constexpr int kExitFailure = 2;      ///< a usage error, an I/O error, an internal error

/// The options every command that reads a portal shares.
struct CommonOptions {
  std::string root;  ///< empty: found from the current folder upward
  bool quiet = false;
  bool verbose = false;
  std::string format = "text";
};

void add_common(CLI::App* cmd, CommonOptions& o, bool diagnostics_format) {
  cmd->add_option("--root", o.root,
                  "Portal folder holding content/, templates/, assets/ (default: the nearest folder, from the "
                  "current one upward, with content/site.yaml)");
  cmd->add_flag("-q,--quiet", o.quiet, "Print errors and the summary line only");
  cmd->add_flag("-v,--verbose", o.verbose, "Also print the portal folder used and the time of each stage");
  if (diagnostics_format)
    cmd->add_option("--format", o.format, "Diagnostics as text, or as JSON (one object per line) on stdout")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
}

/// The portal folder for a command: --root, else found upward, else "." (whose
/// missing content/ the command then reports).
std::string resolve_root(const std::string& given) {
  if (!given.empty()) return given;
  if (auto found = portal::find_portal_root(fs::current_path())) return found->string();
  return ".";
}

/// The portal's own templates/ and assets/, or the default ones when it has none.
std::string theme_root(const std::string& root) {
  std::error_code ec;
  if (fs::is_directory(fs::path(root) / "templates", ec)) return root;
  if (auto dir = portal::default_theme_dir()) return dir->string();
  return root;
}

/// Prints the diagnostics and, after a failure, a closing line; returns the exit status.
int finish(const portal::Diagnostics& diag, const portal::BuildReport& report, const char* verb,
           const portal::ReportStyle& style) {
  portal::print_diagnostics(diag, style);
  if (report.failure == portal::Failure::system) {
    fmt::print(stderr, "portal {}: stopped; the previous site, if any, is left as it was\n", verb);
    return kExitFailure;
  }
  if (diag.has_errors() || report.failure == portal::Failure::input) {
    fmt::print(stderr, "portal {}: {} error(s), {} warning(s); nothing was written\n", verb, diag.error_count(),
               diag.warning_count());
    return kExitInputErrors;
  }
  return kExitOk;
}

/// Adds `--base-url`, checked as site.yaml's base_url is (a bad one is a usage error).
void add_base_url_option(CLI::App* command, std::string& target) {
  command
      ->add_option("--base-url", target,
                   "The site's public address, e.g. https://example.org/portal/ (replaces site.yaml's base_url; "
                   "canonical links, feeds and the sitemap use it)")
      ->check(CLI::Validator(
          [](std::string& url) { return portal::base_url_problem(url).value_or(std::string()); }, "URL", "base URL"));
}

/// `build` and `check`: the pipeline with the command line's output around it.
int run(portal::BuildOptions opts, const CommonOptions& common, bool timings) {
  const char* verb = opts.write ? "build" : "check";
  portal::ReportStyle style = portal::report_style(common.format == "json", common.quiet, common.verbose);
  opts.root = resolve_root(common.root);
  opts.theme_root = theme_root(opts.root);
  if (style.verbose) {
    fmt::print("portal {}: portal folder {}\n", verb, fs::absolute(opts.root).lexically_normal().string());
    if (opts.theme_root != opts.root) fmt::print("portal {}: default templates and assets from {}\n", verb, opts.theme_root);
  }
  portal::ProgressLine progress(style.progress && opts.write);
  if (style.progress && opts.write) opts.progress = [&](size_t done, size_t total) { progress.update(done, total); };
  portal::Diagnostics diag;
  portal::BuildReport r = portal::run_build(opts, diag);
  progress.finish();
  if (int rc = finish(diag, r, verb, style)) return rc;
  if (style.json) return kExitOk;  // stdout holds the JSON lines only
  if (opts.write) {
    fmt::print("portal build: {} pages ({} files) in {} languages, {} papers, {} events, {:.2f} s\n", r.pages,
               r.files, r.languages, r.papers, r.events, r.seconds);
    if (!r.notice.empty() && !style.quiet) fmt::print("{}\n", r.notice);
  } else {
    fmt::print("portal check: {} papers, {} events in {} languages: no errors, {} warning(s), {} note(s)\n", r.papers,
               r.events, r.languages, diag.warning_count(), diag.note_count());
  }
  if (timings || style.verbose)
    for (const auto& [stage, seconds] : r.stages) fmt::print("  {:<24} {:.3f} s\n", stage, seconds);
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"portal: builds the multilingual research portal from content/ into a static site"};
  app.set_version_flag("--version", std::string("portal ") + PORTAL_VERSION);
  app.require_subcommand(1);
  app.footer("Exit status: 0 success; 1 errors in the content or templates; 2 a usage error, an I/O error\n"
             "(e.g. a full disk) or an internal error.");

  portal::BuildOptions build_opts;
  CommonOptions build_common;
  auto* build = app.add_subcommand("build", "Load, validate, link and render content/ into a static site");
  add_common(build, build_common, true);
  build->add_option("--out", build_opts.out, "Output folder (default: <root>/site); replaced whole on success");
  build->add_flag("--strict", build_opts.strict, "Treat warnings as errors");
  add_base_url_option(build, build_opts.base_url);
  build->add_flag("--drafts", build_opts.drafts, "Include papers marked draft: true");
  bool timings = false;
  build->add_flag("--timings", timings, "Print the time each stage took");

  portal::BuildOptions check_opts;
  CommonOptions check_common;
  check_opts.write = false;
  auto* check = app.add_subcommand("check", "Load, validate and link everything; write nothing");
  add_common(check, check_common, true);
  check->add_flag("--strict", check_opts.strict, "Treat warnings as errors");
  check->add_flag("--drafts", check_opts.drafts, "Check papers marked draft: true as if published");

  portal::ServeOptions serve_opts;
  std::string serve_root;
  auto* serve = app.add_subcommand("serve", "Build (drafts included), serve the site locally, rebuild on change");
  serve->add_option("--root", serve_root, "Portal folder holding content/, templates/, assets/ (default: found upward)");
  serve->add_option("--out", serve_opts.build.out, "Output folder (default: <root>/site)");
  add_base_url_option(serve, serve_opts.build.base_url);
  serve->add_option("--host", serve_opts.host, "Address to listen on")->capture_default_str();
  serve->add_option("--port", serve_opts.port, "Port to listen on")->capture_default_str()->check(CLI::Range(1, 65535));
  serve->add_flag("--poll", serve_opts.poll, "Find changes by polling, not inotify (for network file systems)");

  std::string new_root, new_id, new_lang = "kk";
  auto* add = app.add_subcommand("new", "Write a paper skeleton, content/papers/<id>.md, to fill in");
  add->add_option("id", new_id, "The paper's id: ASCII kebab-case, also its file name")->required();
  add->add_option("--root", new_root, "Portal folder holding content/ (default: found upward)");
  add->add_option("--language", new_lang, "Language of the full text")->capture_default_str();

  std::string init_dir;
  auto* init = app.add_subcommand("init", "Create a new portal in DIR: site.yaml, topics, timeline, default theme");
  init->add_option("dir", init_dir, "The folder to create (missing or empty)")->required();

  portal::ImportArgs import_args;
  auto* import = app.add_subcommand("import", "Draft content/papers/<id>.md and its review list from a journal PDF or its text");
  import->add_option("file", import_args.file, "The paper: FILE.pdf, or FILE.txt extracted from one")->required();
  import->add_option("--id", import_args.id, "The paper's id (default: from the title)");
  import->add_option("--language", import_args.language, "Language of the full text (default: from its letters)");
  import->add_option("--root", import_args.root, "Portal folder holding content/ (default: found upward)");
  import->add_flag("--force", import_args.force, "Overwrite an existing paper file");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints the message (or the help); its own codes (106, 109, …) become
    // the usual one for a usage error, 2. --help and --version exit 0.
    return app.exit(e) == 0 ? kExitOk : kExitFailure;
  }
  // A write past `ulimit -f` fails with EFBIG and is reported, instead of killing the process.
  std::signal(SIGXFSZ, SIG_IGN);

  try {
    if (*serve) {
      serve_opts.build.root = resolve_root(serve_root);
      serve_opts.build.theme_root = theme_root(serve_opts.build.root);
      return portal::serve(serve_opts);
    }
    if (*import) {
      import_args.root = resolve_root(import_args.root);
      return portal::import_paper(import_args);
    }
    if (*add) return portal::new_paper(resolve_root(new_root), new_id, new_lang);
    if (*init) return portal::init_portal(init_dir);
    if (*build) return run(build_opts, build_common, timings);
    return run(check_opts, check_common, false);
  } catch (const std::exception& e) {
    fmt::print(stderr, "portal: internal error: {}\n", e.what());
    return kExitFailure;
  }
}
