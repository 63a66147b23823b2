#include "link/related.h"

#include <algorithm>
#include <map>
#include <string>

#include "support/parallel.h"

namespace portal {

namespace {

// Weights of the ranking: a shared author or a citation says more than a
// shared event, and an event more than a topic (topics are broad).
constexpr int kAuthorWeight = 4, kCitationWeight = 4, kEventWeight = 2, kTopicWeight = 1;
constexpr int kMinSharedTopics = 2;  // one broad topic in common relates nothing

/// Dense ids for string keys, and for each id the papers that have it.
struct Postings {
  std::map<std::string, size_t> ids;
  std::vector<std::vector<size_t>> papers;
  /// The distinct ids of `keys` for paper `i`, registering it under each.
  std::vector<size_t> add(size_t i, const std::vector<std::string>& keys) {
    std::vector<size_t> out;
    for (const auto& k : keys) {
      size_t id = ids.try_emplace(k, ids.size()).first->second;
      if (std::find(out.begin(), out.end(), id) != out.end()) continue;
      if (id == papers.size()) papers.emplace_back();
      papers[id].push_back(i);
      out.push_back(id);
    }
    return out;
  }
};

/// Each paper under each distinct entry of its list (events by index).
std::vector<std::vector<size_t>> invert(const std::vector<std::vector<size_t>>& lists, size_t universe) {
  std::vector<std::vector<size_t>> out(universe);
  for (size_t i = 0; i < lists.size(); ++i)
    for (size_t x : lists[i])
      if (x < universe && (out[x].empty() || out[x].back() != i)) out[x].push_back(i);
  return out;
}

}  // namespace

std::vector<std::vector<RelatedPaper>> related_papers(const std::vector<Paper>& papers,
                                                      const std::vector<RelatedInput>& input,
                                                      const std::vector<size_t>& rank, size_t limit) {
  const size_t n = papers.size();
  Postings authors, topics;
  std::vector<std::vector<size_t>> author_ids(n), topic_ids(n), events(n);
  size_t event_universe = 0;
  for (size_t i = 0; i < n; ++i) {
    std::vector<std::string> keys;
    for (const auto& a : papers[i].authors) keys.push_back(a.id);
    author_ids[i] = authors.add(i, keys);
    keys.clear();
    for (const auto& t : papers[i].topics) keys.push_back(t.id);
    topic_ids[i] = topics.add(i, keys);
    events[i] = input[i].events;
    std::sort(events[i].begin(), events[i].end());
    events[i].erase(std::unique(events[i].begin(), events[i].end()), events[i].end());
    for (size_t e : events[i]) event_universe = std::max(event_universe, e + 1);
  }
  std::vector<std::vector<size_t>> event_papers = invert(events, event_universe);
  std::vector<std::vector<size_t>> linked_by(n);  // j → papers whose text links to j
  for (size_t i = 0; i < n; ++i)
    for (size_t j : input[i].linked_papers)
      if (j < n && j != i && std::find(linked_by[j].begin(), linked_by[j].end(), i) == linked_by[j].end())
        linked_by[j].push_back(i);

  std::vector<std::vector<RelatedPaper>> out(n);
  parallel_for(n, [&](size_t i) {
    // Sparse accumulation: a paper only meets the papers it shares something with.
    thread_local std::vector<RelatedPaper> acc;
    thread_local std::vector<size_t> touched;
    acc.assign(n, RelatedPaper{});
    touched.clear();
    auto at = [&](size_t j) -> RelatedPaper& {
      RelatedPaper& r = acc[j];
      if (r.shared_authors + r.shared_events + r.shared_topics == 0 && !r.cites && !r.cited) touched.push_back(j);
      return r;
    };
    for (size_t id : author_ids[i])
      for (size_t j : authors.papers[id])
        if (j != i) ++at(j).shared_authors;
    for (size_t id : topic_ids[i])
      for (size_t j : topics.papers[id])
        if (j != i) ++at(j).shared_topics;
    for (size_t e : events[i])
      for (size_t j : event_papers[e])
        if (j != i) ++at(j).shared_events;
    for (size_t j : input[i].linked_papers)
      if (j < n && j != i) at(j).cited = true;
    for (size_t j : linked_by[i]) at(j).cites = true;

    std::vector<RelatedPaper> list;
    for (size_t j : touched) {
      RelatedPaper r = acc[j];
      r.paper = j;
      bool close = r.shared_authors > 0 || r.shared_events > 0 || r.cites || r.cited ||
                   r.shared_topics >= kMinSharedTopics;
      if (!close) continue;
      r.score = kAuthorWeight * r.shared_authors + kEventWeight * r.shared_events +
                kCitationWeight * ((r.cites ? 1 : 0) + (r.cited ? 1 : 0)) + kTopicWeight * r.shared_topics;
      list.push_back(r);
    }
    auto stronger = [&](const RelatedPaper& a, const RelatedPaper& b) {
      return a.score != b.score ? a.score > b.score : rank[a.paper] < rank[b.paper];
    };
    size_t keep = std::min(limit, list.size());
    std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(keep), list.end(), stronger);
    list.resize(keep);
    out[i] = std::move(list);
  });
  return out;
}

}  // namespace portal
