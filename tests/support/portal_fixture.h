#pragma once
/// Shared helpers for the unit and end-to-end tests: temporary folders, whole
/// files in and out, running the real `portal` binary with its stdout and
/// stderr captured, a portal folder made from a fixture plus the project's
/// real templates/ and assets/, and snapshots of a built site. The HTML
/// start-tag scanner and the link checker, to assert on what a browser would
/// treat as markup, are in html_scan.h, included here.
///
/// Header-only (inline functions): tests/support/*.cpp is not compiled into
/// the test binary.

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <functional>

#include "html_scan.h"
#include "process.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace portal::fixture {

namespace fs = std::filesystem;

/// The portal's languages, in the order of its site.yaml.
inline const std::vector<std::string> kLangs = {"kk", "ru", "tr", "en"};

/// The fixture's first paper, relative to its portal folder.
inline const char* const kAlphaPaper = "content/papers/alpha-smart-power.md";

/// The built file of paper `id`'s page in `lang`.
inline std::string paper_page(const std::string& lang, const std::string& id) {
  return lang + "/papers/" + id + "/index.html";
}

inline fs::path source_dir() { return fs::path(PORTAL_SOURCE_DIR); }
inline fs::path portal_binary() { return fs::path(PORTAL_BINARY); }

/// The whole file as bytes; fails the test when it cannot be read.
inline std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) FAIL("cannot read " << path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

/// Writes `bytes` to `path`, creating its folders.
inline void spit(const fs::path& path, std::string_view bytes) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) FAIL("cannot write " << path.string());
}

/// Appends `bytes` to the file at `path`.
inline void append(const fs::path& path, std::string_view bytes) { spit(path, slurp(path) + std::string(bytes)); }

/// Replaces the one occurrence of `from` in the file at `path` by `to`; fails
/// the test when `from` is not there exactly once (the fixture changed).
inline void replace_once(const fs::path& path, std::string_view from, std::string_view to) {
  std::string s = slurp(path);
  size_t at = s.find(from);
  if (at == std::string::npos || s.find(from, at + 1) != std::string::npos)
    FAIL("expected exactly one '" << from << "' in " << path.string());
  s.replace(at, from.size(), to);
  spit(path, s);
}

/// Number of lines of a text (a last line without '\n' counts).
inline int line_count(std::string_view text) {
  int n = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  return n + (!text.empty() && text.back() != '\n' ? 1 : 0);
}

// Temporary folders and shell quoting are shared with the tool-oracle tests.
using test::sh_quote;
using test::TempDir;

/// The outcome of a run: exit status (-1 when it did not exit normally), stdout, stderr.
using RunResult = test::ProcResult;

/// Runs `command` through /bin/sh with stdout and stderr captured, no stdin.
inline RunResult run_shell(const std::string& command) { return test::run_command(command + " </dev/null"); }

/// Runs the real `portal` binary with `args`.
inline RunResult run_portal(const std::vector<std::string>& args) {
  std::string cmd = sh_quote(portal_binary().string());
  for (const auto& a : args) {
    cmd += ' ';
    cmd += sh_quote(a);
  }
  return run_shell(cmd);
}

/// `portal build --root <root> --out <out>`.
inline RunResult build(const fs::path& root, const fs::path& out) {
  return run_portal({"build", "--root", root.string(), "--out", out.string()});
}

/// Copies `from` (a folder) to `to`, recursively.
inline void copy_tree(const fs::path& from, const fs::path& to) {
  if (!fs::is_directory(from)) FAIL(from.string() << " is not a folder");
  fs::create_directories(to);
  fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

/// A portal folder in `dir`/portal: tests/fixtures/<name>/content plus the
/// project's real templates/ and assets/. Returns its root.
inline fs::path make_portal(const TempDir& dir, const std::string& name = "basic") {
  fs::path root = dir / "portal";
  copy_tree(source_dir() / "tests" / "fixtures" / name / "content", root / "content");
  copy_tree(source_dir() / "templates", root / "templates");
  copy_tree(source_dir() / "assets", root / "assets");
  return root;
}

/// Every regular file under `dir`: relative path (with '/') → bytes (a Tree,
/// declared in html_scan.h).
inline Tree snapshot(const fs::path& dir) {
  Tree t;
  if (!fs::is_directory(dir)) return t;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) t[fs::relative(e.path(), dir).generic_string()] = slurp(e.path());
  return t;
}

