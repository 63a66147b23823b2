#include "output/writer.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace portal {

namespace {

/// A sibling path of `out` that does not exist yet: `<out>.<tag>-<pid>-<n>`.
std::string sibling(const fs::path& out, std::string_view tag) {
  for (int n = 0;; ++n) {
    fs::path p = out;
    p += fmt::format(".{}-{}-{}", tag, static_cast<long>(getpid()), n);
    std::error_code ec;
    if (!fs::exists(p, ec)) return p.string();
  }
}

}  // namespace

SiteWriter::SiteWriter(std::string out_dir) : out_(std::move(out_dir)) {
  fs::path out = fs::absolute(out_).lexically_normal();
  if (!out.has_filename()) out = out.parent_path();
  out_ = out.string();
  std::error_code ec;
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec))
      throw std::runtime_error(fmt::format("{}: exists and is not a folder; not replacing it", out_));
    bool empty = fs::is_empty(out, ec);
    if (!empty && !fs::exists(out / kMarker, ec))
      throw std::runtime_error(fmt::format(
          "{}: this folder was not written by portal (no {} file); refusing to replace it. "
          "Choose another --out or remove it yourself.",
          out_, kMarker));
  }
  fs::create_directories(out.parent_path(), ec);
  tmp_ = sibling(out, "tmp");
  if (!fs::create_directory(tmp_, ec))
    throw std::runtime_error(fmt::format("{}: cannot create the staging folder: {}", tmp_, ec.message()));
  write(kMarker, "This folder is written by portal build; it is replaced whole on each build.\n");
}

SiteWriter::~SiteWriter() {
  if (committed_) return;
  std::error_code ec;
  fs::remove_all(tmp_, ec);
}

void SiteWriter::write(std::string_view rel_path, std::string_view bytes) {
  fs::path p = fs::path(tmp_) / fs::path(rel_path);
  std::error_code ec;
  fs::create_directories(p.parent_path(), ec);
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) throw std::runtime_error(fmt::format("{}: cannot write file", p.string()));
}

void SiteWriter::commit() {
  std::error_code ec;
  std::string old;
  if (fs::exists(out_, ec)) {
    old = sibling(out_, "old");
    fs::rename(out_, old, ec);
    if (ec) throw std::runtime_error(fmt::format("{}: cannot move the previous site aside: {}", out_, ec.message()));
  }
  fs::rename(tmp_, out_, ec);
  if (ec) {
    std::error_code ec2;
    if (!old.empty()) fs::rename(old, out_, ec2);
    throw std::runtime_error(fmt::format("{}: cannot move the new site into place: {}", out_, ec.message()));
  }
  committed_ = true;
  if (!old.empty()) fs::remove_all(old, ec);
}

}  // namespace portal
