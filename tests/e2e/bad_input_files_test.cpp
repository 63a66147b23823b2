// End to end: files that cannot be read as what they should be (the papers
// folder, a paper that is a broken link, a link loop, a FIFO, a folder), UI
// strings that are not valid ICU messages or miss keys, and `portal new` with
// a language the portal does not have. The tests run as root, which reads any
// file whatever its mode, so unreadability is made of the file system's shape.

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <sys/stat.h>

#include "../support/broken_build.h"

using namespace portal::fixture;

// --- the papers folder --------------------------------------------------------

TEST_CASE("bad input: content/papers is a file, not a folder", "[e2e][bad-input][files]") {
  BrokenBuild b([](const fs::path& root) {
    fs::remove_all(root / "content" / "papers");
    spit(root / "content" / "papers", "not a folder\n");
  });
  // only this: the timeline's links to the papers would merely echo it
  expect_errors(b, {"content/papers: error: not a folder: papers are the files content/papers/<id>.md"});
}

TEST_CASE("bad input: content/papers is missing", "[e2e][bad-input][files]") {
  BrokenBuild b([](const fs::path& root) { fs::remove_all(root / "content" / "papers"); });
  expect_errors(b, {"content/papers: error: folder not found: papers are the files content/papers/<id>.md"});
}

TEST_CASE("bad input: a paper that is a broken link, a link loop, a FIFO or a folder is named, not skipped",
          "[e2e][bad-input][files]") {
  BrokenBuild b([](const fs::path& root) {
    fs::path papers = root / "content" / "papers";
    fs::create_symlink("moved-away.md", papers / "dangling.md");
    fs::create_symlink("loop-b.md", papers / "loop-a.md");
    fs::create_symlink("loop-a.md", papers / "loop-b.md");
    REQUIRE(mkfifo((papers / "pipe.md").c_str(), 0644) == 0);  // reading it would wait for ever
    fs::create_directory(papers / "folder.md");
    fs::create_symlink("nowhere", papers / ".#alpha-smart-power.md");  // an editor's lock file: ignored
  });
  expect_errors(b, {"content/papers/dangling.md: error: broken symbolic link: its target 'moved-away.md' does not "
                    "exist",
                    "content/papers/folder.md: error: not a regular file: a paper is a Markdown file",
                    "content/papers/loop-a.md: error: cannot read the paper: Too many levels of symbolic links",
                    "content/papers/loop-b.md: error: cannot read the paper: Too many levels of symbolic links",
                    "content/papers/pipe.md: error: not a regular file: a paper is a Markdown file"});
}

TEST_CASE("bad input: timeline.yaml that is a FIFO is named, and does not hang the build", "[e2e][bad-input][files]") {
  BrokenBuild b([](const fs::path& root) {
    fs::path timeline = root / "content" / "timeline.yaml";
    fs::remove(timeline);
    REQUIRE(mkfifo(timeline.c_str(), 0644) == 0);
  });
  expect_errors(b, {"content/timeline.yaml: error: not a regular file"});
}

// --- UI strings ------------------------------------------------------------------

TEST_CASE("bad input: a UI string that is not a valid ICU message is placed at ICU's offset",
          "[e2e][bad-input][i18n]") {
  BrokenBuild b([](const fs::path& root) {
    fs::path en = root / "templates" / "i18n" / "en.yaml";
    replace_once(en, "=0 {no papers} one {# paper} other {# papers}}\"", "=0 {no papers} one {# paper} other {# papers}\"");
    replace_once(en, "abstract_in: \"Abstract in {language}\"", "abstract_in: \"Abstract in {language\"");
  });
  // The line of `topics.papers_count`, counted from the file (strings are added above it).
  std::string en = slurp(source_dir() / "templates" / "i18n" / "en.yaml");
  int count_line = line_count(en.substr(0, en.find("  papers_count:"))) + 1;
  expect_errors(b, {"templates/i18n/en.yaml:47:29: error: UI string 'paper.abstract_in' is not a valid ICU message: "
                    "unmatched braces",
                    "templates/i18n/en.yaml:" + std::to_string(count_line) +
                        ":33: error: UI string 'topics.papers_count' is not a valid ICU message: syntax error"});
}

TEST_CASE("bad input: UI strings missing, extra or given twice in a language", "[e2e][bad-input][i18n]") {
  BrokenBuild b([](const fs::path& root) {
    fs::path i18n = root / "templates" / "i18n";
    replace_once(i18n / "ru.yaml", "  timeline: Хронология\n", "");
    append(i18n / "tr.yaml", "extra_key: Fazladan\n");
    append(i18n / "en.yaml", "autonym: English again\n");
  });
  // the appended keys stand on the line after the files' last
  const fs::path i18n = source_dir() / "templates" / "i18n";
  const int tr_line = line_count(slurp(i18n / "tr.yaml")) + 1, en_line = line_count(slurp(i18n / "en.yaml")) + 1;
  expect_errors(b, {"templates/i18n/ru.yaml:7:1: error: missing UI string 'nav.timeline' (present in kk.yaml)",
                    fmt::format("templates/i18n/tr.yaml:{}:1: error: UI string 'extra_key' is not in kk.yaml", tr_line),
                    fmt::format("templates/i18n/en.yaml:{}:1: error: duplicate key 'autonym' (first defined at line "
                                "3): only one value can be kept", en_line)});
}

TEST_CASE("bad input: a form feed in a UI string", "[e2e][bad-input][i18n][controls]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(root / "templates" / "i18n" / "kk.yaml", "skip_to_content: ", "skip_to_content: \f");
  });
  expect_errors(b, {"templates/i18n/kk.yaml:4:18: error: invisible character U+000C FORM FEED is not allowed: "
                    "delete it, or use a space or a line break"});
}

// --- portal new ------------------------------------------------------------------

TEST_CASE("portal new refuses a language the portal does not have, naming the allowed ones", "[e2e][cli]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  RunResult r = run_portal({"new", "new-paper", "--root", root.string(), "--language", "xx"});
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(r.err == "portal new: 'xx' is not one of the portal's languages: use --language with one of kk, ru, tr, "
                 "en\n");
  CHECK_FALSE(fs::exists(root / "content" / "papers" / "new-paper.md"));
}
