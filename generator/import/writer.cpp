#include "import/writer.h"

#include <fmt/format.h>

namespace portal::import {

namespace {

/// A YAML double-quoted scalar.
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\t') {
      out += "\\t";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

/// A YAML literal block (`|-`) at `indent` spaces.
std::string literal(const std::string& s, int indent) {
  std::string pad(static_cast<size_t>(indent), ' ');
  std::string out = "|-\n";
  size_t start = 0;
  while (start <= s.size()) {
    size_t nl = s.find('\n', start);
    std::string line = s.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    out += line.empty() ? "\n" : pad + line + "\n";
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  out.pop_back();
  return out;
}

}  // namespace

std::string write_paper(const Draft& d) {
  std::string y = "---\n# Imported by `portal import` from " + d.source +
                  "; work through " + d.id + ".review.md before publishing.\n";
  y += "language: " + d.language + "\n";
  y += "type: " + d.type + "\n";
  if (!d.title.empty()) {
    y += "title:\n";
    for (const auto& [lang, t] : d.title) y += "  " + lang + ": " + quoted(t) + "\n";
  } else {
    y += "# title: not found in the source\n";
  }
  if (d.authors.empty()) {
    y += "authors: []\n";
  } else {
    y += "authors:\n";
    for (const auto& a : d.authors) {
      y += "  - id: " + a.id + "\n";
      y += "    name: {" + a.lang + ": " + quoted(a.name) + "}\n";
      if (!a.family.empty()) y += "    family: {" + a.lang + ": " + quoted(a.family) + "}\n";
      if (!a.given.empty()) y += "    given: {" + a.lang + ": " + quoted(a.given) + "}\n";
      if (!a.affiliation.empty()) y += "    affiliation: {" + a.lang + ": " + quoted(a.affiliation) + "}\n";
      if (!a.email.empty()) y += "    email: " + a.email + "\n";
      if (!a.orcid.empty()) y += "    orcid: " + a.orcid + "\n";
    }
  }
  if (!d.journal_name.empty()) {
    y += "journal:\n  name: " + quoted(d.journal_name) + "\n";
    if (!d.journal_issue.empty()) y += "  issue: " + quoted(d.journal_issue) + "\n";
    if (!d.journal_pages.empty()) y += "  pages: " + quoted(d.journal_pages) + "\n";
  }
  if (!d.published.empty()) y += "published: " + d.published + "\n";
  if (!d.doi.empty()) y += "doi: " + quoted(d.doi) + "\n";
  if (!d.udc.empty()) y += "udc: " + quoted(d.udc) + "\n";
  y += "topics: []\n";
  if (!d.keywords.empty()) {
    y += "keywords:\n";
    for (const auto& [lang, list] : d.keywords) {
      y += "  " + lang + ": [";
      for (size_t i = 0; i < list.size(); ++i) y += (i ? ", " : "") + quoted(list[i]);
      y += "]\n";
    }
  }
  if (!d.abstract.empty()) {
    y += "abstract:\n";
    for (const auto& [lang, text] : d.abstract) y += "  " + lang + ": " + literal(text, 4) + "\n";
  }
  if (!d.extended_abstract.empty()) {
    y += "extended_abstract:\n";
    for (const auto& [lang, text] : d.extended_abstract) y += "  " + lang + ": " + literal(text, 4) + "\n";
  }
  if (!d.references.empty()) {
    if (d.author_year) y += "references_style: author-year\n";
    y += "references:\n";
    for (const auto& r : d.references) y += "  - key: " + quoted(r.key) + "\n    text: " + quoted(r.text) + "\n";
  }
  y += "source: " + quoted(d.source) + "\n";
  if (d.line_breaks_joined || d.look_alikes_repaired) {
    y += "edition:\n  source:\n    format: journal-pdf\n";
    if (!d.journal_pages.empty()) y += "    pages: " + quoted(d.journal_pages) + "\n";
    y += "  changes:\n";
    if (d.line_breaks_joined) y += fmt::format("    - {{kind: line-breaks-joined, count: {}}}\n", d.line_breaks_joined);
    if (d.look_alikes_repaired)
      y += fmt::format("    - {{kind: look-alike-letters, count: {}}}\n", d.look_alikes_repaired);
  }
  y += "---\n";
  for (const auto& b : d.body) y += b + "\n\n";
  if (!d.body.empty()) y.pop_back();
  return y;
}

}  // namespace portal::import
