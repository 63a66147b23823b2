#include "text/footnote_refs.h"

#include <map>
#include <set>

#include "text/ascii_case.h"

namespace portal::text {

namespace {

/// The label of a `[^label]` at `at`, and its end; empty when there is none.
std::string label_at(std::string_view md, size_t at, size_t& end) {
  if (md.compare(at, 2, "[^") != 0) return {};
  size_t close = md.find_first_of("] \t\n[", at + 2);
  if (close == std::string_view::npos || md[close] != ']' || close == at + 2) return {};
  end = close + 1;
  // Labels match without regard to case, as cmark-gfm matches them.
  return ascii_lower(md.substr(at + 2, close - at - 2));
}

}  // namespace

FootnoteProblems footnote_problems(std::string_view md) {
  std::map<std::string, size_t> defined;  // label → offset of its definition
  std::vector<FootnoteSite> refs;
  std::string fence;  // the open fence ("```" or "~~~"), if any
  size_t pos = 0;
  while (pos <= md.size()) {
    size_t eol = md.find('\n', pos);
    std::string_view line = md.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    size_t indent = line.find_first_not_of(' ');
    std::string_view body = indent == std::string_view::npos ? std::string_view() : line.substr(indent);
    bool fence_line = indent != std::string_view::npos && indent < 4 &&
                      (body.substr(0, 3) == "```" || body.substr(0, 3) == "~~~");
    if (!fence.empty()) {
      if (fence_line && body.substr(0, 3) == fence) fence.clear();
    } else if (fence_line) {
      fence = std::string(body.substr(0, 3));
    } else {
      size_t i = 0;
      // A definition opens its line: `[^label]: text`.
      if (indent != std::string_view::npos && indent < 4) {
        size_t end = 0;
        std::string label = label_at(line, indent, end);
        if (!label.empty() && end < line.size() && line[end] == ':') {
          defined.emplace(label, pos + indent);
          i = end + 1;
        }
      }
      for (; i < line.size(); ++i) {
        if (line[i] == '`') {  // an inline code span: skip to its closing run of backticks
          size_t after = line.find_first_not_of('`', i);
          size_t run = (after == std::string_view::npos ? line.size() : after) - i;
          size_t close = line.find(std::string(run, '`'), i + run);
          if (close == std::string_view::npos) break;
          i = close + run - 1;
          continue;
        }
        if (line[i] == '\\') {
          ++i;
          continue;
        }
        size_t end = 0;
        std::string label = label_at(line, i, end);
        if (label.empty()) continue;
        refs.push_back({label, pos + i});
        i = end - 1;
      }
    }
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  FootnoteProblems out;
  std::set<std::string> used;
  for (const auto& r : refs) {
    used.insert(r.label);
    if (!defined.count(r.label)) out.undefined.push_back(r);
  }
  for (const auto& [label, offset] : defined)
    if (!used.count(label)) out.unused.push_back({label, offset});
  return out;
}

}  // namespace portal::text
