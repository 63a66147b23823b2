#include "text/link_sites.h"

#include <algorithm>

namespace portal::text {

namespace {

/// Ends a destination written inline: `](url)`, `](url "title")`, or a line's end.
bool ends_destination(char c) { return c == ')' || c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

}  // namespace

LinkSites::LinkSites(std::string_view text, size_t from) : text_(text), from_(from) {
  for (size_t at = text.find("](", from); at != std::string_view::npos; at = text.find("](", at + 2)) {
    size_t end = at + 2;
    while (end < text.size() && !ends_destination(text[end])) ++end;
    sites_[std::string(text.substr(at + 2, end - at - 2))].push_back(at);
  }
}

size_t LinkSites::find(std::string_view url, int nth, size_t after) const {
  auto it = sites_.find(std::string(url));
  if (it == sites_.end() || nth < 1) return std::string_view::npos;
  const auto& sites = it->second;
  auto first = std::lower_bound(sites.begin(), sites.end(), after);
  if (sites.end() - first < nth) return std::string_view::npos;
  size_t at = *(first + (nth - 1));
  // Back from `](` to the `[` that opens the link text, over nested brackets.
  int depth = 0;
  for (size_t i = at; i-- > std::max(from_, after);) {
    bool escaped = i > 0 && text_[i - 1] == '\\';
    if (text_[i] == ']' && !escaped) ++depth;
    else if (text_[i] == '[' && !escaped && depth-- == 0) return i;
  }
  return std::string_view::npos;
}

}  // namespace portal::text
