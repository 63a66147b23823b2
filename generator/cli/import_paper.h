#pragma once
/// `portal import FILE.pdf|FILE.txt`: writes a draft paper file,
/// content/papers/<id>.md, and its review list, <id>.review.md, from a
/// journal's PDF or text extracted from one; then checks the draft as
/// `portal check` does.

#include <string>

namespace portal {

/// The command's arguments.
struct ImportArgs {
  std::string file;
  std::string id;        ///< "" = from the title
  std::string language;  ///< "" = from the letters
  std::string root;  ///< empty: found from the current folder upward
  bool force = false;
};

/// Runs the import; returns the exit status (0 ok, 1 bad input or a draft with
/// errors, 2 a usage or I/O problem).
int import_paper(const ImportArgs& args);

}  // namespace portal
