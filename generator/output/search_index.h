#pragma once
/// The search index, written by `portal build` into `search-index/` from the
/// linked site. It is split so that a query fetches only what its words need:
///
///   meta.json          folding tables, shard prefixes, result counts per kind,
///                      and per result its language, year and topics (filters)
///   s/<n>.json         one shard of terms: consecutive loose keys (in byte
///                      order, from the n-th first key of meta.json) → their
///                      spellings, stems and postings
///   r/<n>-<c>.json     paper n: kind, URL, titles, authors, year, and its
///                      c-th run of consecutive passages (about kChunkBytes)
///   g/<n>.json         kDocsPerGroup consecutive results other than papers
///                      (the n-th group after the papers), each with all its passages
///   m/<k>.json         the postings of the k-th spelling (in key order) that has
///                      more than kMaxPostings, beyond its kMaxPostings best:
///                      [result, passage, score, …], fetched only when the
///                      reader asks for more results or filters them
///
/// A posting is (result, passage, score); a paper's passage is numbered
/// c · kChunkIds + its place in file c, another result's by its place. A
/// shard's spelling is [exact, stem, result, passage, score, …] with its
/// kMaxPostings best postings, best first; one that has more ends in two more
/// numbers, its total of postings and the k of its overflow file, so that its
/// length less 2 is not a multiple of 3. Output is deterministic.

#include <cstddef>
#include <string>
#include <vector>

#include "output/search_docs.h"

namespace portal {

class SiteWriter;

/// Figures of one index, for `--timings` and the benchmark.
struct SearchIndexStats {
  size_t files = 0;
  size_t bytes = 0;
  size_t terms = 0;  ///< distinct loose keys
};

/// A shard keeps at most this many postings of a spelling (its best-scoring
/// results); the rest are in the spelling's overflow file m/<k>.json.
constexpr size_t kMaxPostings = 100;
/// A shard holds consecutive terms up to this many bytes.
constexpr size_t kShardBytes = 24 * 1024;
/// A paper's excerpt file holds consecutive passages up to this many bytes
/// (one at least): big enough to keep the file count down, small enough that
/// the ten results shown for a query stay within its transfer budget.
constexpr size_t kChunkBytes = 5 * 1024;
/// Passage numbers per excerpt file: a paper's passage c · kChunkIds + i is
/// the i-th of its file c.
constexpr size_t kChunkIds = 64;
/// Results other than papers (events, topics, authors) per file.
constexpr size_t kDocsPerGroup = 8;

/// Builds the index of every result of `ls` and writes it under `search-index/`.
/// Results are read and written in parallel; the output does not depend on thread timing.
SearchIndexStats write_search_index(const LinkedSite& ls, SiteWriter& writer);

}  // namespace portal
