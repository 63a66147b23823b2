#pragma once
/// The content model: plain structs that the loader fills from `content/` and
/// every later stage reads. No behaviour beyond lookups lives here.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/image_header.h"
#include "text/date.h"

namespace portal {

using Lang = std::string;
using text::Date;

/// Where a value came from, for diagnostics: a path relative to the portal
/// folder and a 1-based line and column (0 when unknown).
struct SourcePos {
  std::string file;
  int line = 0;
  int col = 0;
};

/// A value given per language, with the position of each one in its file.
template <class T>
struct Localized {
  std::map<Lang, T> values;
  std::map<Lang, SourcePos> pos;

  bool empty() const { return values.empty(); }
  bool has(const Lang& lang) const { return values.count(lang) != 0; }
  const T* get(const Lang& lang) const {
    auto it = values.find(lang);
    return it == values.end() ? nullptr : &it->second;
  }
};

/// A personal name split for citing: `family` is never empty for a non-empty
/// name; `given` holds the given names and, where there is one, the
/// patronymic ("Айгерим Болатовна"); it may be empty (a one-word name).
struct PersonName {
  std::string family;
  std::string given;
};

/// A person named as an author. The same `id` on several papers is one person.
struct Author {
  std::string id;
  Localized<std::string> name;  ///< the full name as the source prints it
  Localized<PersonName> parts;  ///< `family:` / `given:` per language; a language without them is split by guess
  Localized<std::string> affiliation;
  std::string email;
  std::string orcid;  ///< canonical, e.g. 0000-0002-1825-0097; empty when not given
  SourcePos pos;
};

/// Where a paper was published, as far as the source says.
struct Journal {
  std::string name;
  std::string volume;
  std::string issue;
  std::string pages;  ///< as printed, e.g. "425–448"
  std::string issn;
};

/// One entry of a paper's reference list, in source order.
struct Reference {
  std::string key;
  std::string text;
  SourcePos pos;
};

/// How a paper's reference list is presented, as its source prints it.
enum class ReferencesStyle {
  numbered,     ///< an ordered list, 1, 2, …: the text cites by number
  author_year,  ///< an unnumbered list in the source's order: the text cites by author and year
};

/// A topic id as written in a list, with its position for "unknown topic" errors.
struct TopicRef {
  std::string id;
  SourcePos pos;
};

// ── Edition statement ──
// What the portal's edition changed in a paper, counted per kind of change,
// so a reader can tell the authors' words from the editors' interventions.

/// A kind of change the edition made to the source text.
enum class EditionChangeKind {
  line_breaks_joined,   ///< PDF line breaks inside paragraphs (and hyphenated words) joined
  look_alike_letters,   ///< Latin/Cyrillic look-alike letters repaired to the word's own script
  sic_marks,            ///< editorial [sic] marks added beside apparent slips
  editorial_title,      ///< a title written by the editors for a source without one
  citation_letters,     ///< in-text citations: a look-alike letter repaired ("Р." → "P.")
  title_case,           ///< a title printed in capitals set in ordinary case, wording unchanged
};

/// One line of the edition statement: a kind of change and how often it was made.
struct EditionChange {
  EditionChangeKind kind = EditionChangeKind::line_breaks_joined;
  int count = 0;
  SourcePos pos;
};

/// Where the text of the edition was taken from.
struct EditionSource {
  std::string format;  ///< "journal-pdf"
  std::string pages;   ///< the pages of the source the text covers, as printed; may be empty
  std::string url;     ///< where the source can be found (DOI link or page); may be empty
};

/// A paper's `edition:` block.
struct Edition {
  EditionSource source;
  std::vector<EditionChange> changes;
  SourcePos pos;