/// Paths of a snapshot that differ between `a` and `b` (added, removed or changed).
inline std::vector<std::string> tree_diff(const Tree& a, const Tree& b) {
  std::vector<std::string> out;
  for (const auto& [k, v] : a) {
    auto it = b.find(k);
    if (it == b.end()) out.push_back("- " + k);
    else if (it->second != v) out.push_back("~ " + k);
  }
  for (const auto& [k, v] : b)
    if (!a.count(k)) out.push_back("+ " + k);
  return out;
}

/// The lines of a text, without their '\n'.
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

/// True when `text` has a line equal to `line`.
inline bool has_line(const std::string& text, const std::string& line) {
  auto lines = lines_of(text);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

inline bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

inline size_t count_of(std::string_view hay, std::string_view needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + needle.size())) ++n;
  return n;
}

/// A built site, kept for the whole test run: the portal folder, the output
/// folder, how the build ended and every file it wrote.
struct BuiltSite {
  TempDir dir;
  fs::path root;
  fs::path out;
  RunResult run;
  Tree files;
  const std::string& page(const std::string& rel) const {
    auto it = files.find(rel);
    if (it == files.end()) FAIL("the built site has no " << rel);
    return it->second;
  }
};

/// A fingerprint of the portal binary (size, modification time) and of every
/// file under `root` (path and bytes): what a shared site was built from.
inline std::string build_inputs_stamp(const fs::path& root) {
  std::string stamp = fmt::format("{} {}\n", fs::file_size(portal_binary()),
                                  fs::last_write_time(portal_binary()).time_since_epoch().count());
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files)
    stamp += fmt::format("{} {}\n", fs::relative(f, root).generic_string(), std::hash<std::string>{}(slurp(f)));
  return stamp;
}

/// The portal that `make_root` lays out in a folder, built once for every test
/// process of this build tree: CTest runs each test case in a process of its
/// own, and a site built per process cost most of the suite's time. The site
/// is kept in PORTAL_TEST_SITES/<name> with what it was built from, and built
/// again when the binary or any file of the portal changed; a lock on the
/// folder keeps concurrent tests from building it twice.
inline std::unique_ptr<BuiltSite> shared_site(const std::string& name,
                                              const std::function<fs::path(const TempDir&)>& make_root) {
  auto s = std::make_unique<BuiltSite>();
  fs::path fresh = make_root(s->dir);
  std::string stamp = build_inputs_stamp(fresh);
  fs::path cache = fs::path(PORTAL_TEST_SITES) / name;
  fs::create_directories(cache);
  int lock = ::open((cache / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  REQUIRE(lock >= 0);
  REQUIRE(::flock(lock, LOCK_EX) == 0);
  s->root = cache / "portal";
  s->out = cache / "site";
  fs::path stamp_file = cache / "built-from";
  if (!fs::exists(stamp_file) || slurp(stamp_file) != stamp) {
    std::error_code ec;
    fs::remove(stamp_file, ec);
    fs::remove_all(s->root, ec);
    fs::remove_all(s->out, ec);
    copy_tree(fresh, s->root);
    RunResult run = build(s->root, s->out);
    spit(cache / "status", std::to_string(run.status));
    spit(cache / "stdout", run.out);
    spit(cache / "stderr", run.err);
    spit(stamp_file, stamp);  // last: a build cut short is never taken for a finished one
  }
  s->run.status = std::stoi(slurp(cache / "status"));
  s->run.out = slurp(cache / "stdout");
  s->run.err = slurp(cache / "stderr");
  s->files = snapshot(s->out);
  ::close(lock);
  return s;
}

/// The fixture portal tests/fixtures/basic, built once per test run.
inline const BuiltSite& basic_site() {
  static std::unique_ptr<BuiltSite> site = shared_site("basic", [](const TempDir& dir) { return make_portal(dir); });
  return *site;
}

/// Runs Debian's python3 on `script` (passed with -c) and `args`.
inline RunResult run_python(const std::string& script, const std::vector<std::string>& args = {}) {
  std::string py = fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  std::string cmd = py + " -c " + sh_quote(script);
  for (const auto& a : args) {
    cmd += ' ';
    cmd += sh_quote(a);
  }
  return run_shell(cmd);
}

/// True when the file at `path` is well-formed XML (python3's minidom parses it).
inline bool xml_well_formed(const fs::path& path, std::string* error = nullptr) {
  RunResult r = run_python("import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])", {path.string()});
  if (error) *error = r.err;
  return r.status == 0;
}

}  // namespace portal::fixture
