#include "link/link.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "content/edition.h"
#include "link/name_evidence.h"
#include "link/source_pos.h"
#include "link/text_checks.h"
#include "link/related.h"
#include "render/citation.h"
#include "text/case_map.h"
#include "support/parallel.h"
#include "text/link_sites.h"
#include "text/nearest.h"
#include "text/script_check.h"

namespace portal {

namespace {

/// Where the `lang` value of `v` is written; `fallback` when unknown.
template <class T>
SourcePos pos_of(const Localized<T>& v, const Lang& lang, const SourcePos& fallback) {
  auto it = v.pos.find(lang);
  return it == v.pos.end() ? fallback : it->second;
}

void check_scripts(std::string_view text, const SourcePos& base, Diagnostics& diag) {
  for (const auto& w : text::find_mixed_script_words(text))
    diag.warning(offset_pos(base, text, w.offset),
                 fmt::format("'{}' mixes Latin and Cyrillic letters (a homoglyph?)", w.word));
}

bool newer(const Paper& a, const Paper& b) {
  if (a.published.has_value() != b.published.has_value()) return a.published.has_value();
  if (a.published && b.published && *a.published != *b.published) return *a.published > *b.published;
  return a.id < b.id;
}

/// What the checks of one paper's texts count up, for the paper's own
/// diagnostics after all its texts are checked: citations that cannot be
/// resolved (the source has no reference list) and editorial [sic] marks.
/// One per paper being checked, on the checking thread's stack.
struct PaperTally {
  std::vector<std::pair<SourcePos, std::string>> unresolved;
  int sic_marks = 0;
};

class Linker {
 public:
  Linker(const Site& site, Diagnostics& diag) : site_(site), diag_(diag) { ls_.site = &site; }

  LinkedSite run() {
    index();
    prepare_markdown();
    ls_.name_evidence = gather_name_evidence(site_, ls_.markdown);
    outline_papers();
    // Papers are checked in parallel, each into its own diagnostics, merged in order.
    std::vector<Diagnostics> paper_diags(site_.papers.size());
    parallel_for(site_.papers.size(), [&](size_t i) { check_paper(i, paper_diags[i]); });
    for (auto& d : paper_diags) diag_.merge(std::move(d));
    for (size_t i = 0; i < site_.events.size(); ++i) check_event(i);
    collect_event_mentions();
    for (const auto& t : site_.topics)
      for (const auto* texts : {&t.name, &t.description})
        for (const auto& [lang, text] : texts->values) check_scripts(text, pos_of(*texts, lang, t.pos), diag_);
    build_indices();
    return std::move(ls_);
  }

 private:
  void index() {
    for (size_t i = 0; i < site_.topics.size(); ++i) ls_.topic_by_id[site_.topics[i].id] = i;
    for (size_t i = 0; i < site_.events.size(); ++i) ls_.event_by_id[site_.events[i].id] = i;
    for (size_t i = 0; i < site_.papers.size(); ++i) ls_.paper_by_id[site_.papers[i].id] = i;
  }

  /// Parses every Markdown text of the site once, for this stage and the pages.
  void prepare_markdown() {
    std::vector<std::string_view> texts;
    for (const auto& p : site_.papers) {
      texts.push_back(p.body);
      for (const auto* values : {&p.abstract, &p.extended_abstract})
        for (const auto& [lang, md] : values->values) texts.push_back(md);
    }
    for (const auto& e : site_.events)
      for (const auto* values : {&e.summary, &e.note})
        for (const auto& [lang, md] : values->values) texts.push_back(md);
    ls_.markdown = text::MarkdownCache(texts);
  }

  /// The outline of a text given to prepare_markdown.
  const text::MarkdownOutline& outline(std::string_view md) const { return ls_.markdown.find(md)->outline(); }

