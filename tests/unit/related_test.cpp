// link/related.h: which papers are related to which, strongest first, and why.

#include <catch2/catch.hpp>

#include "link/related.h"

using namespace portal;

namespace {

Paper paper(const std::string& id, std::vector<std::string> topics, std::vector<std::string> authors = {}) {
  Paper p;
  p.id = id;
  for (auto& t : topics) p.topics.push_back({t, {}});
  for (auto& a : authors) {
    Author au;
    au.id = a;
    p.authors.push_back(au);
  }
  return p;
}

std::vector<size_t> ids(const std::vector<RelatedPaper>& list) {
  std::vector<size_t> out;
  for (const auto& r : list) out.push_back(r.paper);
  return out;
}

}  // namespace

TEST_CASE("related papers: close ones only, strongest first, with their reasons", "[link][related]") {
  std::vector<Paper> papers = {
      paper("a", {"soft-power", "ots"}, {"kalkan"}),
      paper("b", {"soft-power", "ots"}),            // two shared topics with a
      paper("c", {"soft-power"}),                   // one topic: related to nobody
      paper("d", {"history"}, {"kalkan"}),          // shares an author with a
      paper("e", {"defence"}),                      // linked from a's text
      paper("f", {"economy"}),                      // shares an event with b
  };
  std::vector<RelatedInput> input(papers.size());
  input[0].linked_papers = {4, 4, 0};  // duplicates and a self-link count once / not at all
  input[1].events = {7, 7};
  input[5].events = {7};
  std::vector<size_t> rank = {0, 1, 2, 3, 4, 5};
  auto related = related_papers(papers, input, rank, 5);
  REQUIRE(related.size() == papers.size());

  // a: d (author, 4) and e (cited, 4) tie and go newest first; then b (2 topics)
  CHECK(ids(related[0]) == std::vector<size_t>{3, 4, 1});
  CHECK(related[0][0].shared_authors == 1);
  CHECK(related[0][1].cited);
  CHECK_FALSE(related[0][1].cites);
  CHECK(related[0][2].shared_topics == 2);
  // e sees a citing it
  REQUIRE(related[4].size() == 1);
  CHECK(related[4][0].paper == 0);
  CHECK(related[4][0].cites);
  // b: a (two topics), f (one event, counted once)
  CHECK(ids(related[1]) == std::vector<size_t>{0, 5});
  CHECK(related[1][1].shared_events == 1);
  // c shares a single topic with a and b: no related papers rather than weak ones
  CHECK(related[2].empty());
  // the limit keeps the strongest
  auto one = related_papers(papers, input, rank, 1);
  CHECK(ids(one[0]) == std::vector<size_t>{3});
}

TEST_CASE("related papers: no papers, and a paper alone", "[link][related]") {
  CHECK(related_papers({}, {}, {}, 5).empty());
  std::vector<Paper> one = {paper("a", {"ots"})};
  auto r = related_papers(one, std::vector<RelatedInput>(1), {0}, 5);
  REQUIRE(r.size() == 1);
  CHECK(r[0].empty());
}