  /// The count declared for `kind`, or nullopt when the statement does not list it.
  std::optional<int> count(EditionChangeKind kind) const {
    for (const auto& c : changes)
      if (c.kind == kind) return c.count;
    return std::nullopt;
  }
};

// ── end of edition statement ──

/// One paper: its metadata (front matter) and its full text (Markdown).
/// A file in a paper's folder (`content/papers/<id>/`) as the loader found
/// it: what a figure that names it needs checked (content/paper_folder.h).
struct PaperFile {
  std::string name;         ///< relative to the folder, '/'-separated: "fig1.png", "maps/route.jpg"
  std::uintmax_t size = 0;  ///< bytes
  bool regular = true;      ///< false: no regular file (a FIFO, a device)
  bool outside = false;     ///< a symbolic link to a file outside the paper's folder
  std::string read_error;   ///< why it could not be read, if it could not
  ImageHeader header;       ///< for a file named as an image, within the size limit
};

struct Paper {
  std::string id;    ///< `<id>` of content/papers/<id>.md or content/papers/<id>/index.md
  std::string path;  ///< relative to the portal folder
  /// "content/papers/<id>" when that folder exists (the paper's figures sit in
  /// it, whether the paper is `<id>.md` or `<id>/index.md`), else empty.
  std::string folder;
  std::vector<PaperFile> files;  ///< the folder's files but index.md, by name
  Lang language;     ///< language of the full text
  std::string type = "research-article";
  Localized<std::string> title;
  bool title_editorial = false;  ///< the source has no title; the portal supplied one
  std::vector<Author> authors;
  std::optional<Journal> journal;
  std::optional<Date> published, received, accepted;
  std::string doi;  ///< canonical (10.<registrant>/<suffix>); empty when not given
  std::string udc;
  std::vector<TopicRef> topics;
  Localized<std::vector<std::string>> keywords;
  Localized<std::string> abstract;           ///< Markdown
  Localized<std::string> extended_abstract;  ///< Markdown
  bool has_reference_list = false;           ///< false: the source publishes none
  std::vector<Reference> references;
  ReferencesStyle references_style = ReferencesStyle::numbered;  ///< `references_style`, or inferred from the keys
  /// `acknowledged: {unresolved-citations: {en: reason, …}}`: the maintainers know the
  /// citations cannot be linked (the source has no list) and say why on the page.
  Localized<std::string> unresolved_citations_reason;
  SourcePos acknowledged_pos;  ///< where `acknowledged` is, for a warning when it has nothing to acknowledge
  std::string source;  ///< provenance: the seed file
  bool draft = false;  ///< `draft: true`: built only with --drafts (and by `serve`), marked as a draft
  std::optional<Edition> edition;  ///< the edition statement (`edition:`), when given
  std::string front_matter;  ///< the YAML text (from line 2), to place links inside abstracts
  std::string body;    ///< Markdown full text
  int body_line = 1;   ///< line of `path` where `body` starts

  /// False for an abstracts-only source: the body is empty or blank.
  bool has_full_text() const { return body.find_first_not_of(" \t\r\n") != std::string::npos; }
};

struct Topic {
  std::string id;
  Localized<std::string> name;
  Localized<std::string> description;
  SourcePos pos;
};

/// A paper (and optionally a section of it) that discusses an event.
struct EventSource {
  std::string paper;
  std::string anchor;
  SourcePos pos;
};

/// A dated event on the timeline; `end` makes it a span.
struct Event {
  std::string id;
  Date date;
  std::optional<Date> end;
  Localized<std::string> title;
  Localized<std::string> summary;
  Localized<std::string> note;  ///< where sources disagree, what each says
  std::vector<TopicRef> topics;
  std::vector<EventSource> sources;
  SourcePos pos;
};

/// site.yaml: the portal's name, languages and fallback chains.
struct SiteConfig {
  Localized<std::string> title;
  Localized<std::string> description;
  std::vector<Lang> languages;
  Lang default_language;
  std::map<Lang, std::vector<Lang>> fallback;
  std::string base_url;  ///< empty: no absolute URLs, so no feeds or sitemap
};

/// Everything loaded from `content/`.
struct Site {
  SiteConfig config;
  std::vector<Topic> topics;
  std::vector<Event> events;
  std::vector<Paper> papers;
  /// Drafts left out of this build (no --drafts): id → file, so that a link
  /// to one is reported as a link to a draft, not to an unknown paper.
  std::map<std::string, std::string> withheld_drafts;
  /// False when site.yaml has errors (nothing else was loaded) or a file or
  /// folder of content/ could not be read: checking links against what is
  /// missing would only bury the real error under its echoes.
  bool complete = true;
};

}  // namespace portal
