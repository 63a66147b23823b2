#include "content/load_edition.h"

#include <fmt/format.h>

#include "content/edition.h"

namespace portal {

namespace {

EditionSource load_source(YamlReader& r, const YAML::Node& n) {
  EditionSource s;
  if (!n || !r.is_map(n, "'edition.source'")) return s;
  r.check_keys(n, {"format", "pages", "url"}, "'edition.source'");
  s.format = r.string(n, "format", true).value_or("");
  if (!s.format.empty() && !known_edition_source_format(s.format))
    r.diag().error(r.pos(n["format"]), fmt::format("unknown edition source format '{}': use journal-pdf", s.format));
  s.pages = r.string(n, "pages", false).value_or("");
  s.url = r.string(n, "url", false).value_or("");
  if (!s.url.empty() && s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0)
    r.diag().error(r.pos(n["url"]), fmt::format("edition source url '{}' must start with https:// or http://", s.url));
  return s;
}

void load_changes(YamlReader& r, const YAML::Node& list, Edition& e) {
  if (!list || !r.is_list(list, "'edition.changes'")) return;
  for (const auto& c : list) {
    if (!r.is_map(c, "an edition change")) continue;
    r.check_keys(c, {"kind", "count"}, "an edition change");
    auto kind = r.string(c, "kind", true);
    auto count = r.string(c, "count", true);
    if (!kind || !count) continue;
    auto k = edition_change_from_id(*kind);
    if (!k) {
      r.diag().error(r.pos(c["kind"]), fmt::format("unknown edition change '{}': use {}", *kind, edition_change_ids()));
      continue;
    }
    int n = -1;
    if (count->find_first_not_of("0123456789") == std::string::npos && !count->empty() && count->size() <= 9)
      n = std::stoi(*count);
    if (n <= 0) {
      r.diag().error(r.pos(c["count"]),
                     fmt::format("edition change count '{}' must be a whole number above 0 (leave out a change "
                                 "the edition did not make)",
                                 *count));
      continue;
    }
    if (e.count(*k)) {
      r.diag().error(r.pos(c["kind"]), fmt::format("edition change '{}' is listed twice", *kind));
      continue;
    }
    e.changes.push_back({*k, n, r.pos(c)});
  }
}

}  // namespace

std::optional<Edition> load_edition(YamlReader& r, const YAML::Node& fm) {
  YAML::Node n = fm["edition"];
  if (!n || n.IsNull() || !r.is_map(n, "'edition'")) return std::nullopt;
  r.check_keys(n, {"source", "changes"}, "'edition'");
  Edition e;
  e.pos = r.pos(n);
  if (!n["source"]) r.diag().error(e.pos, "'edition' needs a 'source' (format, pages, url)");
  e.source = load_source(r, n["source"]);
  load_changes(r, n["changes"], e);
  return e;
}

}  // namespace portal
