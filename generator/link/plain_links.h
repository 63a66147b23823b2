#pragma once
/// Checks of the links in a text that are no portal scheme: a mistyped scheme
/// (`evnt:`, `cites:`, `Paper:`) would be published as a dead link, a
/// relative path points to a file the site does not have, an `#anchor` must be
/// a section of the same page, and scripts never run from a link.

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace portal {

/// What is wrong with a destination, and what to do about it.
struct PlainLinkProblem {
  std::string message;
  std::string suggestion;
};

/// The scheme of an absolute URL (`https` of `https://…`, `evnt` of
/// `evnt:x`), as written, or "" for a relative one.
std::string_view url_scheme(std::string_view url);

/// The problem with `url` (a link's or, with `image`, an image's destination),
/// if any. `anchors` are the sections of the page the text is on, or null when
/// the text is shown on several pages (a timeline text), where `#anchor`
/// cannot be checked.
std::optional<PlainLinkProblem> plain_link_problem(std::string_view url, bool image,
                                                   const std::set<std::string>* anchors);

}  // namespace portal
