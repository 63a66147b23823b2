#include <catch2/catch.hpp>

#include <string>

#include "text/markdown.h"
#include "text/table_limits.h"

using namespace portal::text;

namespace {

std::string row(const std::string& cell, size_t columns) {
  std::string line = "|";
  for (size_t c = 0; c < columns; ++c) line += cell + "|";
  return line + "\n";
}

}  // namespace

TEST_CASE("table limits: a table within the limits is not reported") {
  CHECK_FALSE(find_oversized_table(row("h", 128) + row("---", 128) + row("x", 128)));
  CHECK_FALSE(find_oversized_table("Plain text, with a | pipe.\n\n- a list\n- |-\n"));
  CHECK_FALSE(find_oversized_table(""));
}

TEST_CASE("table limits: columns are the delimiter row's cells, with or without outer pipes") {
  std::string rule;
  for (int c = 0; c < 129; ++c) rule += c ? "|:---:" : ":---:";
  auto t = find_oversized_table("h\n" + rule + "\n");
  REQUIRE(t);
  CHECK(t->columns == 129);
  CHECK(t->offset == 2);
  t = find_oversized_table("h\n  " + row("---", 129));
  REQUIRE(t);
  CHECK(t->columns == 129);
  CHECK(t->offset == 4);  // after the indentation
}

TEST_CASE("table limits: a delimiter row after a blank line heads no table") {
  CHECK_FALSE(find_oversized_table("Text.\n\n" + row("---", 500)));
  CHECK(find_oversized_table("Text.\n" + row("---", 500)));
}

TEST_CASE("table limits: cells count the rows up to the blank line that ends the table") {
  std::string rows;
  for (int r = 0; r < 1000; ++r) rows += "|x|\n";
  auto t = find_oversized_table(row("h", 100) + row("-", 100) + rows + "\nAfter.\n");
  REQUIRE(t);
  CHECK(t->columns == 100);
  CHECK(t->rows == 1001);
  CHECK_FALSE(find_oversized_table(row("h", 100) + row("-", 100) + rows.substr(0, 4 * 998) + "\n" + rows));
}

TEST_CASE("table limits: the second of two tables is found after the first") {
  std::string text = row("h", 2) + row("-", 2) + "\n" + row("h", 200) + row("-", 200);
  auto t = find_oversized_table(text);
  REQUIRE(t);
  CHECK(t->columns == 200);
  CHECK_FALSE(find_oversized_table(text, t->offset + 1));
}

TEST_CASE("table limits: the parser leaves an oversized table as text") {
  std::string html = render_markdown(row("h", 200) + row("-", 200), {});
  CHECK(html.find("<table") == std::string::npos);
  CHECK(render_markdown(row("h", 3) + row("-", 3), {}).find("<table") != std::string::npos);
}