  void outline_papers() {
    ls_.papers.resize(site_.papers.size());
    parallel_for(site_.papers.size(), [&](size_t i) {
      auto& pl = ls_.papers[i];
      pl.body = outline(site_.papers[i].body);
      for (const auto& h : pl.body.headings) pl.anchors.insert(h.id);
      for (const auto& l : pl.body.links)
        if (l.scheme == "cite") pl.cited_at[l.target].push_back(l.occurrence);
      for (const auto& [lang, md] : site_.papers[i].abstract.values) pl.abstract_plain[lang] = text::markdown_to_plain(md);
    });
  }

  void check_topics(const std::vector<TopicRef>& topics, Diagnostics& diag) const {
    for (const auto& t : topics)
      if (!ls_.topic_by_id.count(t.id))
        diag.error(t.pos, fmt::format("unknown topic '{}': topics.yaml defines {}", t.id, topic_list()),
                   text::did_you_mean(text::nearest(t.id, topic_ids())));
  }

  std::vector<std::string> topic_ids() const {
    std::vector<std::string> ids;
    for (const auto& t : site_.topics) ids.push_back(t.id);
    return ids;
  }
  std::vector<std::string> event_ids() const {
    std::vector<std::string> ids;
    for (const auto& e : site_.events) ids.push_back(e.id);
    return ids;
  }
  std::vector<std::string> paper_ids() const {
    std::vector<std::string> ids;
    for (const auto& p : site_.papers) ids.push_back(p.id);
    return ids;
  }
  /// "did you mean …?" for a section of paper `pi`, else the list of its sections.
  std::string section_hint(size_t pi, const std::string& anchor) const {
    std::vector<std::string> ids(ls_.papers[pi].anchors.begin(), ls_.papers[pi].anchors.end());
    std::string near = text::did_you_mean(text::nearest(anchor, ids), "#");
    if (!near.empty() || ids.empty()) return near.empty() ? "the paper has no sections" : near;
    std::string listed;
    for (const auto& id : ids) {
      listed += listed.empty() ? "its sections are #" : ", #";
      listed += id;
    }
    return listed;
  }

  std::string topic_list() const {
    std::vector<std::string> ids;
    for (const auto& t : site_.topics) ids.push_back(t.id);
    return ids.empty() ? "none" : fmt::format("{}", fmt::join(ids, ", "));
  }

  /// Checks the scheme links of one Markdown text of paper `pi`. The text is
  /// found in `source` (the file's body or front matter, whose first line is
  /// `source_line`) from byte `from`; each link is placed where it is written.
  /// `p` is the paper the text belongs to (null for timeline texts, where
  /// `cite:` has no reference list to point into); `path` names its file.
  /// What the paper's texts add up to is counted in `tally` (null with `p`).
  void check_links(const Paper* p, PaperTally* tally, const std::string& path, const std::vector<text::SchemeLink>& links,
                   std::string_view source, int source_line, size_t from, Diagnostics& diag) const {
    std::map<std::string, int> seen;
    text::LinkSites sites(source, from);
    std::set<std::string_view> keys;
    if (p)
      for (const auto& r : p->references) keys.insert(r.key);
    for (const auto& l : links) {
      std::string dest = l.scheme + ":" + l.target + (l.fragment.empty() ? "" : "#" + l.fragment);
      size_t off = sites.find(dest, ++seen[dest], from);
      // The position is worked out only for a link that is reported.
      auto at_link = [&] {
        return off == std::string_view::npos ? SourcePos{path, source_line + l.line - 1, l.col}
                                             : offset_pos({path, source_line, 1}, source, off);
      };
      if (l.scheme == "paper") {
        auto it = ls_.paper_by_id.find(l.target);
        if (it == ls_.paper_by_id.end())
          diag.error(at_link(), unknown_paper(l.target, fmt::format("in link '{}'", dest)),
                     text::did_you_mean(text::nearest(l.target, paper_ids())));
        else if (!l.fragment.empty() && !ls_.papers[it->second].anchors.count(l.fragment))
          diag.error(at_link(), fmt::format("paper '{}' has no section '#{}' (link '{}')", l.target, l.fragment, dest),
                     section_hint(it->second, l.fragment));
      } else if (l.scheme == "event") {
        if (!ls_.event_by_id.count(l.target))
          diag.error(at_link(), fmt::format("unknown event '{}' in link '{}'", l.target, dest),
                     text::did_you_mean(text::nearest(l.target, event_ids())));
      } else if (l.scheme == "topic") {
        if (!ls_.topic_by_id.count(l.target))
          diag.error(at_link(), fmt::format("unknown topic '{}' in link '{}'", l.target, dest),
                     text::did_you_mean(text::nearest(l.target, topic_ids())));
      } else if (l.scheme == "cite") {
        if (!p)
          diag.error(at_link(), fmt::format("'{}': cite: links point into a paper's reference list, so they work only in papers", dest));
        else if (!p->has_reference_list)
          tally->unresolved.push_back({at_link(), dest});
        else if (!keys.count(l.target))
          diag.error(at_link(), fmt::format("unknown reference key '{}' in link '{}'", l.target, dest),
                     text::did_you_mean(text::nearest(l.target, std::vector<std::string>(keys.begin(), keys.end()))));
      } else if (l.scheme == "editorial") {
        if (!known_editorial_mark(l.target) || !l.fragment.empty())
          diag.error(at_link(), fmt::format("unknown editorial mark '{}': the only one is [sic](editorial:sic)", dest));
        else if (tally)
          ++tally->sic_marks;
      }
    }
  }

