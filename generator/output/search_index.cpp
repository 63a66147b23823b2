#include "output/search_index.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "output/writer.h"
#include "support/parallel.h"
#include "text/search_terms.h"

namespace portal {

using json = nlohmann::json;

namespace {

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
    const text::SearchTerm* term = nullptr;  ///< valid while its field is read
    DocTerm out;
    std::vector<std::pair<int, int>> passages;  ///< (passage, weight)
  };
  // Keyed by the normalised word's id: no string is built per occurrence.
  std::unordered_map<uint64_t, Acc> acc;
  auto count = [&](const text::SearchTerm& t, int weight, int passage) {
    auto [it, fresh] = acc.try_emplace(t.id);
    Acc& a = it->second;
    if (fresh) a.out = {t.loose, t.exact, t.stem, 0, -1};
    a.out.score = std::min(kMaxScore, a.out.score + weight);
    if (passage < 0) return;
    // Passages are read in order: the one being counted is usually the last one seen.
    if (!a.passages.empty() && a.passages.back().first == passage) {
      a.passages.back().second += weight;
      return;
    }
    auto p = std::find_if(a.passages.begin(), a.passages.end(), [&](auto& x) { return x.first == passage; });
    if (p == a.passages.end()) a.passages.push_back({passage, weight});
    else p->second += weight;
  };
  for (const auto& f : doc.fields)
    text::for_each_search_term(f.text, f.lang, [&](const text::SearchTerm& t) { count(t, f.weight, f.passage); });
  for (size_t p = 0; p < doc.passages.size(); ++p) {
    const SearchPassage& passage = doc.passages[p];
    text::for_each_search_term(passage.text, passage.lang,
                               [&](const text::SearchTerm& t) { count(t, passage.weight, static_cast<int>(p)); });
  }
  std::vector<std::pair<DocTerm, std::vector<std::pair<int, int>>>> all;
  all.reserve(acc.size());
  for (auto& [id, a] : acc) all.emplace_back(std::move(a.out), std::move(a.passages));
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first.loose, a.first.exact, a.first.stem) < std::tie(b.first.loose, b.first.exact, b.first.stem);
  });
  // Words that differ only in case are one spelling: merge them.
  std::vector<DocTerm> out;
  for (size_t i = 0; i < all.size();) {
    DocTerm term = std::move(all[i].first);
    std::vector<std::pair<int, int>> passages = std::move(all[i].second);
    size_t j = i + 1;
    for (; j < all.size() && all[j].first.exact == term.exact && all[j].first.stem == term.stem && all[j].first.loose == term.loose; ++j) {
      term.score = std::min(kMaxScore, term.score + all[j].first.score);
      for (const auto& [p, w] : all[j].second) {
        const int passage = p;  // a structured binding cannot be captured by clang 14
        auto it = std::find_if(passages.begin(), passages.end(), [passage](auto& x) { return x.first == passage; });
        if (it == passages.end()) passages.push_back({p, w});
        else it->second += w;
      }
    }
    int best = -1, best_weight = 0;  // -1: found in a title only; the client picks a passage
    for (auto [p, w] : passages)
      if (w > best_weight || (w == best_weight && p < best)) best = p, best_weight = w;
    term.passage = best;
    out.push_back(std::move(term));
    i = j;
  }
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

/// The first passage of each excerpt file of a paper: consecutive passages up
/// to kChunkBytes of text (at least one, at most kChunkIds).
std::vector<size_t> cut_chunks(const std::vector<SearchPassage>& passages) {
  std::vector<size_t> starts;
  size_t bytes = 0;
  for (size_t p = 0; p < passages.size(); ++p) {
    size_t size = passages[p].text.size() + passages[p].anchor.size() + 12;
    if (starts.empty() || bytes + size > kChunkBytes || p - starts.back() >= kChunkIds) {
      starts.push_back(p);
      bytes = 0;
    }
    bytes += size;
  }
  return starts;
}

/// A result as its excerpt file holds it: what the client shows, and the
/// passages `from` … `to` - 1.
json doc_view(const SearchDoc& doc, size_t from, size_t to) {
  json authors = json::array();
  for (const auto& a : doc.authors) authors.push_back(a.values);
  json passages = json::array();
  for (size_t p = from; p < to; ++p) passages.push_back({doc.passages[p].anchor, doc.passages[p].lang, doc.passages[p].text});
  return {{"k", kind_name(doc.kind)}, {"u", doc.url}, {"t", doc.title.values}, {"a", authors},
          {"y", doc.year},            {"l", doc.lang}, {"n", doc.title_is_name},  {"p", passages}};
}

}  // namespace

