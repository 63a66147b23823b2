#pragma once
/// Metadata printed anywhere in a source: DOI, УДК/UDC, e-mail addresses,
/// ORCID iDs, a journal footer (`İmgelem | Sayı: … | Eylül 2024 | 425-448`)
/// and the article type (`Derleme Makale/Review Article`).

#include <string>
#include <vector>

#include "import/draft.h"
#include "import/source_text.h"

namespace portal::import {

/// The metadata found, and which lines hold nothing else (kept out of the text).
struct Metadata {
  std::string doi, udc, journal_name, journal_issue, journal_pages, published, type;
  std::vector<std::string> emails;  ///< in source order, each once
  std::vector<std::string> orcids;  ///< likewise
  std::vector<bool> consumed;       ///< per source line
};

Metadata find_metadata(const std::vector<SourceLine>& lines);

}  // namespace portal::import
