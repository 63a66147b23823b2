#pragma once
/// The portal-wide evidence for proper nouns (text/case_evidence.h), gathered
/// once per build by the link stage and kept in LinkedSite for APA's sentence
/// case on every page.

#include "content/model.h"
#include "text/case_evidence.h"
#include "text/markdown_cache.h"

namespace portal {

/// The evidence from every text of `site`, each in its own language: paper
/// titles, keywords (each on its own), abstracts, extended abstracts and full
/// texts (in the paper's language); topic names and descriptions; event
/// titles, summaries and notes. Markdown texts are read as prose (each block
/// and link text on its line; code, images and editorial marks left out),
/// from `cache`, or parsed on the spot when the cache lacks them. Reference
/// lists are left out: they quote other works' titles, in Title Case.
text::CaseEvidence gather_name_evidence(const Site& site, const text::MarkdownCache& cache);

}  // namespace portal
