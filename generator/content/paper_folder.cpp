#include "content/paper_folder.h"

#include <algorithm>

#include "content/yaml_read.h"

namespace portal {

namespace fs = std::filesystem;

namespace {

/// Whether `inner` is `outer` or lies inside it (both canonical).
bool within(const fs::path& inner, const fs::path& outer) {
  auto [o, i] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return o == outer.end();
}

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return name.empty() || name[0] == '.';
}

}  // namespace

std::vector<PaperFile> scan_paper_folder(const fs::path& dir) {
  std::vector<PaperFile> files;
  std::error_code ec;
  const fs::path base = fs::canonical(dir, ec);
  if (ec) return files;
  fs::recursive_directory_iterator it(base, fs::directory_options::none, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    std::error_code sec;
    fs::file_status link = it->symlink_status(sec);
    if (hidden(path)) {
      if (fs::is_directory(link)) it.disable_recursion_pending();
      continue;
    }
    if (fs::is_directory(link)) continue;
    PaperFile f;
    f.name = path.lexically_relative(base).generic_string();
    if (f.name == "index.md" || (f.name.size() > 10 && f.name.compare(f.name.size() - 10, 10, ".review.md") == 0 &&
                                 f.name.find('/') == std::string::npos))
      continue;
    fs::file_status st = fs::status(path, sec);
    if (fs::is_symlink(link)) {
      std::error_code cec;
      fs::path target = fs::canonical(path, cec);
      if (cec) {
        f.read_error = "it is a broken symbolic link";
        files.push_back(std::move(f));
        continue;
      }
      if (fs::is_directory(st)) continue;  // a linked folder is not followed
      f.outside = !within(target, base);
    }
    if (sec) {
      f.read_error = sec.message();
    } else if (!fs::is_regular_file(st)) {
      f.regular = false;
    } else {
      f.size = fs::file_size(path, sec);
      if (sec) f.read_error = sec.message();
    }
    if (f.read_error.empty() && f.regular && !f.outside && f.size <= kMaxImageBytes &&
        image_type_of_name(f.name) != ImageType::unknown) {
      std::string why;
      if (auto bytes = read_file(path.string(), &why))
        f.header = read_image_header(*bytes);
      else
        f.read_error = why;
    }
    files.push_back(std::move(f));
  }
  std::sort(files.begin(), files.end(), [](const PaperFile& a, const PaperFile& b) { return a.name < b.name; });
  return files;
}

}  // namespace portal
