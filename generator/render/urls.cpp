#include "render/urls.h"

#include <vector>

#include <fmt/format.h>

namespace portal::urls {

std::string home(std::string_view lang) { return fmt::format("{}/", lang); }
std::string papers(std::string_view lang) { return fmt::format("{}/papers/", lang); }
std::string paper(std::string_view lang, std::string_view id) { return fmt::format("{}/papers/{}/", lang, id); }
std::string topics(std::string_view lang) { return fmt::format("{}/topics/", lang); }
std::string topic(std::string_view lang, std::string_view id) { return fmt::format("{}/topics/{}/", lang, id); }
std::string timeline(std::string_view lang) { return fmt::format("{}/timeline/", lang); }
std::string timeline_topic(std::string_view lang, std::string_view topic) {
  return fmt::format("{}/timeline/{}/", lang, topic);
}
std::string authors(std::string_view lang) { return fmt::format("{}/authors/", lang); }
std::string author(std::string_view lang, std::string_view id) { return fmt::format("{}/authors/{}/", lang, id); }
std::string search(std::string_view lang) { return fmt::format("{}/search/", lang); }
std::string feed(std::string_view lang) { return fmt::format("{}/feed.xml", lang); }
std::string paper_export(std::string_view id, std::string_view ext) { return fmt::format("papers/{}.{}", id, ext); }
std::string event_anchor(std::string_view event_id) { return fmt::format("event-{}", event_id); }

std::string file_for(std::string_view url) {
  if (url.empty() || url.back() == '/') return std::string(url) + "index.html";
  return std::string(url);
}

namespace {

/// The folder part of a URL, split into segments: "kk/papers/x/" → kk, papers, x;
/// "kk/feed.xml" → kk.
std::vector<std::string_view> dir_segments(std::string_view url) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t slash; (slash = url.find('/', start)) != std::string_view::npos; start = slash + 1)
    out.push_back(url.substr(start, slash - start));
  return out;
}

}  // namespace

std::string relative(std::string_view from, std::string_view to) {
  auto a = dir_segments(from);
  auto b = dir_segments(to);
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  std::string out;
  for (size_t i = common; i < a.size(); ++i) out += "../";
  for (size_t i = common; i < b.size(); ++i) {
    out += b[i];
    out += '/';
  }
  size_t last_slash = to.rfind('/');
  out += to.substr(last_slash == std::string_view::npos ? 0 : last_slash + 1);
  return out.empty() ? "./" : out;
}

}  // namespace portal::urls
