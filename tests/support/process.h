#pragma once
/// Running the real tools (pandoc, python3) from tests: temp files, shell
/// quoting, a child process whose stdout is captured, and a check that fails
/// the test with the Debian package to install when a tool is missing.

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace portal::test {

/// The outcome of a child process: its exit status (-1 when it could not be
/// run) and what it wrote to stdout (stderr goes to `err`).
struct ProcResult {
  int status = -1;
  std::string out;
  std::string err;
};

/// `s` quoted for /bin/sh.
inline std::string sh_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// A fresh directory under the system temp dir, removed with its contents when
/// the object goes away.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("portal-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// Writes `content` to `name` inside the directory and returns its path.
  std::string write(const std::string& name, const std::string& content) const {
    auto p = path_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string path(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& rel) const { return path_ / rel; }

 private:
  std::filesystem::path path_;
};

/// Runs `command` through /bin/sh, capturing stdout and stderr.
inline ProcResult run_command(const std::string& command) {
  static std::atomic<int> counter{0};
  auto err_path = std::filesystem::temp_directory_path() /
                  ("portal-citation-stderr-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  ProcResult r;
  FILE* pipe = ::popen((command + " 2>" + sh_quote(err_path.string())).c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int st = ::pclose(pipe);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::ifstream in(err_path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  r.err = ss.str();
  std::error_code ec;
  std::filesystem::remove(err_path, ec);
  return r;
}

/// Debian's own python3: python3-bibtexparser installs into its dist-packages,
/// which another python3 first in PATH (pyenv, venv) would not see.
inline std::string debian_python() {
  return std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

/// Fails the current test (no skip) unless `probe` runs with exit status 0,
/// naming the Debian package that provides it.
inline void require_tool(const std::string& probe, const std::string& debian_package) {
  auto r = run_command(probe + " >/dev/null");
  if (r.status != 0)
    FAIL("required tool missing or broken (`" << probe << "` failed: " << r.err
                                              << "); install the Debian package: apt-get install "
                                              << debian_package);
}

/// Fails the current test unless `path` exists, naming the Debian package.
inline void require_file(const std::string& path, const std::string& debian_package) {
  if (!std::filesystem::exists(path))
    FAIL(path << " is missing; install the Debian package: apt-get install " << debian_package);
}

}  // namespace portal::test
