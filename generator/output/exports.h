#pragma once
/// Language-neutral citation exports of one paper: CSL-JSON, BibTeX (biblatex
/// flavoured) and RIS. They carry the same data as the "cite this" strings of
/// render/citation.h: the title in the paper's own language (an editorial
/// title in square brackets), author names in the paper's language as their
/// family/given parts (see `name_parts`), the publication date at its own
/// precision. `page_url` is the canonical page (the paper's own language);
/// empty leaves the URL out.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "content/model.h"

namespace portal {

/// One CSL-JSON item: type article-journal, id = paper id, title, author
/// (family/given, or family only for a one-word name), issued (date-parts at
/// the date's precision; absent without a date), container-title, volume,
/// issue, page (as printed), DOI, ISSN, language (the paper's code), abstract
/// (the paper's language only), keyword (comma-separated; the paper's
/// language, else the first language that has keywords), URL when given.
/// Absent values are left out, never written empty.
nlohmann::json to_csl_json(const Paper& paper, std::string_view page_url = {});

/// The downloadable `/papers/<id>.json`: a CSL-JSON bibliography file, which
/// is an array of items (here the one item of `to_csl_json`), indented.
std::string csl_json_file(const Paper& paper, std::string_view page_url = {});

/// A biblatex entry `@article{<id>, ...}`, UTF-8 kept. Text fields escape
/// { } \ % & $ # _ ^ ~ (braces as \{ \} when they pair up, else as
/// \textbraceleft{} \textbraceright{} so the entry stays parseable); the title
/// is wrapped in an extra pair of braces to keep its capitalisation; doi and
/// url are verbatim fields (unescaped; braces, backslashes and spaces
/// percent-encoded). Fields: author ("Family, Given and ..."), title,
/// journaltitle and journal, volume, number (the issue), pages (range with --),
/// date, year, month, doi, url, issn, langid (kazakh, russian, turkish,
/// english), keywords.
std::string to_bibtex(const Paper& paper, std::string_view page_url = {});

/// An RIS record: "TY  - JOUR" first, "ER  - " last, every line "XX  - value",
/// lines ending in CRLF as the RIS specification asks. Tags: AU per author
/// ("Family, Given"), TI, T2 (journal), PY (year), DA (YYYY/MM/DD/ when the
/// month is known, the day left empty when unknown), VL, IS, SP, EP, SN, DO,
/// LA (the paper's language code), KW per keyword (chosen as for CSL-JSON),
/// AB (the abstract in the paper's language, on one line) when present, UR
/// when given. Line breaks inside a
/// value become spaces.
std::string to_ris(const Paper& paper, std::string_view page_url = {});

}  // namespace portal
