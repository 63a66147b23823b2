#pragma once
/// `portal init DIR`: a new portal to start from, as `hugo new site` and
/// `zola init` make one: content/site.yaml, topics.yaml, an empty timeline,
/// an empty papers/ folder, and a copy of the default templates and assets.

#include <string>

namespace portal {

/// Creates the portal in `dir` (which must be missing or empty); prints what it
/// did or what stopped it; returns the exit status (0, or 2 when it cannot).
int init_portal(const std::string& dir);

}  // namespace portal
