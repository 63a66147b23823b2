#pragma once
/// "Cite this" strings for a paper page: APA 7 and GOST R 7.0.5-2008.
///
/// Both follow their manuals, not a CSL style: APA 7 (sentence case, the
/// English translation of the title in brackets, romanised Cyrillic on Latin
/// pages, a special issue in parentheses, en dashes, "n.d." per page language)
/// and GOST R 7.0.5-2008 (the document's language for the abbreviations, the
/// DOI, "[б. г.]"/"[s. a.]"). citeproc (pandoc --citeproc, with the official
/// `apa.csl` and `gost-r-7-0-5-2008.csl`) is compared in
/// tests/unit/citeproc_oracle_test.cpp only where it agrees with the manual.
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
#include "text/case_evidence.h"

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

/// APA 7 reference-list entry for the paper on a page in `lang` ("kk", "ru",
/// "tr", "en", or a tag such as "tr-TR"):
///  - authors "Family, I. I." joined with ", & " (from 21: 19, "…", the last);
///    none: the title takes the author's place (§9.12);
///  - "(year)", else "(n.d.)" as the page's language writes it: n.d., б. г.,
///    t.y., ж.ж. (see `apa_no_date` in citation.cpp);
///  - the title in sentence case (render/sentence_case.h; proper nouns told by
///    `evidence`, the portal's texts: LinkedSite::name_evidence), never italic (every
///    paper is an article); a Kazakh or Russian one romanised on the en and tr
///    pages (text/romanize.h; authors then in the Latin form the paper gives,
///    else romanised); on the en page followed by the English title in square
///    brackets; an editorial title is the page language's description in
///    square brackets;
///  - "*Journal*, *volume*(issue)" or "*Journal*, (issue)" without a volume,
///    pages with an en dash ("425-48" → "425–448");
///  - the DOI as https://doi.org/…, else `page_url` when given.
/// Quotation marks follow the page's language (en: period inside).
Citation cite_apa(const Paper& paper, std::string_view lang, const text::CaseEvidence& evidence,
                  std::string_view page_url = {});

/// The language of cite_apa's record on the `page` language's page, as a
/// `lang` value: the paper's (with `-Latn` where it is romanised), or, for an
/// editorial title, the language of the description the record gives.
std::string apa_language(const Paper& paper, std::string_view page);

/// GOST R 7.0.5-2008 bibliographic description (without the list number):
/// authors (initials after the family name; four or more: the first and
/// "et al." / "и др."), title, "// journal. year. Vol. volume. No. issue.
/// P. pages." and "DOI: …" when known. The abbreviations follow the language
/// of the document, not the page: Latin-script papers (tr, en) have Vol.,
/// No., P., et al.; Cyrillic ones (kk, ru) Т., №, С., и др. A named issue
/// ("Özbekistan Özel Sayısı") is given as it is, without "No.". Page ranges
/// take an en dash. An item without authors starts with its title; an
/// unknown year is "[б. г.]" (Cyrillic) or "[s. a.]" (Latin); without a
/// journal the year follows the title ("Title. 2022."). `lang` sets only the
/// quotation marks.
Citation cite_gost(const Paper& paper, std::string_view lang);

}  // namespace portal
