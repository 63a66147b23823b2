#include "output/scholar_notes.h"

#include <fmt/format.h>

#include <string>
#include <vector>

namespace portal {

void add_scholar_notes(const Site& site, Diagnostics& diag) {
  for (const Paper& p : site.papers) {
    std::vector<std::string> missing;
    if (p.title_editorial) missing.push_back("a published title (the title is editorial)");
    if (p.authors.empty()) missing.push_back("authors");
    if (!p.published) missing.push_back("a publication date");
    if (!p.journal || p.journal->name.empty()) missing.push_back("a journal name");
    if (missing.empty()) continue;
    diag.note({p.path, 0, 0},
              fmt::format("Google Scholar needs what this paper lacks: {}; if the source or the journal gives "
                          "them, add them to the front matter (nothing is filled in)",
                          fmt::join(missing, ", ")));
  }
}

}  // namespace portal
