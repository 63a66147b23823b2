#include "text/markdown_cache.h"

#include <optional>

#include "support/parallel.h"

namespace portal::text {

MarkdownCache::MarkdownCache(const std::vector<std::string_view>& texts) {
  std::vector<std::string_view> distinct;
  for (std::string_view t : texts)
    if (index_.try_emplace(t, distinct.size()).second) distinct.push_back(t);
  std::vector<std::optional<PreparedMarkdown>> slots(distinct.size());
  parallel_for(distinct.size(), [&](size_t i) { slots[i].emplace(prepare_markdown(distinct[i])); });
  prepared_.reserve(slots.size());
  for (auto& s : slots) prepared_.push_back(std::move(*s));
}

const PreparedMarkdown* MarkdownCache::find(std::string_view markdown) const {
  auto it = index_.find(markdown);
  return it == index_.end() ? nullptr : &prepared_[it->second];
}

}  // namespace portal::text
