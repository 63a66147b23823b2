// portal: the command line. Parses arguments (CLI11), runs the pipeline,
// prints every diagnostic as `file:line:col: error: message` and a summary.

#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/new_paper.h"
#include "cli/serve.h"
#include "content/diagnostics.h"
#include "output/build.h"

namespace {

void print_diagnostics(const portal::Diagnostics& diag) {
  for (const auto& d : diag.all()) fmt::print(stderr, "{}\n", portal::format_diagnostic(d));
}

int finish(const portal::Diagnostics& diag, const char* verb) {
  print_diagnostics(diag);
  if (diag.has_errors()) {
    fmt::print(stderr, "portal {}: {} error(s), {} warning(s); nothing was written\n", verb, diag.error_count(),
               diag.warning_count());
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"portal: builds the multilingual research portal from content/ into a static site"};
  app.set_version_flag("--version", std::string("portal ") + PORTAL_VERSION);
  app.require_subcommand(1);

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

  CLI11_PARSE(app, argc, argv);

  try {
    if (*serve) return portal::serve(serve_opts);
    if (*add) return portal::new_paper(new_root, new_id, new_lang);
    portal::Diagnostics diag;
    if (*build) {
      portal::BuildReport r = portal::run_build(build_opts, diag);
      if (int rc = finish(diag, "build")) return rc;
      fmt::print("portal build: {} pages ({} files) in {} languages, {} papers, {} events, {:.2f} s\n", r.pages,
                 r.files, r.languages, r.papers, r.events, r.seconds);
      if (!r.notice.empty()) fmt::print("{}\n", r.notice);
      if (timings)
        for (const auto& [stage, seconds] : r.stages) fmt::print("  {:<24} {:.3f} s\n", stage, seconds);
      return 0;
    }
    portal::BuildReport r = portal::run_build(check_opts, diag);
    if (int rc = finish(diag, "check")) return rc;
    fmt::print("portal check: {} papers, {} events in {} languages: no errors, {} warning(s)\n", r.papers, r.events,
               r.languages, diag.warning_count());
    return 0;
  } catch (const std::exception& e) {
    fmt::print(stderr, "portal: internal error: {}\n", e.what());
    return 2;
  }
}
