#include "cli/watch.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

namespace fs = std::filesystem;

namespace portal {

namespace {

/// The events that mean a folder's contents changed.
constexpr uint32_t kMask = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                           IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_EXCL_UNLINK;

using Clock = std::chrono::steady_clock;

std::chrono::milliseconds until(Clock::time_point t) {
  return std::max(std::chrono::milliseconds(0), std::chrono::duration_cast<std::chrono::milliseconds>(t - Clock::now()));
}

/// Why inotify could not be used, in words the user can act on.
std::string inotify_failure(int err) {
  if (err == ENOSPC) return "inotify's watch limit is reached (sysctl fs.inotify.max_user_watches)";
  if (err == EMFILE) return "inotify's instance limit is reached (sysctl fs.inotify.max_user_instances)";
  return fmt::format("inotify failed: {}", std::strerror(err));
}

}  // namespace

Watcher::Watcher(std::vector<fs::path> paths, WatchOptions options)
    : paths_(std::move(paths)), options_(options) {
  stop_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (options_.force_polling || !start_inotify()) last_ = snapshot();
}

Watcher::~Watcher() {
  if (inotify_fd_ >= 0) close(inotify_fd_);
  if (stop_fd_ >= 0) close(stop_fd_);
}

bool Watcher::start_inotify() {
  inotify_fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (inotify_fd_ < 0) {
    fallback_reason_ = inotify_failure(errno);
    return false;
  }
  for (const auto& p : paths_)
    if (!watch_tree(p)) return false;
  return true;
}

void Watcher::fall_back(std::string reason) {
  if (inotify_fd_ >= 0) close(inotify_fd_);
  inotify_fd_ = -1;
  watched_.clear();
  fallback_reason_ = std::move(reason);
}

bool Watcher::watch_one(const fs::path& path) {
  int wd = inotify_add_watch(inotify_fd_, path.c_str(), kMask);
  if (wd >= 0) {
    watched_[wd] = path;
    return true;
  }
  // Gone or not a folder by now: nothing to watch, and no reason to poll.
  if (errno == ENOENT || errno == ENOTDIR || errno == EACCES) return true;
  fall_back(inotify_failure(errno));
  return false;
}

bool Watcher::watch_tree(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return true;
  if (!watch_one(dir)) return false;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_directory(ec) && !it->is_symlink(ec) && !watch_one(it->path())) return false;
  }
  return true;
}

bool Watcher::drain_inotify() {
  bool changed = false;
  alignas(inotify_event) char buffer[16 * 1024];
  while (inotify_fd_ >= 0) {
    ssize_t n = read(inotify_fd_, buffer, sizeof buffer);
    if (n <= 0) break;  // EAGAIN: all read
    for (char* at = buffer; at < buffer + n;) {
      const auto* ev = reinterpret_cast<const inotify_event*>(static_cast<void*>(at));
      at += sizeof(inotify_event) + ev->len;
      if (ev->mask & IN_Q_OVERFLOW) {
        // Events were lost, and with them perhaps new folders: watch everything again.
        changed = true;
        for (const auto& p : paths_)
          if (!watch_tree(p)) break;
        continue;
      }
      if (ev->mask & IN_IGNORED) {
        watched_.erase(ev->wd);  // its folder is gone; the event that said so counted
        continue;
      }
      changed = true;
      if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO)) && ev->len > 0) {
        auto parent = watched_.find(ev->wd);
        if (parent != watched_.end()) watch_tree(parent->second / ev->name);
      }
      if (inotify_fd_ < 0) break;  // the watch limit was reached: polling from now on
    }
  }
  if (inotify_fd_ < 0) last_ = snapshot();
  return changed;
}

Watcher::Snapshot Watcher::snapshot() const {
  Snapshot s;
  std::error_code ec;
  for (const auto& root : paths_) {
    if (!fs::is_directory(root, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code e;
      auto time = it->last_write_time(e);
      std::uintmax_t size = it->is_regular_file(e) ? it->file_size(e) : 0;
      s.emplace(it->path().string(), Stamp{time, size});
    }
  }
  return s;
}

bool Watcher::sleep_or_stop(std::chrono::milliseconds ms, bool* readable) {
  pollfd fds[2] = {{stop_fd_, POLLIN, 0}, {inotify_fd_, POLLIN, 0}};
  int timeout = static_cast<int>(std::min<std::chrono::milliseconds::rep>(ms.count(), INT_MAX));
  int n = poll(fds, inotify_fd_ >= 0 ? 2 : 1, timeout);
  if (readable) *readable = n > 0 && inotify_fd_ >= 0 && (fds[1].revents & POLLIN);
  return n > 0 && (fds[0].revents & POLLIN);
}

void Watcher::stop() {
  uint64_t one = 1;
  if (write(stop_fd_, &one, sizeof one) < 0) {
    // An eventfd only refuses a write when its counter is full, and then it is readable already.
  }
}

WatchEvent Watcher::wait(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  // The first sign of a change.
  while (true) {
    bool readable = false;
    auto left = until(deadline);
    if (polling()) {
      if (sleep_or_stop(std::min(left, options_.poll_interval), nullptr)) return WatchEvent::stopped;
      Snapshot now = snapshot();
      if (now != last_) {
        last_ = std::move(now);
        break;
      }
    } else {
      if (sleep_or_stop(left, &readable)) return WatchEvent::stopped;
      if (readable && drain_inotify()) break;
    }
    if (Clock::now() >= deadline) return WatchEvent::timed_out;
  }
  // Then until the folders are quiet, or for the longest wait.
  const auto latest = Clock::now() + options_.longest_wait;
  while (true) {
    auto left = std::min(options_.quiet, until(latest));
    if (left.count() <= 0) break;
    bool readable = false;
    if (sleep_or_stop(left, polling() ? nullptr : &readable)) return WatchEvent::stopped;
    if (polling()) {
      Snapshot now = snapshot();
      if (now == last_) break;
      last_ = std::move(now);
    } else {
      if (!readable) break;
      drain_inotify();
    }
  }
  return WatchEvent::changed;
}

}  // namespace portal
