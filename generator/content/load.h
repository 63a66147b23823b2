#pragma once
/// The load stage: reads `content/` (site.yaml, topics.yaml, timeline.yaml,
/// papers/*.md), validates it against the schema of docs/content-format.md,
/// and fills the model. Every problem goes to `diag` with its position; loading
/// goes on after a problem so that one run reports them all.

#include <optional>
#include <string>
#include <string_view>

#include "content/diagnostics.h"
#include "content/model.h"

namespace portal {

/// Loads `<root>/content`. Paths in diagnostics are relative to `root`.
Site load_content(const std::string& root, Diagnostics& diag);

/// Loads site.yaml and the papers only, without topics and timeline (for
/// `portal import`, which needs the portal's authors). `complete` is false.
Site load_config_and_papers(const std::string& root, Diagnostics& diag);

/// Loads site.yaml from its text (exposed for tests).
SiteConfig load_site_config(const std::string& rel_path, std::string text, Diagnostics& diag);

/// What is wrong with `url` as the site's base URL (site.yaml's `base_url`
/// or `--base-url`), if anything: it must be an absolute http(s) URL with a
/// host, without spaces, control characters, a query or a fragment.
std::optional<std::string> base_url_problem(std::string_view url);

/// Loads one paper from its text; `id` is the file name without `.md`.
/// Returns nullopt when the paper is too broken to use (the reason is in `diag`).
std::optional<Paper> load_paper(const std::string& rel_path, std::string id, std::string text,
                                const SiteConfig& config, Diagnostics& diag);

}  // namespace portal
