#pragma once
/// Footnote references of a Markdown text (`[^2]`) that have no definition
/// (`[^2]: …`), which cmark-gfm prints as they are, and definitions no
/// reference uses, which it drops. Found in the source, outside code.

#include <string>
#include <string_view>
#include <vector>

namespace portal::text {

/// A footnote label where it is written (byte offset of its `[`).
struct FootnoteSite {
  std::string label;
  size_t offset = 0;
};

/// What is wrong with a text's footnotes.
struct FootnoteProblems {
  std::vector<FootnoteSite> undefined;  ///< references without a definition
  std::vector<FootnoteSite> unused;     ///< definitions no reference uses
};

FootnoteProblems footnote_problems(std::string_view markdown);

}  // namespace portal::text
