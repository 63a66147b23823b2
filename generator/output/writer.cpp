#include "output/writer.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <atomic>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include <fmt/format.h>

namespace fs = std::filesystem;

namespace portal {

namespace {

/// The tags of the folders a build makes beside `<out>`: `<out>.tmp-<pid>-<n>`
/// (staging; after the exchange, the previous site on its way out) and
/// `<out>.old-<pid>-<n>` (the previous site, when the fallback swap is used).
constexpr std::string_view kStagingTag = "tmp";
constexpr std::string_view kOldTag = "old";

/// A sibling path of `out` that does not exist yet: `<out>.<tag>-<pid>-<n>`.
std::string sibling(const fs::path& out, std::string_view tag) {
  for (int n = 0;; ++n) {
    fs::path p = out;
    p += fmt::format(".{}-{}-{}", tag, static_cast<long>(getpid()), n);
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(p, ec))) return p.string();
  }
}

/// The process id in a sibling's name `<out_name>.<tag>-<pid>-<n>`, or 0 when
/// `name` is not such a name.
pid_t sibling_pid(std::string_view name, std::string_view out_name) {
  for (std::string_view tag : {kStagingTag, kOldTag}) {
    std::string prefix = fmt::format("{}.{}-", out_name, tag);
    if (name.substr(0, prefix.size()) != prefix) continue;
    std::string_view rest = name.substr(prefix.size());
    long pid = 0;
    auto [p, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), pid);
    if (ec != std::errc() || p == rest.data() || p == rest.data() + rest.size() || *p != '-' || pid <= 0) return 0;
    std::string_view n = rest.substr(static_cast<size_t>(p - rest.data()) + 1);
    if (n.empty() || n.find_first_not_of("0123456789") != std::string_view::npos) return 0;
    return static_cast<pid_t>(pid);
  }
  return 0;
}

/// Whether no process of this id is running (a killed build's leftovers).
bool process_gone(pid_t pid) { return kill(pid, 0) == -1 && errno == ESRCH; }

/// Removes the staging and old-site folders of dead processes beside `out`.
/// Only folders holding the marker (or empty ones) are touched.
void remove_stale_siblings(const fs::path& out) {
  std::error_code ec;
  std::string out_name = out.filename().string();
  for (const auto& e : fs::directory_iterator(out.parent_path(), ec)) {
    std::string name = e.path().filename().string();
    pid_t pid = sibling_pid(name, out_name);
    if (pid == 0 || pid == getpid() || !process_gone(pid)) continue;
    std::error_code ec2;
    if (!e.is_directory(ec2) || e.is_symlink(ec2)) continue;
    if (fs::exists(e.path() / SiteWriter::kMarker, ec2) || fs::is_empty(e.path(), ec2)) fs::remove_all(e.path(), ec2);
  }
}

/// Deletes previous sites off the critical path, one thread each; every
/// thread is joined by wait() and, at the latest, when the process exits.
class BackgroundRemover {
 public:
  void remove(std::string path) {
    std::lock_guard lock(mutex_);
    reap_finished();
    auto done = std::make_shared<std::atomic<bool>>(false);
    tasks_.push_back({std::thread([path = std::move(path), done] {
                        std::error_code ec;
                        fs::remove_all(path, ec);
                        *done = true;
                      }),
                      done});
  }
  void wait() {
    std::vector<Task> tasks;
    {
      std::lock_guard lock(mutex_);
      tasks.swap(tasks_);
    }
    for (auto& t : tasks) t.thread.join();
  }
  ~BackgroundRemover() { wait(); }

 private:
  /// One removal: its thread, and whether it has finished.
  struct Task {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> done;
  };
  // Joins the threads that have finished, so a long `serve` does not pile them up.
  void reap_finished() {
    for (auto it = tasks_.begin(); it != tasks_.end();) {
      if (*it->done) {
        it->thread.join();
        it = tasks_.erase(it);
      } else {
        ++it;
      }
    }
  }
  std::mutex mutex_;
  std::vector<Task> tasks_;
};

BackgroundRemover& remover() {
  static BackgroundRemover instance;
  return instance;
}

/// Exchanges two existing paths in one step. False with errno EINVAL or
/// ENOSYS where the file system or kernel cannot (the caller falls back).
bool exchange_paths(const std::string& a, const std::string& b) {
#ifdef RENAME_EXCHANGE
  return renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0;
#else
  errno = ENOSYS;
  return false;
#endif
}

/// Whether the file at `path` holds exactly `bytes` (a size check first, so a
/// changed file is mostly told apart by one fstat).
bool holds(const fs::path& path, std::string_view bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) == bytes.size();
  std::string buffer(same ? bytes.size() : 0, '\0');
  size_t got = 0;
  while (same && got < buffer.size()) {
    ssize_t n = ::read(fd, buffer.data() + got, buffer.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) same = false;
    else got += static_cast<size_t>(n);
  }
  ::close(fd);
  return same && std::string_view(buffer) == bytes;
}

/// Writes all of `bytes` to a new file at `path`; returns 0 or the errno.
int write_file(const fs::path& path, std::string_view bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return errno;
  const char* p = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      return err;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return errno;
  return 0;
}

}  // namespace

