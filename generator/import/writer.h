#pragma once
/// The draft as a paper file (docs/content-format.md): YAML front matter with
/// what was found (fields not found are named in a comment, not invented),
/// then the full text as Markdown.

#include <string>

#include "import/draft.h"

namespace portal::import {

/// The whole file's text.
std::string write_paper(const Draft& draft);

}  // namespace portal::import
