#include "link/figures.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "content/paper_folder.h"
#include "render/urls.h"
#include "text/ascii_case.h"
#include "text/nearest.h"
#include "text/trim.h"

namespace portal {

namespace {

FigureCheck refused(std::string message, std::string suggestion) {
  FigureCheck c;
  c.problem = PlainLinkProblem{std::move(message), std::move(suggestion)};
  return c;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// `url` with its %XX escapes decoded (a `%` not followed by two hex digits stays).
std::string percent_decoded(std::string_view url) {
  std::string out;
  for (size_t i = 0; i < url.size(); ++i) {
    if (url[i] == '%' && i + 2 < url.size() && hex(url[i + 1]) >= 0 && hex(url[i + 2]) >= 0) {
      out += static_cast<char>(hex(url[i + 1]) * 16 + hex(url[i + 2]));
      i += 2;
    } else {
      out += url[i];
    }
  }
  return out;
}

/// Whether `c` may be in a figure's file name: ASCII letters, digits, `-`, `_`, `.`.
bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.';
}

/// The problem of a figure file, judged by what the loader found (content/paper_folder.h).
std::optional<PlainLinkProblem> file_problem(std::string_view url, const Paper& p, const PaperFile& f) {
  auto problem = [](std::string m, std::string s) { return PlainLinkProblem{std::move(m), std::move(s)}; };
  if (f.outside)
    return problem(fmt::format("image '{}' is a symbolic link to a file outside {}/: the portal publishes only the "
                               "paper's own files",
                               url, p.folder),
                   fmt::format("copy the file into {}/", p.folder));
  if (!f.read_error.empty()) return problem(fmt::format("image '{}' cannot be read: {}", url, f.read_error), "");
  if (!f.regular) return problem(fmt::format("image '{}' is not a regular file", url), "");
  ImageType named = image_type_of_name(f.name);
  const ImageHeader& h = f.header;
  if (named == ImageType::svg || h.type == ImageType::svg)
    return problem(fmt::format("image '{}' is SVG, which the portal does not publish: an SVG file can carry scripts "
                               "and links that would run on the portal's pages",
                               url),
                   "export it as PNG (or WebP)");
  if (named == ImageType::unknown)
    return problem(fmt::format("'{}' is no image file the portal publishes: figures are PNG, JPEG, WebP, GIF or "
                               "AVIF files (.png, .jpg, .jpeg, .webp, .gif, .avif)",
                               url),
                   "convert it to PNG or JPEG");
  if (f.size > kMaxImageBytes)
    return problem(fmt::format("image '{}' is {:.1f} MB; the portal publishes images of at most 10 MB", url,
                               static_cast<double>(f.size) / (1024.0 * 1024.0)),
                   "make it smaller: a figure on a page needs no more than some 2000 pixels across");
  if (h.type == ImageType::unknown)
    return problem(fmt::format("image '{}' is not a {} file: {}", url, image_type_name(named), h.problem),
                   "save it again as a real image file");
  if (h.type != named) {
    std::string stem = f.name.substr(0, f.name.rfind('.'));
    return problem(fmt::format("image '{}' is a {} file by its contents, not {} as its name says", url,
                               image_type_name(h.type), image_type_name(named)),
                   fmt::format("rename it '{}.{}'", stem, image_type_extension(h.type)));
  }
  if (!h.problem.empty())
    return problem(fmt::format("image '{}' cannot be read as {}: {}", url, image_type_name(h.type), h.problem),
                   "save it again as a real image file");
  return std::nullopt;
}

}  // namespace

FigureCheck check_figure(std::string_view url, std::string_view alt, const Paper* p) {
  std::string_view scheme = url_scheme(url);
  std::string s = text::ascii_lower(scheme);
  if (s == "http" || s == "https" || s == "ftp" || (url.size() >= 2 && url[0] == '/' && url[1] == '/'))
    return refused(fmt::format("remote image '{}': the portal publishes only images of its own, so the site "
                               "stays whole on any host and offline, and a reader's visit tells no other server",
                               url),
                   p ? fmt::format("if its licence allows, save it in {}/ and write its file name",
                                   p->folder.empty() ? "content/papers/" + p->id : p->folder)
                     : "show it in a paper: a paper's images are files in its folder");
  if (!scheme.empty() || url.empty() || url[0] == '#') {
    if (auto problem = plain_link_problem(url, true, nullptr)) return refused(problem->message, problem->suggestion);
    return refused(fmt::format("image '{}' is no image file: an image is a file in its paper's folder", url),
                   "write the file's name, as ![what it shows](fig1.png)");
  }
  if (!p)
    return refused(fmt::format("image '{}': a timeline text has no folder to take images from; images are files "
                               "beside a paper, in content/papers/<id>/",
                               url),
                   "show the figure in the paper the event cites");
  const std::string folder = p->folder.empty() ? "content/papers/" + p->id : p->folder;
  // The name in the folder: escapes decoded first, so `%2e%2e` is `..` too.
  std::string decoded = percent_decoded(url);
  if (decoded[0] == '/' || decoded[0] == '\\')
    return refused(fmt::format("image '{}' is an absolute path: a figure is named relative to its paper's folder "
                               "{}/",
                               url, folder),
                   "write the file's name, as ![what it shows](fig1.png)");
  std::string name;
  size_t start = 0;
  while (start <= decoded.size()) {
    size_t slash = std::min(decoded.find('/', start), decoded.size());
    std::string_view part = std::string_view(decoded).substr(start, slash - start);
    start = slash + 1;
    if (part.empty() || part == ".") continue;
    if (part == "..")
      return refused(fmt::format("image '{}' leaves its paper's folder ('..'): a figure must be a file in {}/", url,
                                 folder),
                     fmt::format("copy the file into {}/ and write its name there", folder));
    auto bad = std::find_if(part.begin(), part.end(), [](char c) { return !name_char(c); });
    if (bad != part.end())
      return refused(fmt::format("image '{}': a figure's file name is written with ASCII letters, digits, '-', "
                                 "'_' and '.', so its address needs no escaping",
                                 url),
                     "rename the file, as fig-1.png");
    if (part.front() == '.')
      return refused(fmt::format("image '{}' names a hidden file, which the portal does not publish", url),
                     "rename the file without the leading '.'");
    if (!name.empty()) name += '/';
    name += part;
  }
  if (name.empty()) return refused(fmt::format("image '{}' names no file", url), "write the file's name");
  if (p->folder.empty())
    return refused(fmt::format("image '{}' is not there: the paper has no folder {}/ for its figures", url, folder),
                   fmt::format("put the file in {}/, beside the paper", folder));
  auto it = std::lower_bound(p->files.begin(), p->files.end(), name,
                             [](const PaperFile& f, const std::string& n) { return f.name < n; });
  if (it == p->files.end() || it->name != name) {
    std::vector<std::string> names;
    for (const PaperFile& f : p->files) names.push_back(f.name);
    std::string hint = text::did_you_mean(text::nearest(name, names));
    if (hint.empty())
      hint = names.empty() ? fmt::format("{}/ has no files", folder)
                           : fmt::format("{}/ has {}", folder,
                                         fmt::join(names.begin(), names.begin() + std::min<size_t>(names.size(), 10),
                                                   ", "));
    return refused(fmt::format("image '{}' is not in the paper's folder {}/", url, folder), hint);
  }
  if (auto problem = file_problem(url, *p, *it)) return refused(problem->message, problem->suggestion);
  if (text::trim_blanks(alt).empty())
    return refused(fmt::format("image '{}' has no alt text: a reader who cannot see it (a screen reader, a text "
                               "browser, a failed download) would get nothing",
                               url),
                   fmt::format("say what it shows between the brackets: ![what it shows]({})", url));
  FigureCheck c;
  c.file = {folder + "/" + name, urls::paper_file(p->id, name), it->header.width, it->header.height};
  return c;
}

}  // namespace portal
