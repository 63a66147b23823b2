#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/footnote_refs.h"
#include "text/nearest.h"

using namespace portal::text;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("event", "evnt") == 1);
  CHECK(edit_distance("history", "histroy") == 1);  // a swap of neighbours is one step
  CHECK(edit_distance("cite", "cites") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("nearest ids: close ones only, nearest first, case and script aside") {
  std::vector<std::string> topics = {"soft-power", "ots", "history", "defence"};
  CHECK(nearest("soft-powr", topics) == std::vector<std::string>{"soft-power"});
  CHECK(nearest("Soft-Power", topics) == std::vector<std::string>{"soft-power"});
  CHECK(nearest("хистори", topics) == std::vector<std::string>{"history"});  // Cyrillic typed for the Latin id
  CHECK(nearest("economy", topics).empty());
  CHECK(did_you_mean({"a", "b"}, "#") == "did you mean '#a' or '#b'?");
  CHECK(did_you_mean({}).empty());
}

TEST_CASE("footnotes: references without a definition, definitions without a reference, code aside") {
  FootnoteProblems f = footnote_problems("Text[^1] and[^Two].\n\n`[^3]` and\n```\n[^4]\n```\n\n[^1]: one\n[^two]: two\n[^5]: unused\n");
  REQUIRE(f.undefined.empty());  // labels match without regard to case
  REQUIRE(f.unused.size() == 1);
  CHECK(f.unused[0].label == "5");
  FootnoteProblems g = footnote_problems("A[^x] b[^y]\n\n[^x]: defined");
  REQUIRE(g.undefined.size() == 1);
  CHECK(g.undefined[0].label == "y");
  CHECK(g.undefined[0].offset == 7);
}
