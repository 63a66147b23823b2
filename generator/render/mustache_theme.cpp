#include "render/mustache_theme.h"

#include <algorithm>
#include <map>
#include <string>

#include <fmt/format.h>

namespace portal::render {

namespace {

using mustache_detail::Compiled;
using mustache_detail::Node;
using mustache_detail::NodeKind;

/// A partial or parent tag naming another template.
struct Reference {
  const Node* tag;
  const char* what;  // "partial" or "parent"
};

/// The partial and parent tags of `nodes`, in source order (dynamic partials,
/// named by the data, are left to rendering, which is strict too).
void collect_references(const std::vector<Node>& nodes, std::vector<Reference>& out) {
  for (const Node& n : nodes) {
    if (n.kind == NodeKind::Partial && !n.dynamic) out.push_back({&n, "partial"});
    if (n.kind == NodeKind::Parent) out.push_back({&n, "parent"});
    collect_references(n.children, out);
  }
}

/// Finds templates that include themselves, by depth-first search over the
/// reference graph; reports each cycle once, at the tag that closes it.
class CycleFinder {
 public:
  CycleFinder(const std::map<std::string, std::vector<Reference>>& refs, const Theme& theme, Diagnostics& diag)
      : refs_(refs), theme_(theme), diag_(diag) {}

  void run() {
    for (const auto& entry : refs_)
      if (state_[entry.first] == State::unseen) visit(entry.first);
  }

 private:
  /// Where the search stands with a template: not reached, on the current path, finished.
  enum class State { unseen, open, done };

  void visit(const std::string& name) {
    state_[name] = State::open;
    path_.push_back(name);
    for (const Reference& r : refs_.at(name)) {
      const std::string& target = r.tag->text;
      if (!refs_.count(target)) continue;  // unknown: reported on its own
      if (state_[target] == State::open) {
        std::string chain;
        for (auto it = std::find(path_.begin(), path_.end(), target); it != path_.end(); ++it) chain += *it + " → ";
        diag_.error({theme_.template_files.at(name), r.tag->line, r.tag->col},
                    fmt::format("{} '{}' includes itself: {}{} (a template must not include itself)", r.what, target,
                                chain, target));
      } else if (state_[target] == State::unseen) {
        visit(target);
      }
    }
    path_.pop_back();
    state_[name] = State::done;
  }

  const std::map<std::string, std::vector<Reference>>& refs_;
  const Theme& theme_;
  Diagnostics& diag_;
  std::map<std::string, State> state_;
  std::vector<std::string> path_;
};

}  // namespace

std::optional<Templates> compile_theme(const Theme& theme, const std::vector<std::string_view>& page_templates,
                                       Diagnostics& diag) {
  size_t errors_before = diag.error_count();
  Templates set;
  set.set_strict(true);
  set.set_array_flags(true);
  for (const auto& [name, source] : theme.templates) {
    try {
      set.add(name, source);
    } catch (const MustacheError& e) {
      diag.error({theme.template_files.at(name), e.line, e.col}, e.message);
    }
  }

  std::map<std::string, std::vector<Reference>> refs;
  for (const std::string& name : set.names()) collect_references(set.find(name)->nodes, refs[name]);
  for (const auto& [name, list] : refs)
    for (const Reference& r : list)
      if (!theme.templates.count(r.tag->text))
        diag.error({theme.template_files.at(name), r.tag->line, r.tag->col},
                   fmt::format("unknown {} '{}': there is no templates/{}{}.mustache", r.what, r.tag->text,
                               std::string_view(r.what) == "partial" ? "partials/" : "", r.tag->text));
  CycleFinder(refs, theme, diag).run();

  for (std::string_view page : page_templates)
    if (!theme.templates.count(std::string(page)))
      diag.error({fmt::format("templates/{}.mustache", page), 0, 0},
                 fmt::format("missing page template '{}': pages of the site are rendered with it", page));

  if (diag.error_count() > errors_before) return std::nullopt;
  return set;
}

}  // namespace portal::render