  /// "unknown paper", or, for a draft left out of the build, that a published
  /// page cannot point to it.
  std::string unknown_paper(const std::string& id, const std::string& where) const {
    auto draft = site_.withheld_drafts.find(id);
    if (draft == site_.withheld_drafts.end()) return fmt::format("unknown paper '{}' {}", id, where);
    return fmt::format("paper '{}' {} is a draft ({} has draft: true), which is not published: publish it, or "
                       "remove the link (portal build --drafts and portal serve show drafts)",
                       id, where, draft->second);
  }

  /// The ids a `#anchor` in paper `i`'s texts may point to: its sections and its references.
  std::set<std::string> page_anchors(size_t i) const {
    std::set<std::string> ids = ls_.papers[i].anchors;
    for (const auto& r : site_.papers[i].references) ids.insert("ref-" + r.key);
    return ids;
  }

  void check_paper(size_t i, Diagnostics& diag) {
    const Paper& p = site_.papers[i];
    PaperTally tally;  // this paper's alone: papers are checked in parallel
    check_topics(p.topics, diag);
    SourcePos body{p.path, p.body_line, 1};
    check_links(&p, &tally, p.path, ls_.papers[i].body.links, p.body, p.body_line, 0, diag);
    const std::set<std::string> anchors = page_anchors(i);
    std::map<std::string, FigureFile>& figures = ls_.papers[i].figures;  // this paper's alone: safe in parallel
    check_plain_links(p.path, ls_.papers[i].body.plain_links, &anchors, p.body, p.body_line, 0, diag, &p, &figures);
    check_footnotes(p, diag);
    check_scripts(p.body, body, diag);
    check_anchors(ls_.papers[i].body.headings, true, [&](const text::Heading& h) {
      return SourcePos{p.path, p.body_line + h.id_line - 1, h.id_col};
    }, diag);
    for (const auto* texts : {&p.abstract, &p.extended_abstract})
      for (const auto& [lang, md] : texts->values) {
        SourcePos at = pos_of(*texts, lang, SourcePos{p.path, 0, 0});
        size_t from = offset_of(p.front_matter, 2, at);
        const text::MarkdownOutline& o = outline(md);
        check_links(&p, &tally, p.path, o.links, p.front_matter, 2, from, diag);
        check_plain_links(p.path, o.plain_links, &anchors, p.front_matter, 2, from, diag, &p, &figures);
        // An abstract's headings are on the paper page too; each `{#` is
        // found where the front matter writes it.
        size_t search = from;
        check_anchors(o.headings, true, [&](const text::Heading& h) {
          size_t brace = p.front_matter.find("{#" + h.written_id, search);
          if (brace == std::string::npos) return at;
          search = brace + 2;
          return offset_pos({p.path, 2, 1}, p.front_matter, brace);
        }, diag);
        check_scripts(md, at, diag);
      }
    for (const auto& [lang, t] : p.title.values) check_scripts(t, pos_of(p.title, lang, SourcePos{p.path, 0, 0}), diag);
    if (p.unresolved_citations_reason.empty()) report_unresolved(tally.unresolved, diag);
    else if (tally.unresolved.empty())
      diag.warning(p.acknowledged_pos, "'acknowledged' names 'unresolved-citations', but the paper has no citation "
                                       "that cannot be resolved",
                   "remove the acknowledgement");
    check_edition(p, tally.sic_marks, diag);
    for (const auto& r : p.references) check_scripts(r.text, r.pos, diag);
  }

