#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "content/identifiers.h"
#include "content/load.h"
#include "content/load_edition.h"
#include "content/text_check.h"
#include "content/yaml_read.h"

namespace portal {

namespace {

/// Splits `---\n<yaml>\n---\n<body>`; reports a missing or unclosed block.
bool split_front_matter(const std::string& text, const std::string& path, std::string& yaml, std::string& body,
                        int& body_line, Diagnostics& diag) {
  auto starts_with_fence = [&](size_t at) {
    if (text.compare(at, 3, "---") != 0) return false;
    size_t after = at + 3;
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    return after == text.size() || text[after] == '\n' || text[after] == '\r';
  };
  size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  if (!starts_with_fence(start)) {
    diag.error({path, 1, 1}, "missing front matter: a paper starts with a line '---', its YAML metadata, and "
                             "another line '---'");
    return false;
  }
  size_t yaml_start = text.find('\n', start);
  yaml_start = yaml_start == std::string::npos ? text.size() : yaml_start + 1;
  int line = 2;
  for (size_t at = yaml_start; at < text.size();) {
    if (starts_with_fence(at)) {
      yaml = text.substr(yaml_start, at - yaml_start);
      size_t nl = text.find('\n', at);
      body = nl == std::string::npos ? std::string() : text.substr(nl + 1);
      body_line = line + 1;
      return true;
    }
    size_t nl = text.find('\n', at);
    if (nl == std::string::npos) break;
    at = nl + 1;
    ++line;
  }
  diag.error({path, 1, 1}, "unclosed front matter: the '---' on line 1 has no closing '---' line");
  return false;
}

/// The author id `portal new` writes, to be replaced (cli/new_paper.cpp).
constexpr std::string_view kAuthorIdPlaceholder = "family-given";

const std::vector<std::string_view> kPaperTypes = {"research-article", "review-article", "abstracts-only"};

/// `family:` and `given:` (one text per language, like `name:`): the parts of
/// the name that citations need. A language whose name has no parts gets a
/// warning that says how to give them; parts without a name, or a given name
/// without a family name, are errors.
void load_name_parts(YamlReader& r, const YAML::Node& a, Author& author) {
  Localized<std::string> family = r.localized_string(a, "family", false);
  Localized<std::string> given = r.localized_string(a, "given", false);
  if (author.name.values.empty()) return;  // the missing name is the error; its parts have nothing to match
  for (const auto& [lang, text] : family.values) {
    if (!author.name.has(lang)) {
      r.diag().error(family.pos[lang], fmt::format("family name in '{}' without a name in '{}': add name: {{{}: …}}, "
                                                   "the full name as the source prints it",
                                                   lang, lang, lang));
      continue;
    }
    PersonName parts{text, {}};
    if (const auto* g = given.get(lang)) parts.given = *g;
    author.parts.values[lang] = std::move(parts);
    author.parts.pos[lang] = family.pos[lang];
  }
  for (const auto& [lang, text] : given.values)
    if (!family.has(lang))
      r.diag().error(given.pos[lang], fmt::format("given name in '{}' without a family name: add family: {{{}: …}}",
                                                  lang, lang));
  std::vector<std::string> unsplit;
  for (const auto& [lang, full] : author.name.values)
    if (!family.has(lang)) unsplit.push_back(lang);
  if (unsplit.empty() || author.id.empty()) return;  // an author without a valid id is reported and left out
  const std::string& lang = unsplit.front();
  r.diag().warning(author.name.pos[lang],
                   fmt::format("author '{}' has only a full name in {}, so citations guess which word of '{}' is the "
                               "family name: give the parts beside 'name', e.g. family: {{{}: …}} and given: {{{}: …}} "
                               "(the given names with the patronymic, if any)",
                               author.id, fmt::join(unsplit, ", "), *author.name.get(lang), lang, lang));
}

void load_authors(YamlReader& r, const YAML::Node& fm, Paper& p) {
  YAML::Node list = fm["authors"];
  if (!list || list.IsNull()) return;
  if (!r.is_list(list, "'authors'")) return;
  for (const auto& a : list) {
    if (!r.is_map(a, "an author")) continue;
    r.check_keys(a, {"id", "name", "family", "given", "affiliation", "email", "orcid"}, "an author");
    Author author;
    author.pos = r.pos(a);
    if (auto id = r.id(a, "id")) author.id = *id;
    if (author.id == kAuthorIdPlaceholder)
      r.diag().error(r.pos(a["id"]), fmt::format("author id '{}' is the skeleton's placeholder", author.id),
                     "write the author's family and given names in ASCII, e.g. kalkan-erol");
    author.name = r.localized_string(a, "name", true);
    load_name_parts(r, a, author);
    author.affiliation = r.localized_string(a, "affiliation", false);
    author.email = r.string(a, "email", false).value_or("");
    if (auto orcid = r.string(a, "orcid", false); orcid && !orcid->empty()) {
      auto canonical = canonical_orcid(*orcid);
      if (auto* problem = std::get_if<IdentifierProblem>(&canonical)) r.diag().error(r.pos(a["orcid"]), problem->message);
      else author.orcid = std::get<std::string>(canonical);
    }
    if (author.id.empty()) continue;
    auto dup = std::find_if(p.authors.begin(), p.authors.end(), [&](const Author& o) { return o.id == author.id; });
    if (dup != p.authors.end()) {
      r.diag().error(r.pos(a["id"]), fmt::format("author '{}' is listed twice (first {})", author.id,
                                                 first_place(dup->pos, r.pos(a["id"]))));
      continue;
    }
    p.authors.push_back(std::move(author));
  }
}

void load_references(YamlReader& r, const YAML::Node& fm, Paper& p) {
  YAML::Node list = fm["references"];
  if (!list) return;
  p.has_reference_list = true;
  if (list.IsNull()) return;
  if (!r.is_list(list, "'references'")) return;
  std::unordered_map<std::string, int> first_line;  // key → line of its first entry: one lookup per entry, not a scan
  for (const auto& e : list) {
    if (!r.is_map(e, "a reference")) continue;
    r.check_keys(e, {"key", "text"}, "a reference");
    Reference ref;
    ref.pos = r.pos(e);
    auto key = r.string(e, "key", true);
    auto txt = r.string(e, "text", true);
    if (!key || !txt) continue;
    ref.key = *key;
    ref.text = *txt;
    auto [first, added] = first_line.try_emplace(ref.key, ref.pos.line);
    if (!added)
      r.diag().error(r.pos(e["key"]),
                     fmt::format("duplicate reference key '{}' (first at line {})", ref.key, first->second));
    p.references.push_back(std::move(ref));
  }
}

/// `references_style: numbered | author-year`; without it, a list whose keys
/// are all numbers ("1", "2", …) is numbered and any other is author–year.
void load_references_style(YamlReader& r, const YAML::Node& fm, Paper& p) {
  if (auto style = r.string(fm, "references_style", false)) {
    if (*style == "numbered") p.references_style = ReferencesStyle::numbered;
    else if (*style == "author-year") p.references_style = ReferencesStyle::author_year;
    else
      r.diag().error(r.pos(fm["references_style"]),
                     fmt::format("references_style must be 'numbered' or 'author-year', not '{}'", *style));
    return;
  }
  bool all_numeric = std::all_of(p.references.begin(), p.references.end(), [](const Reference& ref) {
    return !ref.key.empty() && ref.key.find_first_not_of("0123456789") == std::string::npos;
  });
  p.references_style = all_numeric ? ReferencesStyle::numbered : ReferencesStyle::author_year;
}

/// `acknowledged:` maps a known condition of the paper to the reason, per
/// language, shown on its page; the condition's warning is then not given.
/// The one condition: `unresolved-citations`.
void load_acknowledged(YamlReader& r, const YAML::Node& fm, Paper& p) {
  YAML::Node a = fm["acknowledged"];
  if (!a || a.IsNull()) return;
  p.acknowledged_pos = r.pos(a);
  if (!r.is_map(a, "'acknowledged' (a known condition: its reason per language)")) return;
  for (const auto& kv : a)
    if (kv.first.Scalar() != "unresolved-citations")
      r.diag().error(r.pos(kv.first), fmt::format("unknown condition '{}' in 'acknowledged': the one a paper can "
                                                  "acknowledge is 'unresolved-citations'",
                                                  kv.first.Scalar()));
  p.unresolved_citations_reason = r.localized_string(a, "unresolved-citations", true);
}

/// True when `a` is certainly later than `b`, compared at the precision both
/// give (2024-05-09 is not later than 2024-05).
bool certainly_later(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year > b.year;
  if (!a.month || !b.month || a.month != b.month) return a.month && b.month && a.month > b.month;
  return a.day && b.day && a.day > b.day;
}

/// A paper is received, then accepted, then published: a date out of that
/// order is a typo (a month or a year swapped).
void check_date_order(YamlReader& r, const YAML::Node& fm, const Paper& p) {
  struct Step {
    const char* key;
    const std::optional<Date>& date;
  };
  const Step steps[] = {{"received", p.received}, {"accepted", p.accepted}, {"published", p.published}};
  for (size_t a = 0; a < std::size(steps); ++a)
    for (size_t b = a + 1; b < std::size(steps); ++b) {
      if (!steps[a].date || !steps[b].date) continue;
      if (certainly_later(*steps[a].date, *steps[b].date))
        r.diag().error(r.pos(fm[steps[a].key]),
                       fmt::format("'{}' ({}) is later than '{}' ({}): a paper is received, then accepted, then "
                                   "published",
                                   steps[a].key, fm[steps[a].key].Scalar(), steps[b].key, fm[steps[b].key].Scalar()));
    }
}

}  // namespace

std::optional<Paper> load_paper(const std::string& rel_path, std::string id, std::string text,
                                const SiteConfig& config, Diagnostics& diag) {
  if (!check_text(text, rel_path, diag)) return std::nullopt;
  check_forbidden_chars(text, rel_path, diag);  // reported, but the paper is still read for its other problems
  check_table_sizes(text, rel_path, diag);
  Paper p;
  p.id = std::move(id);
  p.path = rel_path;
  // /L/papers/<id>/ shares its folder with the paper list's filter pages.
  for (std::string_view reserved : {"topic", "language", "year", "oldest-first"})
    if (p.id == reserved)
      diag.error({rel_path, 0, 0}, fmt::format("paper file name '{}' is reserved: /L/papers/{}/ is a page of the paper "
                                               "list; rename the file",
                                               p.id, p.id));
  if (!is_kebab_id(p.id))
    diag.error({rel_path, 0, 0},
               fmt::format("paper file name '{}' is not a valid id: use ASCII kebab-case (a-z, 0-9, -)", p.id));

  std::string yaml;
  if (!split_front_matter(text, rel_path, yaml, p.body, p.body_line, diag)) return std::nullopt;
  p.front_matter = yaml;
  YamlDoc doc(rel_path, yaml, 2);
  if (!doc.parse(diag)) return std::nullopt;
  const YAML::Node& fm = doc.root();
  YamlReader r(doc, diag, &config.languages);
  if (!fm.IsMap()) {
    diag.error({rel_path, 2, 1}, "front matter must be a mapping (key: value)");
    return std::nullopt;
  }
  r.check_keys(fm,
               {"language", "type", "title", "title_source", "authors", "journal", "published", "received",
                "accepted", "doi", "udc", "topics", "keywords", "abstract", "extended_abstract", "references",
                  "references_style", "source", "edition", "acknowledged", "draft"},
               "the front matter");

  if (auto lang = r.string(fm, "language", true)) {
    if (std::find(config.languages.begin(), config.languages.end(), *lang) == config.languages.end())
      diag.error(r.pos(fm["language"]), fmt::format("unknown language '{}': site.yaml declares {}", *lang,
                                                    fmt::join(config.languages, ", ")));
    p.language = *lang;
  }
  if (auto type = r.string(fm, "type", false)) {
    if (std::find(kPaperTypes.begin(), kPaperTypes.end(), *type) == kPaperTypes.end())
      diag.error(r.pos(fm["type"]), fmt::format("unknown paper type '{}': use {}", *type, fmt::join(kPaperTypes, ", ")));
    p.type = *type;
  }
  p.title = r.localized_string(fm, "title", true);
  if (auto ts = r.string(fm, "title_source", false)) {
    if (*ts == "editorial") p.title_editorial = true;
    else if (*ts != "original")
      diag.error(r.pos(fm["title_source"]), fmt::format("title_source must be 'original' or 'editorial', not '{}'", *ts));
  }
  load_authors(r, fm, p);
  if (YAML::Node j = fm["journal"]; j && !j.IsNull() && r.is_map(j, "'journal'")) {
    r.check_keys(j, {"name", "volume", "issue", "pages", "issn"}, "'journal'");
    Journal journal;
    journal.name = r.string(j, "name", false).value_or("");
    journal.volume = r.string(j, "volume", false).value_or("");
    journal.issue = r.string(j, "issue", false).value_or("");
    journal.pages = r.string(j, "pages", false).value_or("");
    journal.issn = r.string(j, "issn", false).value_or("");
    p.journal = journal;
  }
  p.published = r.date(fm, "published", false);
  p.received = r.date(fm, "received", false);
  p.accepted = r.date(fm, "accepted", false);
  check_date_order(r, fm, p);
  if (auto doi = r.string(fm, "doi", false); doi && !doi->empty()) {
    auto canonical = canonical_doi(*doi);
    if (auto* problem = std::get_if<IdentifierProblem>(&canonical)) diag.error(r.pos(fm["doi"]), problem->message);
    else p.doi = std::get<std::string>(canonical);
  }
  p.udc = r.string(fm, "udc", false).value_or("");
  p.topics = r.topic_list(fm, "topics");
  p.keywords = r.localized_list(fm, "keywords");
  p.abstract = r.localized_string(fm, "abstract", false);
  p.extended_abstract = r.localized_string(fm, "extended_abstract", false);
  load_references(r, fm, p);
  load_references_style(r, fm, p);
  load_acknowledged(r, fm, p);
  if (auto draft = r.string(fm, "draft", false)) {
    if (*draft == "true") p.draft = true;
    else if (*draft != "false")
      diag.error(r.pos(fm["draft"]), fmt::format("draft must be 'true' or 'false', not '{}'", *draft));
  }
  p.source = r.string(fm, "source", false).value_or("");
  p.edition = load_edition(r, fm);
  return p;
}

}  // namespace portal
