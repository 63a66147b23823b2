#include "content/edition.h"

#include <array>
#include <utility>

#include <fmt/format.h>

namespace portal {

namespace {

constexpr std::array<std::pair<EditionChangeKind, std::string_view>, 6> kChangeIds = {{
    {EditionChangeKind::line_breaks_joined, "line-breaks-joined"},
    {EditionChangeKind::look_alike_letters, "look-alike-letters"},
    {EditionChangeKind::sic_marks, "sic-marks"},
    {EditionChangeKind::editorial_title, "editorial-title"},
    {EditionChangeKind::citation_letters, "citation-letters"},
    {EditionChangeKind::title_case, "title-case"},
}};

}  // namespace

std::string_view edition_change_id(EditionChangeKind kind) {
  for (const auto& [k, id] : kChangeIds)
    if (k == kind) return id;
  return {};
}

std::optional<EditionChangeKind> edition_change_from_id(std::string_view id) {
  for (const auto& [k, name] : kChangeIds)
    if (name == id) return k;
  return std::nullopt;
}

std::string edition_change_ids() {
  std::vector<std::string_view> ids;
  for (const auto& [k, id] : kChangeIds) ids.push_back(id);
  return fmt::format("{}", fmt::join(ids, ", "));
}

bool known_edition_source_format(std::string_view format) { return format == "journal-pdf"; }

bool known_editorial_mark(std::string_view kind) { return kind == "sic"; }

void check_edition(const Paper& p, int sic_marks, Diagnostics& diag) {
  if (!p.edition) {
    if (sic_marks > 0)
      diag.error({p.path, 1, 1},
                 fmt::format("the paper carries {} editorial [sic] mark(s) but no 'edition' statement declaring them; "
                             "add one (docs/content-format.md, \"Edition statement\")",
                             sic_marks));
    return;
  }
  const Edition& e = *p.edition;
  int declared = e.count(EditionChangeKind::sic_marks).value_or(0);
  if (declared != sic_marks)
    diag.error(e.pos, fmt::format("the edition statement declares {} [sic] mark(s), but the paper's texts carry {}",
                                  declared, sic_marks));
  bool declares_title = e.count(EditionChangeKind::editorial_title).has_value();
  if (declares_title != p.title_editorial)
    diag.error(e.pos, p.title_editorial ? "the title is editorial (title_source: editorial), but the edition statement "
                                          "does not list 'editorial-title'"
                                        : "the edition statement lists 'editorial-title', but the paper's title_source "
                                          "is not 'editorial'");
}

}  // namespace portal
