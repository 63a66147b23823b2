#pragma once
/// The search index, written by `portal build` into `search-index/` from the
/// linked site. It is split so that a query fetches only what its words need:
///
///   meta.json          folding tables, shard prefixes, result counts per kind,
///                      and per result its language, year and topics (filters)
///   s/<n>.json         one shard of terms: consecutive loose keys (in byte
///                      order, from the n-th first key of meta.json) → their
///                      spellings, stems and postings
///   d/<n>.json         one result: kind, URL, titles, authors, year
///   p/<n>-<c>.json     passages c·8 … c·8+7 of result n, for excerpts
///
/// A posting is (result, passage, score); each spelling keeps its
/// kMaxPostings best results. Output is deterministic.

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

/// Each spelling keeps at most this many postings (its best-scoring results).
constexpr size_t kMaxPostings = 100;
/// A shard holds consecutive terms up to this many bytes.
constexpr size_t kShardBytes = 24 * 1024;
/// Passages per passage file.
constexpr size_t kPassagesPerFile = 8;

/// Builds the index of every result of `ls` and writes it under `search-index/`.
/// Results are read and written in parallel; the output does not depend on thread timing.
SearchIndexStats write_search_index(const LinkedSite& ls, SiteWriter& writer);

}  // namespace portal
