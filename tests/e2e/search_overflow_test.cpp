// End to end: a word with more postings than a search shard keeps. The
// fixture portal plus 130 papers that all have the keyword "caravanserai"
// (tests/search/crowd_papers.py): the shard keeps the 100 best postings of a
// spelling, says how many there are in all and names the overflow file that
// holds the rest, so every matching result is reachable and none is lost.

#include <catch2/catch.hpp>

#include <array>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "../support/portal_fixture.h"

using namespace portal::fixture;
using nlohmann::json;

namespace {

constexpr size_t kCrowd = 130;

/// The fixture portal with the crowd of papers added.
fs::path make_crowd_portal(const TempDir& dir) {
  fs::path root = make_portal(dir);
  RunResult r = run_shell("python3 " + sh_quote((source_dir() / "tests/search/crowd_papers.py").string()) + " " +
                          sh_quote((root / "content/papers").string()) + " " + std::to_string(kCrowd));
  REQUIRE(r.status == 0);
  return root;
}

const BuiltSite& crowd_site() {
  static std::unique_ptr<BuiltSite> site = shared_site("search-crowd", make_crowd_portal);
  return *site;
}

/// A spelling of a shard, its overflow read back: every posting as (doc, passage, score).
struct Spelling {
  std::string exact, stem;
  std::vector<std::array<long, 3>> postings;  ///< shard's, then overflow's
  size_t in_shard = 0;
  long total = -1;     ///< -1: the shard has all of them
  long overflow = -1;  ///< k of m/<k>.json
};

std::map<std::string, std::vector<Spelling>> read_index(const BuiltSite& s, std::set<long>& overflow_files) {
  json meta = json::parse(s.page("search-index/meta.json"));
  std::map<std::string, std::vector<Spelling>> out;
  for (size_t i = 0; i < meta["shards"].size(); ++i) {
    json shard = json::parse(s.page("search-index/s/" + std::to_string(i) + ".json"));
    for (auto& [key, spellings] : shard.items()) {
      for (auto& sp : spellings) {
        Spelling x{sp[0], sp[1], {}, 0, -1, -1};
        size_t end = sp.size();
        if ((sp.size() - 2) % 3 == 2) {
          x.total = sp[end - 2];
          x.overflow = sp[end - 1];
          end -= 2;
        } else {
          CHECK((sp.size() - 2) % 3 == 0);
        }
        for (size_t p = 2; p + 2 < end; p += 3) x.postings.push_back({sp[p], sp[p + 1], sp[p + 2]});
        x.in_shard = x.postings.size();
        if (x.overflow >= 0) {
          INFO(key << " overflow " << x.overflow);
          CHECK(overflow_files.insert(x.overflow).second);  // one spelling per file
          json rest = json::parse(s.page("search-index/m/" + std::to_string(x.overflow) + ".json"));
          REQUIRE(rest.size() % 3 == 0);
          for (size_t p = 0; p < rest.size(); p += 3) x.postings.push_back({rest[p], rest[p + 1], rest[p + 2]});
        }
        out[key].push_back(std::move(x));
      }
    }
  }
  return out;
}

}  // namespace

TEST_CASE("search overflow: a common word keeps every result, the first 100 in its shard and the rest on demand",
          "[e2e][search]") {
  const BuiltSite& s = crowd_site();
  REQUIRE(s.run.status == 0);
  json meta = json::parse(s.page("search-index/meta.json"));
  CHECK(meta["version"] == 3);
  const size_t papers = meta["counts"]["paper"].get<size_t>();
  REQUIRE(papers == kCrowd + 6);
  std::set<long> overflow_files;
  auto index = read_index(s, overflow_files);

  // The English keyword: one spelling with a posting for every crowd paper.
  REQUIRE(index.count("caravanserai"));
  const Spelling* en = nullptr;
  for (const auto& sp : index["caravanserai"])
    if (sp.stem == "caravanserai") en = &sp;
  REQUIRE(en);
  CHECK(en->in_shard == 100);
  CHECK(en->total == static_cast<long>(kCrowd));
  CHECK(en->postings.size() == kCrowd);
  std::set<long> docs;
  for (const auto& p : en->postings) {
    CHECK(docs.insert(p[0]).second);  // no result twice
    CHECK(p[0] < static_cast<long>(papers));
  }
  CHECK(docs.size() == kCrowd);
  // Each of them is a crowd paper, by the URL of its excerpt file.
  size_t crowd = 0;
  for (long d : docs) {
    json r = json::parse(s.page("search-index/r/" + std::to_string(d) + "-0.json"));
    crowd += r["u"].get<std::string>().find("papers/crowd-") == 0;
  }
  CHECK(crowd == kCrowd);

  // Best first, across the cut: the overflow holds the lower scores.
  for (const auto& [key, spellings] : index)
    for (const auto& sp : spellings) {
      INFO(key << " " << sp.exact << "/" << sp.stem);
      for (size_t i = 1; i < sp.postings.size(); ++i) CHECK(sp.postings[i - 1][2] >= sp.postings[i][2]);
      if (sp.overflow < 0) {
        CHECK(sp.postings.size() <= 100);
        continue;
      }
      CHECK(sp.in_shard == 100);
      CHECK(sp.total == static_cast<long>(sp.postings.size()));
      CHECK(sp.total > 100);
    }

  // Overflow files are numbered 0 … k-1 and each belongs to one spelling.
  REQUIRE(overflow_files.size() >= 2);  // the keyword, and the shared author's names
  CHECK(*overflow_files.rbegin() == static_cast<long>(overflow_files.size()) - 1);
  size_t m_files = 0;
  for (const auto& [path, bytes] : s.files) m_files += path.rfind("search-index/m/", 0) == 0;
  CHECK(m_files == overflow_files.size());
}

TEST_CASE("search overflow: the overflow files are the same, byte for byte, on every build", "[e2e][search]") {
  const BuiltSite& s = crowd_site();
  TempDir dir;
  RunResult again = build(make_crowd_portal(dir), dir / "site");
  REQUIRE(again.status == 0);
  Tree files = snapshot(dir / "site");
  size_t compared = 0;
  for (const auto& [path, bytes] : files) {
    if (path.rfind("search-index/", 0) != 0) continue;
    INFO(path);
    REQUIRE(s.files.count(path));
    CHECK(s.files.at(path) == bytes);
    compared += path.rfind("search-index/m/", 0) == 0;
  }
  for (const auto& [path, bytes] : s.files)
    if (path.rfind("search-index/", 0) == 0) CHECK(files.count(path));
  CHECK(compared >= 2);
}
