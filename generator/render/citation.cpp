#include "render/citation.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "render/csl_text.h"
#include "render/sentence_case.h"
#include "text/case_map.h"
#include "text/romanize.h"

namespace portal {

namespace {

using csl::affix;
using csl::CslLocale;
using csl::Rich;
using csl::smart_quotes;

// ---------------------------------------------------------------- names ----

/// A no-break space: GOST's abbreviations and initials are bound with it to
/// what they abbreviate or name, so that "С. 425–448", "№ 3", "[б. г.]" or
/// "Kalkan E." never wrap inside (the Russian typesetting rule GOST R
/// 7.0.5-2008 descriptions are set by).
constexpr const char* kNbsp = "\u00A0";

/// Initials with initialize-with=". ": "John Paul" → "J. P.", "Jean-Paul" →
/// "J.-P.", "Н.Ә." → "Н. Ә."; `space` between initials (" ", or kNbsp).
std::string initials(std::string_view given, std::string_view space = " ") {
  std::string out;
  for (const auto& w : csl::words(given)) {
    bool hyphen = false;
    for (size_t i = 0; i < w.size();) {
      if (w[i] == '-' || w[i] == '.') {
        if (w[i] == '-') hyphen = true;
        ++i;
        continue;
      }
      if (!out.empty()) out += hyphen ? std::string_view("-") : space;
      csl::put_cp(out, csl::next_cp(w, i));
      out += '.';
      while (i < w.size() && w[i] != '-' && w[i] != '.') ++i;
      hyphen = false;
    }
  }
  return out;
}

/// APA's author list: "Family, I. I." each, ", & " before the last; from 21
/// names on, the first 19, an ellipsis and the last one.
std::string apa_names(const std::vector<PersonName>& names) {
  auto one = [](const PersonName& n) {
    return n.given.empty() ? n.family : n.family + ", " + initials(n.given);
  };
  std::string out;
  if (names.size() >= 21) {
    for (size_t i = 0; i < 19; ++i) out += one(names[i]) + ", ";
    return out + "… " + one(names.back());
  }
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? ", & " : ", ";
    out += one(names[i]);
  }
  return out;
}

/// GOST's author list: "Family I. I." each (no-break spaces inside a name),
/// comma-separated; from 4 names on, the first one and `et_al`.
std::string gost_names(const std::vector<PersonName>& names, std::string_view et_al) {
  auto one = [](const PersonName& n) {
    if (n.given.empty()) return n.family;
    std::string out = n.family;
    (out += kNbsp) += initials(n.given, kNbsp);
    return out;
  };
  if (names.size() >= 4) return one(names.front()) + " " + std::string(et_al);
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + one(names[i]);
  return out;
}

// ---------------------------------------------------------------- pages ----

/// True for a non-empty string of ASCII digits.
bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

/// A page or page range as citeproc prints it: the range delimiter (- or –)
/// becomes the locale's; with `expand`, "425-48" becomes "425–448"
/// (page-range-format="expanded"); a list "1-5,9" is joined with ", ".
std::string format_pages(std::string_view pages, const CslLocale& loc, bool expand) {
  auto trim = [](std::string_view v) {
    size_t b = v.find_first_not_of(' ');
    return b == std::string_view::npos ? std::string()
                                       : std::string(v.substr(b, v.find_last_not_of(' ') - b + 1));
  };
  std::string out;
  for (size_t start = 0;; out += ", ") {
    size_t comma = std::min(pages.find(',', start), pages.size());
    std::string_view part = pages.substr(start, comma - start);
    size_t dash = std::min(part.find('-'), part.find("–"));
    if (dash == std::string_view::npos) {
      out += trim(part);
    } else {
      std::string from = trim(part.substr(0, dash)),
                  to = trim(part.substr(dash + (part[dash] == '-' ? 1 : 3)));
      if (expand && all_digits(from) && all_digits(to) && to.size() < from.size())
        to = from.substr(0, from.size() - to.size()) + to;
      out += from + loc.range_delim + to;
    }
    if (comma == pages.size()) return out;
    start = comma + 1;
  }
}

/// The value for `lang`, else the first non-empty one; nullptr when none.
const std::string* pick(const Localized<std::string>& l, const Lang& lang) {
  if (const auto* v = l.get(lang); v && !v->empty()) return v;
  for (const auto& [k, v] : l.values)
    if (!v.empty()) return &v;
  return nullptr;
}

/// "ru-RU" → "ru".
std::string page_language(std::string_view lang) { return std::string(lang.substr(0, lang.find_first_of("-_"))); }

/// APA's "n.d." (no date) as the reference list of a page in `lang` writes
/// it. en: "n.d." (APA 7 §9.17). ru: "б. г." ("без года"), the abbreviation of
/// GOST R 7.0.12-2011 that Russian reference lists use (citeproc's ru-RU
/// locale has "б. д.", "без даты", which is not in the standard's list), its
/// two parts bound by a no-break space so that it never wraps. tr: "t.y."
/// ("tarih yok"), as Turkish APA guides and journals write it. kk: "ж.ж."
/// ("жылы жоқ"), the Kazakh counterpart of "б. г.": no Kazakh standard text
/// (the Kazakh editions of GOST 7.1 and 7.0.12) or Kazakh university APA guide
/// giving the abbreviation has been found to confirm it, and CSL has no
/// Kazakh locale.
std::string apa_no_date(std::string_view page) {
  if (page == "ru") return "б.\u00A0г.";
  if (page == "tr") return "t.y.";
  if (page == "kk") return "ж.ж.";
  return "n.d.";
}

/// A title in `lang` in APA's sentence case, proper nouns told by `evidence`.
std::string apa_case(const text::CaseEvidence& evidence, const Lang& lang, const std::string& title) {
  return sentence_case(title, lang, evidence.find(lang));
}

/// The language of the first non-empty title, preferring `lang`, then the
/// paper's own language; empty when the paper has no title.
Lang title_language(const Paper& paper, const Lang& lang) {
  for (const Lang& l : {lang, paper.language})
    if (const auto* t = paper.title.get(l); t && !t->empty()) return l;
  for (const auto& [l, t] : paper.title.values)
    if (!t.empty()) return l;
  return {};
}

/// APA's title element (APA 7 §9.19, §9.38–9.39). A published title: as the
/// paper has it in its own language, in sentence case, romanised when
/// `romanise`, and on the English page followed by the English title in
/// square brackets (the translation APA asks for a work in another
/// language). An editorial title is a description of the work the portal
/// supplied, so it is given in the page's language where the portal wrote
/// one, in square brackets, without a translation (APA 7 §9.21).
std::string apa_title(const Paper& paper, const std::string& page, bool romanise, const text::CaseEvidence& evidence) {
  if (paper.title_editorial) {
    Lang l = title_language(paper, page);
    if (l.empty()) return {};
    std::string t = apa_case(evidence, l, *paper.title.get(l));
    if (page == "en" || page == "tr") t = text::romanize(t, l);
    return "[" + t + "]";
  }
  Lang l = title_language(paper, paper.language);
  if (l.empty()) return {};
  std::string t = apa_case(evidence, l, *paper.title.get(l));
  if (romanise) t = text::romanize(t, l);
  if (page == "en" && l != "en")
    if (const auto* en = paper.title.get("en"); en && !en->empty()) t += " [" + apa_case(evidence, "en", *en) + "]";
  return t;
}

/// APA's authors: as `citation_authors`, but when `romanise` each name in the
/// Latin form the author uses (the English, else the Turkish name the paper
/// gives), else romanised from the paper's language.
std::vector<PersonName> apa_authors(const Paper& paper, bool romanise) {
  if (!romanise) return citation_authors(paper);
  std::vector<PersonName> out;
  for (const auto& a : paper.authors) {
    PersonName n;
    for (const char* latin : {"en", "tr"})
      if (const auto* v = a.name.get(latin); n.family.empty() && v && !v->empty()) n = name_parts(a, latin);
    if (n.family.empty()) {
      n = name_parts(a, paper.language);
      n.family = text::romanize(n.family, paper.language);
      n.given = text::romanize(n.given, paper.language);
    }
    if (!n.family.empty()) out.push_back(std::move(n));
  }
  return out;
}

}  // namespace