SearchIndexStats write_search_index(const LinkedSite& ls, SiteWriter& writer) {
  const SiteConfig& config = ls.site->config;
  SearchIndexStats stats;
  std::atomic<size_t> files{0}, bytes{0};
  auto write = [&](const std::string& path, const std::string& content) {
    writer.write("search-index/" + path, content);
    ++files;
    bytes += content.size();
  };
  std::map<Lang, size_t> lang_index;
  for (size_t l = 0; l < config.languages.size(); ++l) lang_index[config.languages[l]] = l;
  const size_t topic_digits = std::max<size_t>(1, (ls.site->topics.size() + 3) / 4);
  const size_t attr_width = 5 + topic_digits;
  const size_t count = search_doc_count(ls);

  // Each result in parallel: its spellings, its files and its filter record;
  // its texts are dropped at once, so memory holds postings, not passages.
  std::vector<std::vector<DocTerm>> per_doc(count);
  std::string attrs(count * attr_width, '0');
  json counts = {{"paper", 0}, {"event", 0}, {"topic", 0}, {"author", 0}};
  std::vector<SearchKind> kinds(count);
  const size_t papers = ls.site->papers.size();
  // Results other than papers are short: kDocsPerGroup of them share a file.
  std::vector<json> group_views(count - papers);
  parallel_for(count, [&](size_t d) {
    SearchDoc doc = search_doc(ls, d);
    kinds[d] = doc.kind;
    if (d < papers) {
      // A paper's passages are numbered chunk · kChunkIds + place, so the
      // client knows the file of a passage from its number alone.
      std::vector<size_t> starts = cut_chunks(doc.passages);
      if (starts.empty()) starts.push_back(0);
      std::vector<int> ids(doc.passages.size());
      for (size_t c = 0; c < starts.size(); ++c) {
        size_t to = c + 1 < starts.size() ? starts[c + 1] : doc.passages.size();
        for (size_t p = starts[c]; p < to; ++p) ids[p] = static_cast<int>(c * kChunkIds + (p - starts[c]));
        write(fmt::format("r/{}-{}.json", d, c), dump(doc_view(doc, starts[c], to)) + "\n");
      }
      per_doc[d] = doc_terms(doc);
      for (DocTerm& t : per_doc[d])
        if (t.passage >= 0) t.passage = static_cast<size_t>(t.passage) < ids.size() ? ids[static_cast<size_t>(t.passage)] : -1;
    } else {
      per_doc[d] = doc_terms(doc);
      for (DocTerm& t : per_doc[d])
        if (static_cast<size_t>(t.passage) >= doc.passages.size()) t.passage = -1;
      group_views[d - papers] = doc_view(doc, 0, doc.passages.size());
    }
    // Filter record: language digit ('-': none), year (4 digits, 0000:
    // undated), topics as a hexadecimal bit set of fixed width.
    std::string record;
    auto lang = lang_index.find(doc.lang);
    record += lang == lang_index.end() ? '-' : static_cast<char>('0' + lang->second);
    record += fmt::format("{:04d}", std::clamp(doc.year, 0, 9999));
    std::vector<int> nibbles(topic_digits, 0);
    for (size_t t : doc.topics) nibbles[t / 4] |= 1 << (t % 4);
    for (size_t n = topic_digits; n-- > 0;) record += "0123456789abcdef"[nibbles[n]];
    attrs.replace(d * attr_width, attr_width, record);
  });
  for (size_t g = 0; g * kDocsPerGroup < group_views.size(); ++g) {
    std::string body = "[";
    for (size_t i = g * kDocsPerGroup; i < group_views.size() && i < (g + 1) * kDocsPerGroup; ++i) {
      if (body.size() > 1) body += ',';
      body += dump(group_views[i]);
    }
    write(fmt::format("g/{}.json", g), body + "]\n");
  }
  std::vector<json>().swap(group_views);
  for (SearchKind k : kinds) counts[kind_name(k)] = counts[kind_name(k)].get<size_t>() + 1;

  // Postings, merged in result order.
  std::map<std::string, std::map<std::pair<std::string, std::string>, std::vector<Posting>>> terms;
  for (size_t d = 0; d < count; ++d) {
    for (auto& t : per_doc[d]) terms[t.loose][{t.exact, t.stem}].push_back({d, t.passage, t.score});
    std::vector<DocTerm>().swap(per_doc[d]);
  }
  stats.terms = terms.size();

  // Shards: each loose key's spellings, best postings first; beyond
  // kMaxPostings, the rest go to an overflow file, numbered in key order.
  std::vector<ShardEntry> entries;
  entries.reserve(terms.size());
  size_t overflows = 0;
  for (auto& [loose, spellings] : terms) {
    std::string value = "[";
    for (auto& [spelling, postings] : spellings) {
      std::stable_sort(postings.begin(), postings.end(), [](const Posting& a, const Posting& b) { return a.score > b.score; });
      if (value.size() > 1) value += ',';
      value += dump(json::array({spelling.first, spelling.second}));
      value.pop_back();
      const size_t kept = std::min(postings.size(), kMaxPostings);
      for (size_t i = 0; i < kept; ++i) value += fmt::format(",{},{},{}", postings[i].doc, postings[i].passage, postings[i].score);
      if (postings.size() > kMaxPostings) {
        std::string rest = "[";
        for (size_t i = kMaxPostings; i < postings.size(); ++i) {
          if (i > kMaxPostings) rest += ',';
          rest += fmt::format("{},{},{}", postings[i].doc, postings[i].passage, postings[i].score);
        }
        write(fmt::format("m/{}.json", overflows), rest + "]\n");
        value += fmt::format(",{},{}", postings.size(), overflows);
        ++overflows;
      }
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

  json fold = json::array(), rewrites = json::array();
  for (const auto& [from, to] : text::search_fold_map()) fold.push_back({from, to});
  for (const auto& [from, to] : text::search_rewrites()) rewrites.push_back({from, to});
  json topics = json::array();
  for (const auto& t : ls.site->topics) topics.push_back(t.id);
  json meta = {{"version", 3},
               {"languages", config.languages},
               {"fallback", config.fallback},
               {"fold", fold},
               {"rewrites", rewrites},
               {"shards", first_keys},
               {"counts", counts},
               {"chunk_ids", kChunkIds},
               {"group", kDocsPerGroup},
               {"topics", topics},
               {"attr_width", attr_width},
               {"attrs", attrs}};
  write("meta.json", dump(meta) + "\n");
  stats.files = files;
  stats.bytes = bytes;
  return stats;
}

}  // namespace portal
