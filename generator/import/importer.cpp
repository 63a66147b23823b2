#include "import/importer.h"

#include <algorithm>
#include <filesystem>

#include "import/blocks.h"
#include "import/cleanup.h"
#include "import/footnotes.h"
#include "import/language_guess.h"
#include "import/look_alike.h"
#include "import/metadata.h"
#include "import/names.h"
#include "import/references.h"
#include "text/case_map.h"
#include "text/slug.h"
#include "text/trim.h"

namespace portal::import {

namespace {

/// Words of a name as an ASCII slug, sorted: the same person whatever the order of given and family name.
std::vector<std::string> name_key(const std::string& name) {
  std::string slug = text::slugify(name);
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= slug.size()) {
    size_t dash = slug.find('-', start);
    parts.push_back(slug.substr(start, dash == std::string::npos ? std::string::npos : dash - start));
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  std::sort(parts.begin(), parts.end());
  return parts;
}

}  // namespace

Draft import_source(const SourceText& source, const ImportOptions& options, const std::vector<KnownAuthor>& known,
                    ReviewList& review) {
  Draft d;
  d.source = std::filesystem::path(source.path).filename().string();
  Metadata meta = find_metadata(source.lines);

  // The whole text's script decides look-alike ties.
  std::string all;
  for (const auto& l : source.lines) all += l.text + "\n";
  LetterCounts letters = count_letters(all);
  bool latin = letters.latin > letters.cyrillic;

  // Look-alike letters first, so that a running head printed with them on some pages is still one head.
  std::vector<SourceLine> repaired;
  std::vector<LookAlikeResult> repairs;
  for (const auto& l : source.lines) {
    repairs.push_back(repair_look_alikes(l.text, latin));
    repaired.push_back({repairs.back().text, l.place});
  }
  std::vector<bool> drop = meta.consumed;
  std::vector<SourceLine> running_heads = mark_noise(repaired, drop, review);

  std::vector<SourceLine> kept;
  for (size_t i = 0; i < repaired.size(); ++i) {
    if (drop[i] || text::trim_blanks(repaired[i].text).empty()) continue;
    d.look_alikes_repaired += repairs[i].repaired;
    for (const auto& w : repairs[i].left)
      review.add(ReviewKind::look_alike, repaired[i].place, "mixed Latin and Cyrillic letters left as printed: " + w);
    kept.push_back(repaired[i]);
  }
  if (d.look_alikes_repaired)
    review.add(ReviewKind::look_alike, {},
               std::to_string(d.look_alikes_repaired) + " look-alike letter(s) repaired to their word's alphabet");
  HyphenEvidence evidence(kept);
  std::vector<DraftFootnote> footnotes = take_footnotes(kept, evidence, review, d.line_breaks_joined);
  std::vector<SourceLine*> ptrs;
  for (auto& l : kept) ptrs.push_back(&l);

  Blocks blocks = detect_blocks(ptrs, source.layout_pages, evidence, review, d.line_breaks_joined);
  d.references = split_references(blocks.reference_lines, d.author_year, evidence, review, d.line_breaks_joined);

  // Language: the maintainer's, else the body's letters, else the first abstract's.
  std::string body_text;
  for (const auto& b : blocks.body) body_text += b.markdown + "\n";
  d.language = options.language;
  if (d.language.empty()) d.language = guess_language(body_text);
  // Abstracts only: the first abstract's language, the one the journal prints first.
  if (d.language.empty() && !blocks.abstract_order.empty()) d.language = blocks.abstract_order.front();
  if (d.language.empty()) d.language = guess_language(all);

  d.doi = meta.doi;
  d.udc = meta.udc;
  d.journal_name = meta.journal_name;
  d.journal_issue = meta.journal_issue;
  d.journal_pages = meta.journal_pages;
  d.published = meta.published;
  d.type = meta.type;
  if (blocks.body.empty() && !blocks.abstract.empty()) d.type = "abstracts-only";
  if (d.type.empty()) d.type = "research-article";
  d.title = blocks.title;
  // A running head that is no list of names is the paper's short title: taken
  // as the title in its language where the first page prints none in it.
  for (const auto& head : running_heads) {
    std::string lang = guess_language(head.text);
    if (lang.empty() || d.title.count(lang) || !names_in_running_head(head.text).empty() ||
        count_letters(head.text).letters() < 12 || ends_sentence(head.text))
      continue;
    d.title[lang] = head.text;
    review.add(ReviewKind::found, head.place,
               "title (" + lang + ") taken from the running head, as the first page prints none in " + lang + ": " +
                   head.text);
  }
  d.keywords = blocks.keywords;
  d.abstract = blocks.abstract;
  d.extended_abstract = blocks.extended_abstract;
  for (auto& [lang, text] : d.extended_abstract)
    text = link_citations(text, d.references, d.author_year, {}, review);
  for (auto& [lang, text] : d.abstract)
    text = link_citations(text, d.references, d.author_year, {}, review);
  for (const auto& b : blocks.body)
    d.body.push_back(b.paragraph ? link_citations(b.markdown, d.references, d.author_year, b.place, review)
                                 : b.markdown);
  for (const auto& f : footnotes)
    d.body.push_back(link_citations("[^" + std::to_string(f.number) + "]: " + f.text, d.references, d.author_year,
                                    f.place, review));

  // Authors: printed names, or the names of a running head when the first
  // page prints none; matched to the portal's by their words.
  struct PrintedAuthor {
    std::string name;
    SourcePlace place;
    std::vector<const SourceLine*> affiliation;
  };
  std::vector<PrintedAuthor> printed;
  for (const auto& a : blocks.authors) printed.push_back({text::trim_blanks(a.name->text), a.name->place, a.affiliation});
  if (printed.empty()) {
    for (const auto& head : running_heads) {
      std::vector<std::string> names = names_in_running_head(head.text);
      if (names.empty()) continue;
      for (const auto& n : names) printed.push_back({n, head.place, {}});
      review.add(ReviewKind::found, head.place,
                 "authors taken from the running head, as the first page names none: " + head.text);
      break;
    }
  }
  size_t email = 0;
  for (const auto& a : printed) {
    DraftAuthor da;
    // A name in the paper's alphabet is written in the paper's language.
    LetterCounts name_letters = count_letters(a.name);
    bool name_latin = name_letters.latin > name_letters.cyrillic;
    bool paper_latin = d.language == "tr" || d.language == "en";
    da.lang = name_latin == paper_latin && !d.language.empty() ? d.language : guess_language(a.name);
    NameParts parts = split_name(a.name, da.lang);
    da.name = parts.name;
    da.family = parts.family;
    da.given = parts.given;
    for (const auto* l : a.affiliation) {
      while (!da.affiliation.empty() && (da.affiliation.back() == ',' || da.affiliation.back() == ' '))
        da.affiliation.pop_back();
      if (!da.affiliation.empty()) da.affiliation += ", ";
      da.affiliation += text::trim_blanks(l->text);
    }
    if (email < meta.emails.size()) da.email = meta.emails[email++];
    if (d.authors.size() < meta.orcids.size()) da.orcid = meta.orcids[d.authors.size()];
    std::vector<std::string> key = name_key(da.name);
    for (const auto& k : known)
      for (const auto& n : k.names)
        if (da.id.empty() && name_key(n) == key) da.id = k.id;
    if (!da.id.empty()) {
      review.add(ReviewKind::found, a.place, "author «" + da.name + "» is the portal's " + da.id);
    } else {
      da.id = text::slugify(da.family) + (da.given.empty() ? "" : "-" + text::slugify(da.given));
      review.add(ReviewKind::found, a.place, "author «" + da.name + "» is new to the portal: id " + da.id);
    }
    if (!parts.order_known)
      review.add(ReviewKind::found, a.place,
                 "author «" + da.name + "»: the print does not tell the family name from the given one; taken as family " +
                     da.family + ", given " + da.given + " (check family: and given:)");
    d.authors.push_back(da);
  }

  d.id = options.id;
  if (d.id.empty()) {
    auto t = d.title.find("en");
    std::string base = t != d.title.end() ? t->second : d.title.empty() ? "" : d.title.begin()->second;
    d.id = text::slugify(base);
    if (d.id.size() > 60) d.id = d.id.substr(0, d.id.rfind('-', 60));
    if (base.empty()) d.id = text::slugify(std::filesystem::path(source.path).stem().string());
  }

  // Fields not found: named, left out.
  auto missing = [&](bool absent, const std::string& what) {
    if (absent) review.add(ReviewKind::missing, {}, what);
  };
  missing(d.title.empty(), "title: no title lines found (title is required: write it, with title_source: editorial "
                           "if the source has none)");
  missing(d.authors.empty(), "authors: no author names found (authors: [] when the source names nobody)");
  missing(d.doi.empty(), "doi");
  missing(d.udc.empty(), "udc (УДК/ӘОЖ)");
  missing(d.journal_name.empty(), "journal name, issue and pages (no footer such as `Journal | Issue | Date | pages`)");
  missing(d.published.empty(), "published (date)");
  missing(d.references.empty(), "references: no list under a heading such as СПИСОК ЛИТЕРАТУРЫ or KAYNAKÇA");
  missing(true, "topics: choose ids from content/topics.yaml");
  for (const char* lang : {"kk", "ru", "tr", "en"}) {
    bool has_abs = d.abstract.count(lang) != 0, has_kw = d.keywords.count(lang) != 0;
    if (has_abs != has_kw)
      review.add(ReviewKind::missing, {}, std::string(has_abs ? "keywords" : "abstract") + " (" + lang +
                                              "): the source has the " + (has_abs ? "abstract" : "keywords") +
                                              " in this language but not the other");
  }
  return d;
}

}  // namespace portal::import
