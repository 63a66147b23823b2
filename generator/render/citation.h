#pragma once
/// "Cite this" strings for a paper page: APA 7 and GOST R 7.0.5-2008.
///
/// APA is meant to equal what citeproc (pandoc --citeproc) renders from
/// `to_csl_json(paper)` with the official `apa.csl` style and the page's
/// language as locale (tests/unit/citeproc_oracle_test.cpp). GOST follows the
/// standard where the CSL style does not (the document's language for the
/// abbreviations, the DOI); citeproc is compared only where they agree.
///
/// Which data a citation uses (shared with output/exports.h, so that the
/// exported CSL-JSON, BibTeX and RIS describe the same work):
///  - title: the one in the paper's own language (`Paper::language`), else the
///    first available one (languages in code order). An editorial title (the
///    source has none; the portal wrote it) is a description of the work and is
///    put in square brackets, as APA 7 and GOST do for supplied titles.
///  - author names: the form in the paper's language, else the first available.
///  - family/given: the parts the content gives (`family:`, `given:`), else
///    the guess of `split_name`.

#include <string>
#include <string_view>
#include <vector>

#include "content/model.h"

namespace portal {

/// A formatted citation: `html` marks italics with <i>…</i>, links the DOI or
/// URL with <a href>, and escapes < > & " in text; `text` is the same citation
/// as plain text.
struct Citation {
  std::string html;
  std::string text;
};

/// Splits a full name as the content writes it. Rule: the last word is the
/// family name and the words before it the given names ("Erol Kalkan",
/// "Муратхан Йылмаз", "M. Yilmaz"), except when the name ends in initials
/// (words ending in '.', as in "Йылмаз М." or "Назарбаев Н.Ә."): then the first
/// word is the family name and the rest the given names. A one-word name is a
/// family name only. Whitespace runs count as one separator.
PersonName split_name(std::string_view full);

/// The parts of `author`'s name in `lang` (else in the first language the name
/// has): the `family:` / `given:` the content gives for that language, else
/// `split_name` of the full name. Empty family when the author has no name.
PersonName name_parts(const Author& author, const Lang& lang);

/// The title a citation uses (see the file comment), brackets included for an
/// editorial title. Empty only when the paper has no title at all.
std::string citation_title(const Paper& paper);

/// The paper's authors, in source order, as split names (authors without any
/// name are left out).
std::vector<PersonName> citation_authors(const Paper& paper);

/// APA 7 reference-list entry for the paper, with the terms, quotes and page
/// range delimiter of the page language `lang` ("kk", "ru", "tr", "en"; a
/// language citeproc has no locale for, such as kk, falls back to en-US as
/// citeproc does). The DOI, else `page_url` when given, ends the entry.
Citation cite_apa(const Paper& paper, std::string_view lang, std::string_view page_url = {});

/// GOST R 7.0.5-2008 bibliographic description (without the list number):
/// authors (initials after the family name; four or more: the first and
/// "et al." / "и др."), title, "// journal. year. Vol. volume. No. issue.
/// P. pages." and "DOI: …" when known. The abbreviations follow the language
/// of the document, not the page: Latin-script papers (tr, en) have Vol.,
/// No., P., et al.; Cyrillic ones (kk, ru) Т., №, С., и др. A named issue
/// ("Özbekistan Özel Sayısı") is given as it is, without "No.". Page ranges
/// take an en dash. An item without authors starts with its title. `lang`
/// sets only the quotation marks.
Citation cite_gost(const Paper& paper, std::string_view lang);

}  // namespace portal
