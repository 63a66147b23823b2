#pragma once
/// Writes a site atomically: every file goes into a fresh temporary folder
/// beside the target, and only a complete build is swapped into place. A
/// failed build leaves the previous site exactly as it was; files of the
/// previous build that the new one lacks do not survive.

#include <string>
#include <string_view>

namespace portal {

/// The atomic site writer. write() is thread-safe; commit() is called once.
class SiteWriter {
 public:
  /// Prepares a temporary folder beside `out_dir`. Throws std::runtime_error
  /// when `out_dir` exists but was not written by portal (it would be replaced).
  explicit SiteWriter(std::string out_dir);
  ~SiteWriter();  ///< removes the temporary folder unless committed
  SiteWriter(const SiteWriter&) = delete;
  SiteWriter& operator=(const SiteWriter&) = delete;

  /// Writes `bytes` to `rel_path` (e.g. "kk/papers/x/index.html") in the new site.
  void write(std::string_view rel_path, std::string_view bytes);

  /// Swaps the new site into place. Throws std::runtime_error on failure, in
  /// which case the previous site is left (or put back) where it was.
  void commit();

  const std::string& staging_dir() const { return tmp_; }

  /// Name of the marker file that identifies a folder written by portal.
  static constexpr const char* kMarker = ".portal-site";

 private:
  std::string out_;
  std::string tmp_;
  bool committed_ = false;
};

}  // namespace portal
