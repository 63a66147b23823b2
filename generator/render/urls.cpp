#include "render/urls.h"

#include <cctype>
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
std::string timeline_period(std::string_view lang, std::string_view period) {
  return fmt::format("{}/timeline/{}/", lang, period);
}
std::string timeline_topic_period(std::string_view lang, std::string_view topic, std::string_view period) {
  return fmt::format("{}/timeline/{}/{}/", lang, topic, period);
}
std::string authors(std::string_view lang) { return fmt::format("{}/authors/", lang); }
std::string author(std::string_view lang, std::string_view id) { return fmt::format("{}/authors/{}/", lang, id); }
std::string search(std::string_view lang) { return fmt::format("{}/search/", lang); }
std::string feed(std::string_view lang) { return fmt::format("{}/feed.xml", lang); }
std::string paper_export(std::string_view id, std::string_view ext) { return fmt::format("papers/{}.{}", id, ext); }
std::string paper_file(std::string_view id, std::string_view name) { return fmt::format("papers/{}/{}", id, name); }
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

// Paper list filters and keyword search.

std::string papers_oldest_first(std::string_view lang) { return fmt::format("{}/papers/oldest-first/", lang); }
std::string papers_by_topic(std::string_view lang, std::string_view topic) {
  return fmt::format("{}/papers/topic/{}/", lang, topic);
}
std::string papers_by_language(std::string_view lang, std::string_view paper_lang) {
  return fmt::format("{}/papers/language/{}/", lang, paper_lang);
}
std::string papers_by_year(std::string_view lang, int year) { return fmt::format("{}/papers/year/{:04}/", lang, year); }

std::string query_escape(std::string_view text) {
  // By hand: a dozen lines, and no Debian C++ library here offers it on its own.
  std::string out;
  out.reserve(text.size() * 3);
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) && c < 0x80) out += ch;
    else if (c == '-' || c == '_' || c == '.' || c == '~') out += ch;
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

}  // namespace portal::urls
