#include "cli/import_paper.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "content/load.h"
#include "content/yaml_read.h"
#include "import/importer.h"
#include "import/language_guess.h"
#include "import/review.h"
#include "import/writer.h"
#include "output/build.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

constexpr int kInputError = 1;
constexpr int kUsageError = 2;

/// Writes `text` to `path` through a temporary file beside it, so a failed write leaves nothing half-written.
bool write_whole(const fs::path& path, const std::string& text) {
  fs::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) fs::remove(tmp, ec);
  return !ec;
}

}  // namespace

int import_paper(const ImportArgs& args) {
  if (!args.id.empty() && !is_kebab_id(args.id)) {
    fmt::print(stderr, "portal import: '{}' is not a valid paper id: use ASCII kebab-case (a-z, 0-9, -)\n", args.id);
    return kUsageError;
  }
  fs::path dir = fs::path(args.root) / "content" / "papers";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    fmt::print(stderr, "portal import: {} does not exist (use --root for the portal folder)\n", dir.string());
    return kUsageError;
  }
  std::string site_yaml = (fs::path(args.root) / "content" / "site.yaml").string();
  auto site_text = read_file(site_yaml);
  Diagnostics site_diag;
  SiteConfig config;
  if (site_text) config = load_site_config("content/site.yaml", std::move(*site_text), site_diag);
  if (!site_text || site_diag.has_errors() || config.languages.empty()) {
    fmt::print(stderr, "portal import: cannot read the portal's languages from {} (run `portal check`)\n", site_yaml);
    return kUsageError;
  }
  auto is_language = [&](const std::string& l) {
    return std::find(config.languages.begin(), config.languages.end(), l) != config.languages.end();
  };
  if (!args.language.empty() && !is_language(args.language)) {
    fmt::print(stderr, "portal import: '{}' is not one of the portal's languages: use --language with one of {}\n",
               args.language, fmt::join(config.languages, ", "));
    return kUsageError;
  }

  auto started = std::chrono::steady_clock::now();
  auto seconds_since = [](std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
  };
  import::ReadResult read = import::read_source(args.file);
  if (!read.error.empty()) {
    fmt::print(stderr, "portal import: {}\n", read.error);
    return kInputError;
  }
  std::string all;
  for (const auto& l : read.text.lines) all += l.text;
  if (import::count_letters(all).letters() == 0) {
    fmt::print(stderr, "portal import: {}: has no text to import{}\n", args.file,
               read.text.from_pdf ? " (a scanned PDF needs text recognition first)" : "");
    return kInputError;
  }

  // The portal's authors, to recognise the same person.
  Diagnostics load_diag;
  Site site = load_config_and_papers(args.root, load_diag);
  std::vector<import::KnownAuthor> known;
  for (const auto& p : site.papers)
    for (const auto& a : p.authors) {
      auto it = std::find_if(known.begin(), known.end(), [&](const auto& k) { return k.id == a.id; });
      if (it == known.end()) it = known.insert(known.end(), {a.id, {}});
      for (const auto& [lang, name] : a.name.values) it->names.push_back(name);
    }

  import::ReviewList review;
  import::Draft draft = import::import_source(read.text, {args.id, args.language}, known, review);
  if (!is_kebab_id(draft.id)) {
    fmt::print(stderr, "portal import: no id could be made from the title: give one with --id\n");
    return kUsageError;
  }
  if (!is_language(draft.language)) {
    fmt::print(stderr, "portal import: the text reads as '{}', not one of the portal's languages: use --language\n",
               draft.language);
    return kInputError;
  }
  fs::path paper = dir / (draft.id + ".md");
  fs::path review_file = dir / (draft.id + ".review.md");
  if (fs::exists(dir / draft.id / "index.md", ec)) {
    fmt::print(stderr, "portal import: {} already exists; not writing {} beside it (use --id for another id)\n",
               (dir / draft.id / "index.md").string(), paper.string());
    return kInputError;
  }
  if (fs::exists(paper, ec) && !args.force) {
    fmt::print(stderr, "portal import: {} already exists; not overwriting it (use --force, or --id for another id)\n",
               paper.string());
    return kInputError;
  }
  std::string rel = "content/papers/" + draft.id + ".md";
  std::string review_text = import::format_review(review, args.file, rel);
  if (!write_whole(paper, import::write_paper(draft)) || !write_whole(review_file, review_text)) {
    fmt::print(stderr, "portal import: cannot write {}\n", paper.string());
    return kUsageError;
  }
  double import_seconds = seconds_since(started);
  fmt::print("{}", review_text);
  fmt::print("\nportal import: wrote {} ({} paragraphs and headings, {} references) and {}\n", paper.string(),
             draft.body.size(), draft.references.size(), review_file.string());

  // The draft checked as `portal check` checks it; only its own problems are shown.
  auto check_started = std::chrono::steady_clock::now();
  BuildOptions check;
  check.root = args.root;
  check.write = false;
  Diagnostics diag;
  run_build(check, diag);
  int errors = 0, warnings = 0;
  for (const auto& d : diag.all()) {
    if (d.pos.file != rel) continue;
    fmt::print(stderr, "{}\n", format_diagnostic(d));
    (d.severity == Severity::error ? errors : warnings)++;
  }
  fmt::print("portal import: read and drafted in {:.3f} s, checked with the portal in {:.3f} s\n", import_seconds,
             seconds_since(check_started));
  if (errors) {
    fmt::print(stderr, "portal import: the draft has {} error(s) and {} warning(s): fix them before `portal build`\n",
               errors, warnings);
    return kInputError;
  }
  fmt::print("portal import: the draft passes `portal check` ({} warning(s)); work through {}, then publish\n",
             warnings, review_file.string());
  return 0;
}

}  // namespace portal
