#pragma once
/// The ids a paper page gives its own elements (templates/layout.mustache,
/// paper.mustache, partials/edition.mustache, view_paper.cpp and cmark-gfm's
/// footnotes), which a section anchor of the paper must not take: the page
/// would have two elements with one id, and a link would land on the wrong one.

#include <string>
#include <string_view>

namespace portal::text {

/// What on the paper page has id `id`, or every id starting with its prefix,
/// in words ("the heading of the references", "the entries of the reference
/// list"); empty when the page gives no element that id.
std::string paper_page_id_owner(std::string_view id);

}  // namespace portal::text
