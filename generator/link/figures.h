#pragma once
/// Figures: the images a paper's texts show, each a file in the paper's
/// folder (`content/papers/<id>/`), named relative to it. A figure is checked
/// to name a file of that folder (no `..`, no absolute path, no link out of
/// it), of at most 10 MB, whose header is a PNG, JPEG, WebP, GIF or AVIF
/// that its extension agrees with, and to have alt text. SVG is refused (it
/// can carry script), and so are remote images (the site stays
/// self-contained, and a reader's visit tells no other host).

#include <optional>
#include <string>
#include <string_view>

#include "content/model.h"
#include "link/plain_links.h"

namespace portal {

/// A paper's file as the site publishes it: one copy, whichever language's
/// page shows it.
struct FigureFile {
  std::string source;     ///< relative to the portal folder: "content/papers/<id>/fig1.png"
  std::string site_path;  ///< in the site: "papers/<id>/fig1.png" (urls::paper_file)
  int width = 0;          ///< as shown, from the image's header
  int height = 0;
};

/// The outcome of checking one image: the file it shows, or what is wrong.
struct FigureCheck {
  std::optional<PlainLinkProblem> problem;
  FigureFile file;  ///< when there is no problem
};

/// Checks the image `url` (its destination as written) with alt text `alt`
/// in a text of paper `paper`, or of no paper (null: a timeline text, which
/// has no folder to take images from).
FigureCheck check_figure(std::string_view url, std::string_view alt, const Paper* paper);

}  // namespace portal
