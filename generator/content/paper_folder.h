#pragma once
/// A paper's folder, `content/papers/<id>/`: the files beside the paper that
/// its figures may name, each with what the figure check needs (its size, its
/// image header, whether it is a link out of the folder). Read at load time,
/// so later stages touch no input file but to copy a figure into the site.

#include <cstdint>
#include <filesystem>
#include <vector>

#include "content/model.h"

namespace portal {

/// The largest image file the portal publishes: 10 MB (10 × 1024 × 1024 bytes).
inline constexpr std::uintmax_t kMaxImageBytes = 10u * 1024u * 1024u;

/// The files of `dir` and its subfolders, by name, leaving out hidden files
/// and folders, the paper's own `index.md` and `portal import`'s review list.
/// Symbolic links are not followed into folders; a link to a file outside
/// `dir` is listed with `outside` set. Headers are read for files named as
/// images (image_type_of_name) of at most kMaxImageBytes.
std::vector<PaperFile> scan_paper_folder(const std::filesystem::path& dir);

}  // namespace portal