// ------------------------------------------------------------ public API ----

PersonName split_name(std::string_view full) {
  auto w = csl::words(full);
  PersonName n;
  if (w.empty()) return n;
  auto join = [&](size_t from, size_t to) {
    std::string s;
    for (size_t i = from; i < to; ++i) s += (i > from ? " " : "") + w[i];
    return s;
  };
  if (w.size() > 1 && w.back().back() == '.') {
    n.family = w.front();
    n.given = join(1, w.size());
  } else {
    n.family = w.back();
    n.given = join(0, w.size() - 1);
  }
  return n;
}

PersonName name_parts(const Author& author, const Lang& lang) {
  Lang chosen = lang;
  if (const auto* v = author.name.get(lang); !v || v->empty())
    for (const auto& [l, v2] : author.name.values)
      if (!v2.empty()) {
        chosen = l;
        break;
      }
  if (const PersonName* given = author.parts.get(chosen)) return *given;
  if (const auto* full = author.name.get(chosen)) return split_name(*full);
  return {};
}

std::string citation_title(const Paper& paper) {
  const std::string* t = pick(paper.title, paper.language);
  if (!t) return {};
  return paper.title_editorial ? "[" + *t + "]" : *t;
}

std::vector<PersonName> citation_authors(const Paper& paper) {
  std::vector<PersonName> out;
  for (const auto& a : paper.authors)
    if (auto n = name_parts(a, paper.language); !n.family.empty()) out.push_back(std::move(n));
  return out;
}

