#pragma once
/// The portal's theme compiled as the portal renders it: strictly. The
/// Mustache spec renders an unknown partial as the empty string; a theme is
/// checked instead, before anything is written, so a misspelt `{{>paper_crad}}`
/// or a missing layout is an error at its tag, not a silently emptied site.

#include <optional>
#include <string_view>
#include <vector>

#include "content/diagnostics.h"
#include "content/theme.h"
#include "render/mustache.h"

namespace portal::render {

/// Compiles every template of `theme` into a strict set (see
/// Templates::set_strict) and reports, as `templates/<file>:line:col: error:`,
/// every syntax error (unclosed or mismatched section, bad delimiters, an
/// unclosed tag), every partial or parent tag naming no template, every
/// template that includes itself through partials or parents, and every name
/// of `page_templates` without a template. Returns the set, or nullopt after
/// reporting at least one error.
std::optional<Templates> compile_theme(const Theme& theme, const std::vector<std::string_view>& page_templates,
                                       Diagnostics& diag);

}  // namespace portal::render
