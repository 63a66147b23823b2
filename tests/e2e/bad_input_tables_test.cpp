// End to end: tables larger than the portal takes (text/table_limits.h): too
// many columns, or too many cells, in a paper body, in an abstract written as a
// YAML block, and in a timeline summary written with "\n" escapes. Each is
// reported at its delimiter row (or at the value that holds it), exit status 1,
// the previous site untouched; and the build does not slow down on them.

#include <catch2/catch.hpp>

#include "../support/broken_build.h"

using namespace portal::fixture;

namespace {


/// A table of `columns` columns and `rows` body rows, as Markdown lines.
std::string table(size_t columns, size_t rows, const std::string& indent = "") {
  std::string head = indent + "|", rule = indent + "|", body;
  for (size_t c = 0; c < columns; ++c) {
    ((head += 'c') += std::to_string(c)) += '|';
    rule += "---|";
  }
  for (size_t r = 0; r < rows; ++r) body += indent + "|" + std::to_string(r) + "|\n";
  return head + "\n" + rule + "\n" + body;
}

}  // namespace

TEST_CASE("bad input: a table of 16384 columns in a paper body", "[e2e][bad-input][tables]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path paper = root / kAlphaPaper;
    line = line_count(slurp(paper)) + 3;  // a blank line, the header row, then the delimiter row
    append(paper, std::string("\n").append(table(16384, 1)));
  });
  expect_errors(b, {std::string(kAlphaPaper) + ":" + std::to_string(line) +
                    ":1: error: a table of 16384 columns: a table may have at most 128 (a wider one cannot be read "
                    "on any screen, and it makes the Markdown parser slow); split it into narrower or shorter tables"});
}

TEST_CASE("bad input: a narrow table of more cells than the limit, its short rows filled up to its width",
          "[e2e][bad-input][tables]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path paper = root / kAlphaPaper;
    line = line_count(slurp(paper)) + 3;
    append(paper, std::string("\n").append(table(100, 1000)));
  });
  expect_errors(b, {std::string(kAlphaPaper) + ":" + std::to_string(line) +
                    ":1: error: a table of 100 columns and 1001 rows (100100 cells): a table may have at most 100000 "
                    "cells; split it into narrower or shorter tables"});
}

TEST_CASE("bad input: an oversized table in an abstract written as a YAML block", "[e2e][bad-input][tables]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path paper = root / kAlphaPaper;
    const std::string en = "  en: \"This study examines Kazakhstan–Türkiye relations through the concept of *smart power*.\"\n";
    std::string text = slurp(paper);
    size_t at = text.find(en);
    REQUIRE(at != std::string::npos);
    line = line_count(text.substr(0, at)) + 3;  // `en: |`, the header row, then the delimiter row
    replace_once(paper, en, "  en: |\n" + table(200, 0, "    ") + "\n    This study examines.\n");
  });
  expect_errors(b, {std::string(kAlphaPaper) + ":" + std::to_string(line) +
                    ":5: error: a table of 200 columns: a table may have at most 128 (a wider one cannot be read on "
                    "any screen, and it makes the Markdown parser slow); split it into narrower or shorter tables"});
}

TEST_CASE("bad input: an oversized table written with \\n escapes in a timeline summary", "[e2e][bad-input][tables]") {
  BrokenBuild b([&](const fs::path& root) {
    std::string escaped;
    for (char c : table(300, 1)) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
    replace_once(root / "content/timeline.yaml", "    en: The Turkic Council is founded.\n",
                 "    en: \"" + escaped + "\"\n");
  });
  expect_errors(b, {"content/timeline.yaml:20:9: error: a table of 300 columns: a table may have at most 128 (a wider "
                    "one cannot be read on any screen, and it makes the Markdown parser slow) (written with escapes); "
                    "split it into narrower or shorter tables"});
}

TEST_CASE("tables: a table at the limits builds, with all its columns", "[e2e][tables]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  append(root / kAlphaPaper, std::string("\n").append(table(128, 3)));
  fs::path out = dir / "site";
  RunResult r = build(root, out);
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::string page = slurp(out / "en" / "papers" / "alpha-smart-power" / "index.html");
  CHECK(contains(page, "<th>c127</th>"));
  CHECK_FALSE(contains(page, "c128"));
}
