#pragma once
/// The link stage's checks of one Markdown text that need no index of the
/// site: its links that are no portal scheme and its images
/// (link/plain_links.h, link/figures.h), a paper's footnotes, and its
/// headings' explicit anchors. Each problem is reported where it is written.

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content/diagnostics.h"
#include "content/model.h"
#include "link/figures.h"
#include "text/markdown.h"

namespace portal {

/// Checks the links of a text that are no portal scheme (see plain_links.h)
/// and its images (figures.h). The text is found in `source` (whose first
/// line is `source_line`) from byte `from`, and each problem is placed where
/// its link is written there; without a source, at the link's place in the
/// text from `source_line` on. `path` names the file. `anchors` are the
/// sections of the one page the text is on, or null; `paper` is the paper
/// whose text it is, or null; the files its images show go into `figures`
/// (when not null).
void check_plain_links(const std::string& path, const std::vector<text::PlainLink>& links,
                       const std::set<std::string>* anchors, std::string_view source, int source_line, size_t from,
                       Diagnostics& diag, const Paper* paper = nullptr,
                       std::map<std::string, FigureFile>* figures = nullptr);

/// Footnote references without a definition (printed as "[^2]") are errors;
/// definitions without a reference (dropped from the page) are warnings.
void check_footnotes(const Paper& p, Diagnostics& diag);

/// Where heading `h`'s `{#` is written.
using AnchorPlace = std::function<SourcePos(const text::Heading& h)>;

/// Checks the explicit anchors (`{#id}`) of a text's headings: each must be
/// an id (text/anchor_id.h), only once, and on a paper page (`on_paper`) not
/// one the page gives its own elements. `place` is called once per explicit
/// anchor, in order.
void check_anchors(const std::vector<text::Heading>& headings, bool on_paper, const AnchorPlace& place,
                   Diagnostics& diag);

}  // namespace portal
