#include "text/paper_page_ids.h"

#include <utility>

#include <fmt/format.h>

namespace portal::text {

namespace {

/// Ids the layout and the paper page write as they are.
constexpr std::pair<std::string_view, std::string_view> kIds[] = {
    {"main", "the main content (the skip link's target)"},
    {"header-search-q", "the search field of the header"},
    {"details-heading", "the heading of the paper's details"},
    {"abstract-heading", "the heading of the abstract"},
    {"other-abstracts-heading", "the heading of the other languages' abstracts"},
    {"cite-heading", "the heading of the citations to copy"},
    {"full-text-heading", "the heading of the full text"},
    {"references-heading", "the heading of the references"},
    {"edition", "the edition statement"},
    {"edition-heading", "the heading of the edition statement"},
    {"events-heading", "the heading of the paper's timeline events"},
    {"related-heading", "the heading of the related papers"},
};

/// Prefixes of ids the page makes for many elements.
constexpr std::pair<std::string_view, std::string_view> kPrefixes[] = {
    {"ref-", "the entries of the reference list"},
    {"cite-", "the citation links of the text and the citations of the paper (cite-apa, cite-gost)"},
    {"fn-", "the footnotes"},
    {"fnref-", "the footnote references of the text"},
};

}  // namespace

std::string paper_page_id_owner(std::string_view id) {
  for (const auto& [name, owner] : kIds)
    if (id == name) return std::string(owner);
  for (const auto& [prefix, owner] : kPrefixes)
    if (id.substr(0, prefix.size()) == prefix) return fmt::format("ids starting with '{}' are {}", prefix, owner);
  return {};
}

}  // namespace portal::text
