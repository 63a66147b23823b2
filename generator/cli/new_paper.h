#pragma once
/// `portal new <id>`: writes a paper skeleton, content/papers/<id>.md, with
/// every front-matter field of docs/content-format.md, for a maintainer to fill.

#include <string>

namespace portal {

/// Creates the file; on a problem prints it and returns a non-zero status.
int new_paper(const std::string& root, const std::string& id, const std::string& language);

}  // namespace portal