Citation cite_apa(const Paper& paper, std::string_view lang, const text::CaseEvidence& evidence,
                  std::string_view page_url) {
  const CslLocale& loc = csl::locale_for(lang);
  const std::string page = page_language(lang);
  // APA 7 §9.38: a work in a non-Latin script is cited romanised where the
  // reference list is in Latin letters (the en and tr pages).
  const bool romanise = (page == "en" || page == "tr") && (paper.language == "kk" || paper.language == "ru");
  // Every paper of the portal is a journal article, so its title is never
  // italic, not even when the journal is unknown (APA italicises stand-alone
  // works only).
  Rich title(smart_quotes(apa_title(paper, page, romanise, evidence)));
  auto authors = apa_authors(paper, romanise);

  Rich container;
  if (paper.journal) {
    const Journal& j = *paper.journal;
    std::string name = smart_quotes(romanise ? text::romanize(j.name, paper.language) : j.name);
    if (paper.language.rfind("en", 0) == 0) name = csl::title_case(name);
    Rich number;
    if (!j.volume.empty()) {
      number = Rich(j.volume, true);
      number += affix("(", Rich(smart_quotes(j.issue)), ")");
    } else {
      // APA 7 §9.25: an issue without a volume is given in parentheses, not
      // italic; a named special issue is such an issue.
      number = affix("(", Rich(smart_quotes(j.issue)), ")");
    }
    // APA 7 §6.6: page ranges take an en dash, on every page (citeproc's
    // tr-TR locale has a hyphen).
    static const CslLocale dash = [] {
      CslLocale l = csl::locale_for("en");
      l.range_delim = "–";
      return l;
    }();
    container =
        Rich::join({Rich(name, true), std::move(number), Rich(format_pages(j.pages, dash, true))}, ", ");
  }
  // (Built with fmt: GCC 12 reports a false -Wrestrict for "(" + std::string&&.)
  Rich date(fmt::format("({})", paper.published ? std::to_string(paper.published->year) : apa_no_date(page)));

  std::vector<Rich> parts;
  if (authors.empty()) {
    parts.push_back(std::move(title));  // APA 7 §9.12: the title takes the author's place
    parts.push_back(std::move(date));
  } else {
    parts.push_back(Rich(apa_names(authors)));
    parts.push_back(std::move(date));
    parts.push_back(std::move(title));
  }
  parts.push_back(std::move(container));
  Rich body = Rich::join(std::move(parts), ". ");
  body += ".";

  Rich access;
  if (!paper.doi.empty())
    access = Rich("https://doi.org/" + paper.doi, false, "https://doi.org/" + paper.doi);
  else if (!page_url.empty())
    access = Rich(std::string(page_url), false, std::string(page_url));
  return Rich::join({std::move(body), std::move(access)}, " ").finish(loc);
}

