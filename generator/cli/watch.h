#pragma once
/// The preview server's file watcher: tells when anything under the folders a
/// build reads has changed (a file written, created, deleted or renamed),
/// through inotify on Linux, recursively, or by comparing snapshots of the
/// folders where inotify is unavailable or fails (no inotify, the watch limit
/// reached) or where polling is asked for. A burst of events (an editor's
/// save writes, renames and changes modes within milliseconds) is one change.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace portal {

/// How a `Watcher` watches.
struct WatchOptions {
  /// A change is reported once this long has passed without another event.
  std::chrono::milliseconds quiet{50};
  /// However busy the folders stay, a change is reported after this long.
  std::chrono::milliseconds longest_wait{1000};
  /// Between two snapshots when polling.
  std::chrono::milliseconds poll_interval{300};
  /// Poll even where inotify works (`portal serve --poll`: network file
  /// systems whose changes made elsewhere inotify never sees).
  bool force_polling = false;
};

/// What `Watcher::wait` saw.
enum class WatchEvent {
  changed,    ///< something changed, and then nothing for `quiet`
  timed_out,  ///< nothing changed within the time given
  stopped,    ///< `stop()` was called
};

/// Watches folders (recursively) and single files for changes. `wait` is for
/// one thread; `stop` may be called from any thread, once `wait` should end.
class Watcher {
 public:
  Watcher(std::vector<std::filesystem::path> paths, WatchOptions options);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  /// Blocks until the watched paths change (and settle), `timeout` passes, or
  /// `stop()` is called.
  WatchEvent wait(std::chrono::milliseconds timeout = std::chrono::hours(24 * 365));
  /// Makes the current and every later `wait` return `stopped`. Thread-safe.
  void stop();

  /// True when polling rather than using inotify.
  bool polling() const { return inotify_fd_ < 0; }
  /// Why the watcher polls ("" when it uses inotify or polling was asked for).
  const std::string& fallback_reason() const { return fallback_reason_; }

 private:
  /// A file's modification time and size, as polling compares them.
  using Stamp = std::pair<std::filesystem::file_time_type, std::uintmax_t>;
  /// Every file and folder under the watched paths with its stamp.
  using Snapshot = std::map<std::string, Stamp>;

  bool start_inotify();
  bool watch_tree(const std::filesystem::path& dir);
  bool watch_one(const std::filesystem::path& path);
  void fall_back(std::string reason);
  /// Reads pending inotify events; true when any of them is a change.
  bool drain_inotify();
  Snapshot snapshot() const;
  /// Waits for the stop signal or inotify, at most `ms`; true when stopped.
  bool sleep_or_stop(std::chrono::milliseconds ms, bool* readable);

  std::vector<std::filesystem::path> paths_;
  WatchOptions options_;
  int inotify_fd_ = -1;
  int stop_fd_ = -1;  ///< an eventfd written by stop()
  std::unordered_map<int, std::filesystem::path> watched_;  ///< watch descriptor → folder
  std::string fallback_reason_;
  Snapshot last_;
};

}  // namespace portal