SiteWriter::SiteWriter(std::string out_dir) : out_(std::move(out_dir)) {
  fs::path out = fs::absolute(out_).lexically_normal();
  if (!out.has_filename()) out = out.parent_path();
  out_ = out.string();
  std::error_code ec;
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec))
      throw WriteError(out_, "exists and is not a folder; not replacing it");
    bool empty = fs::is_empty(out, ec);
    if (!empty && !fs::exists(out / kMarker, ec))
      throw WriteError(out_, fmt::format("this folder was not written by portal (no {} file); refusing to replace "
                                         "it. Choose another --out or remove it yourself.",
                                         kMarker));
  }
  fs::create_directories(out.parent_path(), ec);
  remove_stale_siblings(out);
  spare_ = (out.parent_path() / kCacheFolder / out.filename() / "previous").string();
  tmp_ = sibling(out, kStagingTag);
  // Taking the spare is one rename, so of two builds at once only one gets it.
  reusing_ = ::rename(spare_.c_str(), tmp_.c_str()) == 0;
  if (reusing_ && !fs::exists(fs::path(tmp_) / kMarker, ec)) {
    fs::remove_all(tmp_, ec);  // not a site portal left there: never reused
    reusing_ = false;
  }
  if (!reusing_ && !fs::create_directory(tmp_, ec))
    throw WriteError(tmp_, "cannot create the staging folder: " + ec.message());
  write(kMarker, "This folder is written by portal build; it is replaced whole on each build.\n");
}

SiteWriter::~SiteWriter() {
  if (committed_) return;
  std::error_code ec;
  fs::remove_all(tmp_, ec);
}

void SiteWriter::write(std::string_view rel_path, std::string_view bytes) {
  fs::path p = fs::path(tmp_) / fs::path(rel_path);
  // Named as the file will be in the site: the staging folder is gone after a failure.
  auto shown = [&] { return (fs::path(out_) / fs::path(rel_path)).string(); };
  std::error_code ec;
  if (reusing_) {
    {
      std::lock_guard lock(written_mutex_);
      written_.emplace(rel_path);
    }
    if (holds(p, bytes)) return;  // unchanged since the spare was written: left as it is
  }
  fs::create_directories(p.parent_path(), ec);
  if (ec && reusing_) {
    clear_way(p);
    ec.clear();
    fs::create_directories(p.parent_path(), ec);
  }
  if (ec) throw WriteError(shown(), "cannot create its folder: " + ec.message());
  int err = write_file(p, bytes);
  if (err == EISDIR && reusing_) {
    clear_way(p);
    err = write_file(p, bytes);
  }
  if (err) throw WriteError(shown(), fmt::format("cannot write: {}", std::strerror(err)));
}

void SiteWriter::clear_way(const fs::path& path) const {
  // A spare of an older build may hold a file where this one needs a folder, or
  // a folder where it needs a file: whatever is in the way goes.
  std::error_code ec;
  if (fs::is_directory(fs::symlink_status(path, ec))) fs::remove_all(path, ec);
  for (fs::path p = path.parent_path(); p.string().size() > tmp_.size(); p = p.parent_path()) {
    auto st = fs::symlink_status(p, ec);
    if (fs::exists(st) && !fs::is_directory(st)) fs::remove(p, ec);
  }
}

void SiteWriter::remove_unwritten() {
  std::error_code ec;
  std::vector<fs::path> folders;
  for (auto it = fs::recursive_directory_iterator(tmp_, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::error_code ec2;
    if (it->is_directory(ec2) && !it->is_symlink(ec2)) {
      folders.push_back(it->path());
      continue;
    }
    if (!written_.count(it->path().lexically_relative(tmp_).generic_string())) fs::remove(it->path(), ec2);
  }
  if (ec) throw WriteError(tmp_, "cannot list the staging folder: " + ec.message());
  // Deepest first, so a folder emptied of its folders goes too; non-empty ones stay.
  for (auto it = folders.rbegin(); it != folders.rend(); ++it) {
    std::error_code ec2;
    if (fs::is_empty(*it, ec2)) fs::remove(*it, ec2);
  }
}

void SiteWriter::keep_as_spare(const std::string& previous_site) {
  std::error_code ec;
  fs::create_directories(fs::path(spare_).parent_path(), ec);
  if (ec || ::rename(previous_site.c_str(), spare_.c_str()) != 0) remover().remove(previous_site);
}

void SiteWriter::commit() {
  std::error_code ec;
  if (reusing_) remove_unwritten();
  if (!fs::exists(out_, ec)) {
    fs::rename(tmp_, out_, ec);
    if (ec) throw WriteError(out_, "cannot move the new site into place: " + ec.message());
    committed_ = true;
    return;
  }
  if (exchange_paths(tmp_, out_)) {
    committed_ = true;
    keep_as_spare(tmp_);  // the staging name now holds the previous site
    return;
  }
  if (errno != EINVAL && errno != ENOSYS)
    throw WriteError(out_, fmt::format("cannot swap the new site into place: {}", std::strerror(errno)));
  // No exchange here (e.g. an older kernel or some network file systems): two
  // renames, with a moment without a site between them.
  std::string old = sibling(out_, kOldTag);
  fs::rename(out_, old, ec);
  if (ec) throw WriteError(out_, "cannot move the previous site aside: " + ec.message());
  fs::rename(tmp_, out_, ec);
  if (ec) {
    std::error_code ec2;
    fs::rename(old, out_, ec2);
    throw WriteError(out_, "cannot move the new site into place: " + ec.message());
  }
  committed_ = true;
  keep_as_spare(old);
}

void SiteWriter::wait_for_removals() { remover().wait(); }

}  // namespace portal