  /// One warning per paper for its citations that cannot be resolved (the
  /// source has no reference list): one fact about the source, placed at the
  /// first citation, naming them all.
  static void report_unresolved(std::vector<std::pair<SourcePos, std::string>>& unresolved, Diagnostics& diag) {
    if (unresolved.empty()) return;
    std::stable_sort(unresolved.begin(), unresolved.end(), [](const auto& a, const auto& b) {
      return std::pair(a.first.line, a.first.col) < std::pair(b.first.line, b.first.col);
    });
    std::vector<std::string> names;
    for (const auto& [at, dest] : unresolved)
      if (std::find(names.begin(), names.end(), dest) == names.end()) names.push_back(dest);
    size_t n = unresolved.size();
    std::string works =
        names.size() == n ? "" : fmt::format(" of {} work{}", names.size(), names.size() == 1 ? "" : "s");
    diag.warning(unresolved.front().first,
                 fmt::format("{} citation{}{} cannot be resolved: the source has no reference list ({})", n,
                             n == 1 ? "" : "s", works, fmt::join(names, ", ")),
                 "if the source really has none, say so in the front matter: acknowledged: {unresolved-citations: "
                 "{en: the reason, shown on the page}}");
  }

  void check_event(size_t i) {
    const Event& e = site_.events[i];
    check_topics(e.topics, diag_);
    // Summaries and notes are Markdown and may link papers, sections, events and topics.
    for (const auto* texts : {&e.title, &e.summary, &e.note})
      for (const auto& [lang, md] : texts->values) {
        SourcePos at = pos_of(*texts, lang, e.pos);
        if (texts != &e.title) {
          const text::MarkdownOutline& o = outline(md);
          check_links(nullptr, nullptr, at.file, o.links, {}, at.line, 0, diag_);
          check_plain_links(at.file, o.plain_links, nullptr, {}, at.line, 0, diag_);
          check_anchors(o.headings, false, [&](const text::Heading& h) {
            return SourcePos{at.file, at.line + h.id_line - 1, h.id_col};
          }, diag_);
        }
        check_scripts(md, at, diag_);
      }
    for (const auto& s : e.sources) {
      auto it = ls_.paper_by_id.find(s.paper);
      // A draft's event is prepared with it: the event lists the paper once it is published.
      if (it == ls_.paper_by_id.end() && site_.withheld_drafts.count(s.paper)) continue;
      if (it == ls_.paper_by_id.end()) {
        diag_.error(s.pos, fmt::format("unknown paper '{}' in the sources of event '{}'", s.paper, e.id),
                    text::did_you_mean(text::nearest(s.paper, paper_ids())));
        continue;
      }
      if (!s.anchor.empty() && !ls_.papers[it->second].anchors.count(s.anchor))
        diag_.error(s.pos, fmt::format("paper '{}' has no section '#{}' (source of event '{}')", s.paper, s.anchor, e.id),
                    section_hint(it->second, s.anchor));
      auto& evs = ls_.papers[it->second].events;
      if (std::find(evs.begin(), evs.end(), i) == evs.end()) evs.push_back(i);
    }
  }

