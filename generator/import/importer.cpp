#include "import/importer.h"

#include <algorithm>
#include <filesystem>

#include "import/blocks.h"
#include "import/cleanup.h"
#include "import/language_guess.h"
#include "import/look_alike.h"
#include "import/metadata.h"
#include "import/references.h"
#include "text/case_map.h"
#include "text/slug.h"
#include "text/trim.h"

namespace portal::import {

namespace {

/// The printed name in ordinary case ("МУРАТХАН ЙЫЛМАЗ" → "Муратхан Йылмаз").
std::string name_case(const std::string& name, const std::string& lang) {
  return is_upper_case_line(name) ? text::to_title(text::to_lower(name, lang), lang) : name;
}

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
  mark_noise(repaired, drop, review);

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
  std::vector<SourceLine*> ptrs;
  for (auto& l : kept) ptrs.push_back(&l);

  HyphenEvidence evidence(kept);
  Blocks blocks = detect_blocks(ptrs, evidence, review, d.line_breaks_joined);
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

  // Authors: printed names matched to the portal's by their words.
  size_t email = 0;
  for (const auto& a : blocks.authors) {
    DraftAuthor da;
    std::string printed = text::trim_blanks(a.name->text);
    da.lang = guess_language(printed);
    da.name = name_case(printed, da.lang);
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
      review.add(ReviewKind::found, a.name->place, "author «" + da.name + "» is the portal's " + da.id);
    } else {
      std::vector<std::string> parts = name_key(da.name);
      std::string slug = text::slugify(da.name);
      size_t dash = slug.find('-');
      // New id family-given: the printed order is given family (Муратхан Йылмаз) unless in capitals first.
      da.id = dash == std::string::npos ? slug : slug.substr(dash + 1) + "-" + slug.substr(0, dash);
      review.add(ReviewKind::found, a.name->place,
                 "author «" + da.name + "» is new to the portal: id " + da.id + " (check the order of the names)");
    }
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
