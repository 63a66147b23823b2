#pragma once
/// The text of a parsed Markdown text without its markup: what plain text
/// (descriptions, feeds, citation exports) and the prose a reader reads
/// (text/case_evidence.h) are made from. Internal to text/markdown_*.cpp.

#include <string>

#include <cmark-gfm.h>

namespace portal::text::markdown_detail {

/// Removes an editorial mark from plain text: there it could not be told
/// from the authors' words, so descriptions, feeds and citation exports
/// carry the text as printed. The space before the mark goes with it.
void drop_mark(cmark_node* n);

/// Appends the text a reader reads (PreparedMarkdown::prose): each block
/// (paragraph, list item, table cell, footnote) on a line of its own, each
/// link's text between kPartMark marks; headings (titles, perhaps in Title
/// Case), code, images (figure captions) and editorial marks left out,
/// footnote references too. One pass over the tree, without recursion.
void collect_prose(cmark_node* root, std::string& out);

}  // namespace portal::text::markdown_detail
