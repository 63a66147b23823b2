#pragma once
/// The vocabulary of edition statements (the kinds of change, by their
/// front-matter ids) and of editorial marks (`[sic](editorial:sic)`). The
/// structs themselves are in content/model.h.

#include <optional>
#include <string>
#include <string_view>

#include "content/diagnostics.h"
#include "content/model.h"

namespace portal {

/// The ids used in front matter and UI-string keys ("line-breaks-joined").
std::string_view edition_change_id(EditionChangeKind kind);
/// The kind for an id; nullopt when unknown.
std::optional<EditionChangeKind> edition_change_from_id(std::string_view id);
/// Every id, for error messages.
std::string edition_change_ids();

/// The source formats an edition may name.
bool known_edition_source_format(std::string_view format);

/// The editorial marks a Markdown text may carry as `[text](editorial:<kind>)`.
bool known_editorial_mark(std::string_view kind);

/// Checks a paper's edition statement against the paper: the [sic] marks its
/// texts carry (`sic_marks`, counted by the link stage) and an editorial title
/// must be declared with their true counts, and a paper with [sic] marks
/// needs a statement at all.
void check_edition(const Paper& paper, int sic_marks, Diagnostics& diag);

}  // namespace portal
