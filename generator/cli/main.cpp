// portal: the command line. Parses arguments (CLI11), runs the pipeline,
// prints every diagnostic as `file:line:col: error: message` and a summary.

#include <csignal>
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/import_paper.h"
#include "cli/new_paper.h"
#include "cli/serve.h"
#include "content/diagnostics.h"
#include "output/build.h"

namespace {

void print_diagnostics(const portal::Diagnostics& diag) {
  for (const auto& d : diag.all()) fmt::print(stderr, "{}\n", portal::format_diagnostic(d));
}

/// Exit statuses, as README.md promises them.
constexpr int kExitOk = 0;
constexpr int kExitInputErrors = 1;  ///< the content or the theme has errors
constexpr int kExitFailure = 2;      ///< a usage error, an I/O error, an internal error

/// Prints the diagnostics and, after a failure, a closing line; returns the exit status.
int finish(const portal::Diagnostics& diag, const portal::BuildReport& report, const char* verb) {
  print_diagnostics(diag);
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

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"portal: builds the multilingual research portal from content/ into a static site"};
  app.set_version_flag("--version", std::string("portal ") + PORTAL_VERSION);
  app.require_subcommand(1);
  app.footer("Exit status: 0 success; 1 errors in the content or templates; 2 a usage error, an I/O error\n"
             "(e.g. a full disk) or an internal error.");

  portal::BuildOptions build_opts;
  auto* build = app.add_subcommand("build", "Load, validate, link and render content/ into a static site");
  build->add_option("--root", build_opts.root, "Portal folder holding content/, templates/, assets/")
      ->capture_default_str();
  build->add_option("--out", build_opts.out, "Output folder (default: <root>/site); replaced whole on success");
  build->add_flag("--strict", build_opts.strict, "Treat warnings as errors");
  bool timings = false;
  build->add_flag("--timings", timings, "Print the time each stage took");

  portal::BuildOptions check_opts;
  check_opts.write = false;
  auto* check = app.add_subcommand("check", "Load, validate and link everything; write nothing");
  check->add_option("--root", check_opts.root, "Portal folder holding content/, templates/, assets/")
      ->capture_default_str();
  check->add_flag("--strict", check_opts.strict, "Treat warnings as errors");

  portal::ServeOptions serve_opts;
  auto* serve = app.add_subcommand("serve", "Build, serve the site locally, and rebuild when the content changes");
  serve->add_option("--root", serve_opts.build.root, "Portal folder holding content/, templates/, assets/")
      ->capture_default_str();
  serve->add_option("--out", serve_opts.build.out, "Output folder (default: <root>/site)");
  serve->add_option("--host", serve_opts.host, "Address to listen on")->capture_default_str();
  serve->add_option("--port", serve_opts.port, "Port to listen on")->capture_default_str()->check(CLI::Range(1, 65535));

  std::string new_root = ".", new_id, new_lang = "kk";
  auto* add = app.add_subcommand("new", "Write a paper skeleton, content/papers/<id>.md, to fill in");
  add->add_option("id", new_id, "The paper's id: ASCII kebab-case, also its file name")->required();
  add->add_option("--root", new_root, "Portal folder holding content/")->capture_default_str();
  add->add_option("--language", new_lang, "Language of the full text")->capture_default_str();

  portal::ImportArgs import_args;
  auto* import = app.add_subcommand("import", "Draft content/papers/<id>.md and its review list from a journal PDF or its text");
  import->add_option("file", import_args.file, "The paper: FILE.pdf, or FILE.txt extracted from one")->required();
  import->add_option("--id", import_args.id, "The paper's id (default: from the title)");
  import->add_option("--language", import_args.language, "Language of the full text (default: from its letters)");
  import->add_option("--root", import_args.root, "Portal folder holding content/")->capture_default_str();
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
    if (*serve) return portal::serve(serve_opts);
    if (*add) return portal::new_paper(new_root, new_id, new_lang);
    if (*import) return portal::import_paper(import_args);
    portal::Diagnostics diag;
    if (*build) {
      portal::BuildReport r = portal::run_build(build_opts, diag);
      if (int rc = finish(diag, r, "build")) return rc;
      fmt::print("portal build: {} pages ({} files) in {} languages, {} papers, {} events, {:.2f} s\n", r.pages,
                 r.files, r.languages, r.papers, r.events, r.seconds);
      if (!r.notice.empty()) fmt::print("{}\n", r.notice);
      if (timings)
        for (const auto& [stage, seconds] : r.stages) fmt::print("  {:<24} {:.3f} s\n", stage, seconds);
      return 0;
    }
    portal::BuildReport r = portal::run_build(check_opts, diag);
    if (int rc = finish(diag, r, "check")) return rc;
    fmt::print("portal check: {} papers, {} events in {} languages: no errors, {} warning(s)\n", r.papers, r.events,
               r.languages, diag.warning_count());
    return kExitOk;
  } catch (const std::exception& e) {
    fmt::print(stderr, "portal: internal error: {}\n", e.what());
    return kExitFailure;
  }
}
