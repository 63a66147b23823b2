#include "output/search_index.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "output/writer.h"
#include "support/parallel.h"
#include "text/search_terms.h"

namespace portal {

namespace {

using json = nlohmann::json;

/// One result in the postings of a spelling.
struct Posting {
  size_t doc = 0;
  int passage = 0;
  int score = 0;
};

/// A spelling (exact key and stem) as it occurs in one result.
struct DocTerm {
  std::string loose, exact, stem;
  int score = 0;
  int passage = 0;  ///< the passage where it weighs most
};

/// Every spelling of one loose key, with its postings.
struct Spelling {
  std::string exact, stem;
  std::vector<Posting> postings;
};

/// The highest score one spelling can add for one result (keeps a word
/// repeated a hundred times from outweighing a title).
constexpr int kMaxScore = 250;

/// The spellings of one result, with their scores and best passages.
std::vector<DocTerm> doc_terms(const SearchDoc& doc) {
  struct Acc {
    DocTerm term;
    std::vector<std::pair<int, int>> passages;  ///< (passage, weight)
  };
  std::unordered_map<std::string, Acc> acc;
  for (const auto& field : doc.fields) {
    for (auto& t : text::search_terms(field.text, field.lang)) {
      std::string key = t.exact + '\x1f' + t.stem;
      auto [it, fresh] = acc.try_emplace(std::move(key));
      Acc& a = it->second;
      if (fresh) a.term = {t.loose, t.exact, t.stem, 0, -1};
      a.term.score = std::min(kMaxScore, a.term.score + field.weight);
      if (field.passage < 0) continue;
      auto p = std::find_if(a.passages.begin(), a.passages.end(), [&](auto& x) { return x.first == field.passage; });
      if (p == a.passages.end()) a.passages.push_back({field.passage, field.weight});
      else p->second += field.weight;
    }
  }
  std::vector<DocTerm> out;
  out.reserve(acc.size());
  for (auto& [key, a] : acc) {
    int best = -1, best_weight = 0;  // -1: found in a title only; the client picks a passage
    for (auto [p, w] : a.passages)
      if (w > best_weight || (w == best_weight && p < best)) best = p, best_weight = w;
    a.term.passage = best;
    out.push_back(std::move(a.term));
  }
  std::sort(out.begin(), out.end(), [](const DocTerm& a, const DocTerm& b) {
    return std::tie(a.loose, a.exact, a.stem) < std::tie(b.loose, b.exact, b.stem);
  });
  return out;
}

/// One serialized term of a shard: its key and JSON value text.
struct ShardEntry {
  std::string key;
  std::string value;  ///< [[exact, stem, doc, passage, score, …], …]
};

/// Cuts sorted `entries` into shards of consecutive keys of at most
/// kShardBytes each (a single larger term gets a shard of its own). Returns
/// the index of each shard's first entry; the client finds a key's shard by
/// the first keys, and the keys starting with a prefix in consecutive shards.
std::vector<size_t> cut_shards(const std::vector<ShardEntry>& entries) {
  std::vector<size_t> starts;
  size_t bytes = 0;
  for (size_t i = 0; i < entries.size(); ++i) {
    size_t size = entries[i].key.size() + entries[i].value.size() + 4;
    if (starts.empty() || bytes + size > kShardBytes) {
      starts.push_back(i);
      bytes = 0;
    }
    bytes += size;
  }
  return starts;
}

const char* kind_name(SearchKind k) {
  switch (k) {
    case SearchKind::paper: return "paper";
    case SearchKind::event: return "event";
    case SearchKind::topic: return "topic";
    case SearchKind::author: return "author";
  }
  return "paper";
}

std::string dump(const json& v) { return v.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

SearchIndexStats write_search_index(const LinkedSite& ls, const std::vector<SearchDoc>& docs, SiteWriter& writer) {
  const SiteConfig& config = ls.site->config;
  SearchIndexStats stats;
  auto write = [&](const std::string& path, const std::string& bytes) {
    writer.write("search-index/" + path, bytes);
    ++stats.files;
    stats.bytes += bytes.size();
  };

  // Postings: each result's spellings in parallel, merged in result order.
  std::vector<std::vector<DocTerm>> per_doc(docs.size());
  parallel_for(docs.size(), [&](size_t d) { per_doc[d] = doc_terms(docs[d]); });
  std::map<std::string, std::map<std::pair<std::string, std::string>, std::vector<Posting>>> terms;
  for (size_t d = 0; d < docs.size(); ++d) {
    for (auto& t : per_doc[d]) terms[t.loose][{t.exact, t.stem}].push_back({d, t.passage, t.score});
    per_doc[d].clear();
    per_doc[d].shrink_to_fit();
  }
  stats.terms = terms.size();

  // Shards: each loose key's spellings, best postings first, capped.
  std::vector<ShardEntry> entries;
  entries.reserve(terms.size());
  for (auto& [loose, spellings] : terms) {
    std::string value = "[";
    for (auto& [spelling, postings] : spellings) {
      std::stable_sort(postings.begin(), postings.end(), [](const Posting& a, const Posting& b) { return a.score > b.score; });
      if (postings.size() > kMaxPostings) postings.resize(kMaxPostings);
      if (value.size() > 1) value += ',';
      value += dump(json::array({spelling.first, spelling.second}));
      value.pop_back();
      for (const auto& p : postings) value += fmt::format(",{},{},{}", p.doc, p.passage, p.score);
      value += ']';
    }
    value += ']';
    entries.push_back({loose, std::move(value)});
  }
  terms.clear();
  std::vector<size_t> starts = cut_shards(entries);
  json first_keys = json::array();
  for (size_t sh = 0; sh < starts.size(); ++sh) {
    size_t from = starts[sh], to = sh + 1 < starts.size() ? starts[sh + 1] : entries.size();
    first_keys.push_back(entries[from].key);
    std::string body = "{";
    for (size_t e = from; e < to; ++e) {
      if (e > from) body += ',';
      body += dump(entries[e].key) + ":" + entries[e].value;
    }
    write(fmt::format("s/{}.json", sh), body + "}\n");
  }
  entries.clear();

  // Results and their passages.
  std::map<Lang, size_t> lang_index;
  for (size_t l = 0; l < config.languages.size(); ++l) lang_index[config.languages[l]] = l;
  const size_t topic_digits = std::max<size_t>(1, (ls.site->topics.size() + 3) / 4);
  std::string attrs;
  json counts = {{"paper", 0}, {"event", 0}, {"topic", 0}, {"author", 0}};
  for (size_t d = 0; d < docs.size(); ++d) {
    const SearchDoc& doc = docs[d];
    counts[kind_name(doc.kind)] = counts[kind_name(doc.kind)].get<size_t>() + 1;
    json authors = json::array();
    for (const auto& a : doc.authors) authors.push_back(a.values);
    json view = {{"k", kind_name(doc.kind)}, {"u", doc.url},        {"t", doc.title.values},
                 {"a", authors},             {"y", doc.year},       {"l", doc.lang},
                 {"n", doc.title_is_name},   {"c", doc.passages.size()}};
    write(fmt::format("d/{}.json", d), dump(view) + "\n");
    for (size_t c = 0; c * kPassagesPerFile < doc.passages.size(); ++c) {
      json chunk = json::array();
      for (size_t p = c * kPassagesPerFile; p < doc.passages.size() && p < (c + 1) * kPassagesPerFile; ++p)
        chunk.push_back({doc.passages[p].anchor, doc.passages[p].lang, doc.passages[p].text});
      write(fmt::format("p/{}-{}.json", d, c), dump(chunk) + "\n");
    }
    // Filter attributes: language digit ('-': none), year (4 digits, 0000:
    // undated), topics as a hexadecimal bit set of fixed width.
    auto lang = lang_index.find(doc.lang);
    attrs += lang == lang_index.end() ? '-' : static_cast<char>('0' + lang->second);
    attrs += fmt::format("{:04d}", std::clamp(doc.year, 0, 9999));
    std::vector<int> nibbles(topic_digits, 0);
    for (size_t t : doc.topics) nibbles[t / 4] |= 1 << (t % 4);
    for (size_t n = topic_digits; n-- > 0;) attrs += "0123456789abcdef"[nibbles[n]];
  }

  json fold = json::array(), rewrites = json::array();
  for (const auto& [from, to] : text::search_fold_map()) fold.push_back({from, to});
  for (const auto& [from, to] : text::search_rewrites()) rewrites.push_back({from, to});
  json topics = json::array();
  for (const auto& t : ls.site->topics) topics.push_back(t.id);
  json meta = {{"version", 1},
               {"languages", config.languages},
               {"fallback", config.fallback},
               {"fold", fold},
               {"rewrites", rewrites},
               {"shards", first_keys},
               {"counts", counts},
               {"chunk", kPassagesPerFile},
               {"topics", topics},
               {"attr_width", 5 + topic_digits},
               {"attrs", attrs}};
  write("meta.json", dump(meta) + "\n");
  return stats;
}

}  // namespace portal
