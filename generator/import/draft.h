#pragma once
/// An imported paper before it is written: the fields of docs/content-format.md
/// the source showed, and the full text as Markdown blocks.

#include <map>
#include <string>
#include <vector>

namespace portal::import {

/// An author as printed, with the id of the same person on the portal when one matched.
struct DraftAuthor {
  std::string id;
  std::string lang;  ///< the language the name is printed in
  std::string name;    ///< given names first, in ordinary case
  std::string family;  ///< the family name, as `family:` in the paper file
  std::string given;   ///< the given names (and patronymic), as `given:`
  std::string affiliation;
  std::string email;
  std::string orcid;
};

/// A reference entry as printed, with its key.
struct DraftReference {
  std::string key;
  std::string text;
};

/// The paper as far as the source shows it; empty strings are "not found".
struct Draft {
  std::string id;
  std::string language;
  std::string type;  ///< research-article | review-article | abstracts-only; "" unknown
  std::map<std::string, std::string> title;
  std::vector<DraftAuthor> authors;
  std::map<std::string, std::vector<std::string>> keywords;
  std::map<std::string, std::string> abstract;
  std::map<std::string, std::string> extended_abstract;  ///< e.g. a journal's English extended abstract
  std::string doi, udc;
  std::string journal_name, journal_issue, journal_pages, published;
  std::vector<DraftReference> references;
  bool author_year = false;  ///< the list is unnumbered, cited by author and year
  std::vector<std::string> body;  ///< Markdown blocks: headings, paragraphs, placeholders, tables
  std::string source;             ///< the imported file's name
  int line_breaks_joined = 0;
  int look_alikes_repaired = 0;
};

}  // namespace portal::import