Citation cite_gost(const Paper& paper, std::string_view lang) {
  const CslLocale& loc = csl::locale_for(lang);  // quotes only: the terms follow the document
  auto authors = citation_authors(paper);
  // GOST R 7.0.5-2008 abbreviates in the language of the document: a Latin-script
  // article has "Vol.", "No.", "P." and "et al.", a Cyrillic one "Т.", "№", "С." and "и др.".
  const bool latin = paper.language != "kk" && paper.language != "ru";
  // the abbreviations bound to what follows them with a no-break space (kNbsp)
  const char* et_al = latin ? "et\u00A0al." : "и\u00A0др.";
  auto number = [&](const std::string& issue) {  // "№ 2", but a named issue as it is
    bool numeric = !issue.empty() && issue.find_first_not_of("0123456789-–/ ") == std::string::npos;
    return affix(numeric ? (latin ? "No.\u00A0" : "№\u00A0") : "", Rich(smart_quotes(issue)), "");
  };
  static const CslLocale dash = [] {
    CslLocale l = csl::locale_for("ru");
    l.range_delim = "–";
    return l;
  }();

  // An unknown year: "[б. г.]" ("без года", GOST R 7.0.12-2011) in a Cyrillic
  // description, "[s. a.]" ("sine anno", GOST 7.11-2004) in a Latin one, in
  // square brackets as information the describer supplies (GOST 7.1-2003 §4.6.3).
  std::string year = paper.published ? std::to_string(paper.published->year) : latin ? "[s.\u00A0a.]" : "[б.\u00A0г.]";
  Rich source, pages;
  if (paper.journal) {
    std::vector<Rich> parts;
    parts.push_back(Rich(smart_quotes(paper.journal->name)));
    parts.push_back(Rich(year));
    parts.push_back(affix(latin ? "Vol.\u00A0" : "Т.\u00A0", Rich(smart_quotes(paper.journal->volume)), ""));
    parts.push_back(number(paper.journal->issue));
    pages = affix(latin ? "P.\u00A0" : "С.\u00A0", Rich(format_pages(paper.journal->pages, dash, false)), "");
    source = affix(" // ", Rich::join(std::move(parts), ". "), "");
  } else {
    source = Rich(". " + year);  // no known source: the year follows the title (". " for ". – ")
  }

  Rich out;
  if (!authors.empty()) out += affix("", Rich(gost_names(authors, et_al)), ". ");
  out += affix(" ", Rich(smart_quotes(citation_title(paper))), "");
  out += affix("", Rich::join({std::move(source), std::move(pages)}, ". "), ".");
  out += ".";
  if (!paper.doi.empty()) out += Rich(" DOI: " + paper.doi + ".");
  return std::move(out).finish(loc);
}

std::string apa_language(const Paper& paper, std::string_view page) {
  const bool latin_page = page == "en" || page == "tr";
  Lang l = paper.title_editorial ? title_language(paper, std::string(page)) : paper.language;
  if (l.empty()) l = paper.language;
  return latin_page && (l == "kk" || l == "ru") ? l + "-Latn" : l;
}

}  // namespace portal
