#include "link/text_checks.h"

#include <fmt/format.h>

#include "content/text_check.h"
#include "link/plain_links.h"
#include "link/source_pos.h"
#include "text/anchor_id.h"
#include "text/footnote_refs.h"
#include "text/link_sites.h"
#include "text/paper_page_ids.h"

namespace portal {

namespace {

/// A character as a message names it: `'/'`, "a space", or its code point and name.
std::string char_words(int32_t c) {
  if (c == ' ') return "a space";
  if (c > ' ' && c < 0x7F) return fmt::format("'{}'", static_cast<char>(c));
  if (c < 0) return "an ill-formed UTF-8 sequence";
  return describe_char(c);
}

}  // namespace

void check_plain_links(const std::string& path, const std::vector<text::PlainLink>& links,
                       const std::set<std::string>* anchors, std::string_view source, int source_line, size_t from,
                       Diagnostics& diag, const Paper* paper, std::map<std::string, FigureFile>* figures) {
  if (links.empty()) return;
  std::map<std::string, int> seen;
  text::LinkSites sites(source, from);
  for (const auto& l : links) {
    int nth = ++seen[l.url];  // counted for every link, so a reported one is found where it is
    std::optional<PlainLinkProblem> problem;
    if (l.image) {
      FigureCheck c = check_figure(l.url, l.alt, paper);
      problem = std::move(c.problem);
      if (!problem && figures) figures->emplace(l.url, std::move(c.file));
    } else {
      problem = plain_link_problem(l.url, false, anchors);
    }
    if (!problem) continue;
    size_t off = sites.find(l.url, nth, from);
    SourcePos at = off == std::string_view::npos ? SourcePos{path, source_line + l.line - 1, l.col}
                                                 : offset_pos({path, source_line, 1}, source, off);
    diag.error(at, problem->message, problem->suggestion);
  }
}

void check_footnotes(const Paper& p, Diagnostics& diag) {
  text::FootnoteProblems f = text::footnote_problems(p.body);
  for (const auto& r : f.undefined)
    diag.error(offset_pos({p.path, p.body_line, 1}, p.body, r.offset),
               fmt::format("footnote '[^{}]' is referenced but never defined: the page would show it as it is",
                           r.label),
               fmt::format("add a line '[^{}]: the note's text' below the paragraph", r.label));
  for (const auto& d : f.unused)
    diag.warning(offset_pos({p.path, p.body_line, 1}, p.body, d.offset),
                 fmt::format("footnote '[^{}]' is defined but never referenced, so the page leaves it out", d.label),
                 fmt::format("refer to it with [^{}] where it belongs, or remove it", d.label));
}

void check_anchors(const std::vector<text::Heading>& headings, bool on_paper, const AnchorPlace& place,
                   Diagnostics& diag) {
  std::map<std::string, SourcePos> first;  // written id → where the first heading with it writes it
  for (const auto& h : headings) {
    if (!h.explicit_id) continue;
    SourcePos at = place(h);
    first.try_emplace(h.written_id, at);
    if (auto fault = text::anchor_id_fault(h.written_id)) {
      // A control character is reported where it stands by the loader.
      if (find_forbidden_char(h.written_id)) continue;
      std::string why;
      if (fault->kind == text::AnchorIdFault::Kind::not_letter_first) why = "it must start with a letter";
      else why = fmt::format("{} is not allowed in one", char_words(fault->code_point));
      std::string suggestion = text::suggested_anchor_id(h.written_id);
      diag.error(at,
                 fmt::format("section anchor '{{#{}}}' is not an id: {} (an anchor is letters, digits, '-' and "
                             "'_', starting with a letter)",
                             h.written_id, why),
                 suggestion.empty() ? "" : fmt::format("write {{#{}}}", suggestion));
      continue;
    }
    std::string owner = on_paper ? text::paper_page_id_owner(h.written_id) : "";
    if (!owner.empty())
      diag.error(at, fmt::format("section anchor '#{}' would clash with the paper page's own ids ({}): choose "
                                 "another",
                                 h.written_id, owner));
    else if (!h.duplicate_of.empty())
      diag.error(at, fmt::format("duplicate section anchor '#{}': the heading at line {} already has it",
                                 h.duplicate_of, first[h.written_id].line));
  }
}

}  // namespace portal