  /// Papers that link an event from their text become its sources too, so
  /// that timeline.yaml need not repeat them: the event lists the paper, and
  /// the paper the event.
  void collect_event_mentions() {
    ls_.event_mentions.resize(site_.events.size());
    // Each (event, paper) pair is looked at once, however often the paper
    // links the event: a paper of many `event:` links costs one step a link.
    std::vector<size_t> seen_in(site_.events.size(), site_.papers.size());  // the paper that last linked it
    for (size_t i = 0; i < site_.papers.size(); ++i) {
      const Paper& p = site_.papers[i];
      for (const auto& l : ls_.papers[i].body.links) {
        if (l.scheme != "event") continue;
        auto ev = ls_.event_by_id.find(l.target);
        if (ev == ls_.event_by_id.end() || seen_in[ev->second] == i) continue;
        seen_in[ev->second] = i;
        const Event& e = site_.events[ev->second];
        auto same_paper = [&](const EventSource& s) { return s.paper == p.id; };
        if (std::any_of(e.sources.begin(), e.sources.end(), same_paper)) continue;
        EventSource s;
        s.paper = p.id;
        for (const auto& h : ls_.papers[i].body.headings)  // the section the link stands in
          if (h.line <= l.line && h.level <= 3) s.anchor = h.id;
        ls_.event_mentions[ev->second].push_back(std::move(s));
        ls_.papers[i].events.push_back(ev->second);
      }
    }
  }

  void build_indices() {
    const auto& papers = site_.papers;
    const auto& events = site_.events;
    for (size_t i = 0; i < papers.size(); ++i) ls_.papers_newest_first.push_back(i);
    std::sort(ls_.papers_newest_first.begin(), ls_.papers_newest_first.end(),
              [&](size_t a, size_t b) { return newer(papers[a], papers[b]); });
    for (size_t i = 0; i < events.size(); ++i) ls_.events_in_order.push_back(i);
    auto event_order = [&](size_t a, size_t b) {
      return events[a].date != events[b].date ? events[a].date < events[b].date : events[a].id < events[b].id;
    };
    std::sort(ls_.events_in_order.begin(), ls_.events_in_order.end(), event_order);
    for (auto& pl : ls_.papers) std::sort(pl.events.begin(), pl.events.end(), event_order);

    for (size_t i : ls_.papers_newest_first) {
      for (const auto& t : papers[i].topics) ls_.topic_papers[t.id].push_back(i);
      for (const auto& a : papers[i].authors) {
        auto [it, added] = ls_.author_by_id.try_emplace(a.id, ls_.authors.size());
        if (added) ls_.authors.push_back({a.id, a, {}});
        AuthorEntry& entry = ls_.authors[it->second];
        entry.papers.push_back(i);
        if (!added) merge_author(entry.author, a);
      }
    }
    report_one_person_two_ids();
    for (size_t i : ls_.events_in_order)
      for (const auto& t : events[i].topics) ls_.topic_events[t.id].push_back(i);
    build_related();
  }

