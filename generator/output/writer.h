#pragma once
/// Writes a site atomically: every file goes into a fresh staging folder
/// beside the target, and only a complete build is swapped into place, in one
/// rename that exchanges the two folders (renameat2 RENAME_EXCHANGE), so there
/// is a site at the target at every moment. A failed build leaves the previous
/// site exactly as it was; files of the previous build that the new one lacks
/// do not survive. Staging folders left by killed builds are removed.
/// The previous site is not deleted but kept as the spare,
/// `.portal-cache/<out name>/previous` beside the target, never served: the
/// next build stages into it, leaves the files whose bytes it would write
/// unchanged, rewrites the others and removes those it did not write, so an
/// unchanged site costs reads, not writes, and no deletion is on the way.

#include <stdexcept>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>

namespace portal {

/// The site could not be written (a full disk, a file-size limit, permissions,
/// a folder portal must not replace): a failure of the run, not of the input.
/// what() is "path: reason"; `path` and `reason` hold the two parts.
struct WriteError : std::runtime_error {
  WriteError(std::string path_, std::string reason_)
      : std::runtime_error(path_ + ": " + reason_), path(std::move(path_)), reason(std::move(reason_)) {}
  std::string path;    ///< the file or folder that could not be written
  std::string reason;  ///< e.g. "cannot write: File too large"
};

/// The atomic site writer. write() is thread-safe; commit() is called once.
class SiteWriter {
 public:
  /// Removes the staging and old-site folders that builds of processes no
  /// longer running left beside `out_dir`, then prepares a staging folder.
  /// Throws WriteError when `out_dir` exists but was not written by portal (it
  /// would be replaced) or the staging folder cannot be made.
  explicit SiteWriter(std::string out_dir);
  ~SiteWriter();  ///< removes the staging folder unless committed
  SiteWriter(const SiteWriter&) = delete;
  SiteWriter& operator=(const SiteWriter&) = delete;

  /// Writes `bytes` to `rel_path` (e.g. "kk/papers/x/index.html") in the new
  /// site; throws WriteError naming the file and the system's reason.
  void write(std::string_view rel_path, std::string_view bytes);

  /// Swaps the new site into place. Throws WriteError on failure, in which
  /// case the previous site is left (or put back) where it was. The previous
  /// site is then deleted on a background thread (see wait_for_removals).
  void commit();

  const std::string& staging_dir() const { return tmp_; }

  /// Waits until every previous site handed over by commit() is deleted. Runs
  /// by itself when the process exits; call it to see the folder gone sooner.
  static void wait_for_removals();

  /// Name of the marker file that identifies a folder written by portal.
  static constexpr const char* kMarker = ".portal-site";
  /// The folder beside the target that holds the spare (and build caches).
  static constexpr const char* kCacheFolder = ".portal-cache";

 private:
  void clear_way(const std::filesystem::path& path) const;  ///< reusing a spare: removes what blocks `path`
  void remove_unwritten();                             ///< reusing a spare: drops what this build did not write
  void keep_as_spare(const std::string& previous_site);  ///< parks the replaced site for the next build
  std::string out_;
  std::string tmp_;
  std::string spare_;
  bool reusing_ = false;  ///< staging in the spare, so unchanged files are left
  bool committed_ = false;
  std::mutex written_mutex_;
  std::unordered_set<std::string> written_;  ///< relative paths written, when reusing
};

}  // namespace portal