  /// Warns when two author ids look like one person: the same ORCID, or in
  /// one language the same family name and the same first given initial
  /// (case ignored), so "Erol Kalkan" as kalkan-erol and as kalkan-e is noticed.
  void report_one_person_two_ids() {
    auto initial = [](const std::string& given) {  // the first UTF-8 character: a lead byte and its continuations
      size_t end = given.empty() ? 0 : 1;
      while (end < given.size() && (static_cast<unsigned char>(given[end]) & 0xC0) == 0x80) ++end;
      return given.substr(0, end);
    };
    for (size_t a = 0; a < ls_.authors.size(); ++a)
      for (size_t b = a + 1; b < ls_.authors.size(); ++b) {
        const Author& first = ls_.authors[a].author;
        const Author& later = ls_.authors[b].author;
        std::string why;
        if (!first.orcid.empty() && first.orcid == later.orcid) why = "the same ORCID " + first.orcid;
        for (const auto& [lang, name] : later.name.values) {
          if (!why.empty() || !first.name.has(lang)) continue;
          PersonName x = name_parts(first, lang), y = name_parts(later, lang);
          if (text::to_lower(x.family, lang) == text::to_lower(y.family, lang) &&
              text::to_lower(initial(x.given), lang) == text::to_lower(initial(y.given), lang))
            why = fmt::format("the name '{}' ({}) like '{}'", name, lang, *first.name.get(lang));
        }
        if (why.empty()) continue;
        diag_.warning(later.pos, fmt::format("author '{}' has {} of author '{}' in {}: if they are one person, use one "
                                             "id on both papers",
                                             later.id, why, first.id, format_pos(first.pos)));
      }
  }

  /// Completes `into` (one person, as the papers seen so far describe them)
  /// with what another paper says: names and affiliations in further
  /// languages, email and ORCID. Differing emails or ORCIDs are reported.
  void merge_author(Author& into, const Author& from) {
    for (const auto& [lang, v] : from.name.values)
      if (const std::string* known = into.name.get(lang); known && *known != v)
        diag_.warning(from.name.pos.count(lang) ? from.name.pos.at(lang) : from.pos,
                      fmt::format("author '{}' is named '{}' ({}) here but '{}' in {}: one id is one person, so "
                                  "write the name the same way (the first is shown)",
                                  from.id, v, lang, *known, format_pos(into.name.pos.count(lang) ? into.name.pos.at(lang) : into.pos)));
    for (const auto& [lang, v] : from.parts.values)
      if (into.parts.values.emplace(lang, v).second) into.parts.pos[lang] = from.parts.pos.at(lang);
    for (auto field : {&Author::name, &Author::affiliation}) {
      const auto& src = from.*field;
      auto& dst = into.*field;
      for (const auto& [lang, v] : src.values)
        if (dst.values.emplace(lang, v).second) dst.pos[lang] = src.pos.count(lang) ? src.pos.at(lang) : from.pos;
    }
    for (auto field : {&Author::email, &Author::orcid}) {
      const std::string& src = from.*field;
      std::string& dst = into.*field;
      if (dst.empty()) dst = src;
      else if (!src.empty() && src != dst)
        diag_.warning(from.pos, fmt::format("author '{}' has {} '{}' here but '{}' on another paper (the first is shown)",
                                            from.id, field == &Author::email ? "email" : "ORCID", src, dst));
    }
  }

  /// Related papers for every paper (link/related.h), from each paper's
  /// authors, topics, events and `paper:` links.
  void build_related() {
    const auto& papers = site_.papers;
    std::vector<RelatedInput> input(papers.size());
    for (size_t i = 0; i < papers.size(); ++i) {
      input[i].events = ls_.papers[i].events;
      for (const auto& l : ls_.papers[i].body.links)
        if (l.scheme == "paper")
          if (auto it = ls_.paper_by_id.find(l.target); it != ls_.paper_by_id.end())
            input[i].linked_papers.push_back(it->second);
    }
    std::vector<size_t> rank(papers.size());
    for (size_t r = 0; r < ls_.papers_newest_first.size(); ++r) rank[ls_.papers_newest_first[r]] = r;
    auto related = related_papers(papers, input, rank, kRelatedLimit);
    for (size_t i = 0; i < papers.size(); ++i) ls_.papers[i].related = std::move(related[i]);
  }

  static constexpr size_t kRelatedLimit = 5;

  const Site& site_;
  Diagnostics& diag_;
  LinkedSite ls_;
};

}  // namespace

LinkedSite link_site(const Site& site, Diagnostics& diag) { return Linker(site, diag).run(); }

}  // namespace portal
