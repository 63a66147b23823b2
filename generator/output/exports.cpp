#include "output/exports.h"

#include "text/markdown.h"
#include "text/page_range.h"

#include <fmt/format.h>

#include <cstdio>

#include "render/citation.h"

namespace portal {

namespace {

/// The paper's keywords in its own language, else in the first language that
/// has any.
const std::vector<std::string>* keywords(const Paper& paper) {
  if (const auto* k = paper.keywords.get(paper.language); k && !k->empty()) return k;
  for (const auto& [lang, k] : paper.keywords.values)
    if (!k.empty()) return &k;
  return nullptr;
}

/// The abstract in the paper's own language, or nullptr.
const std::string* abstract(const Paper& paper) {
  const auto* a = paper.abstract.get(paper.language);
  return a && !a->empty() ? a : nullptr;
}

/// `s` on one line: CR/LF runs become one space, ends trimmed.
std::string one_line(std::string_view s) {
  std::string out;
  bool brk = false;
  for (char c : s) {
    if (c == '\n' || c == '\r') {
      brk = true;
      continue;
    }
    if (brk && !out.empty() && out.back() != ' ') out += ' ';
    brk = false;
    out += c;
  }
  out.erase(0, out.find_first_not_of(" \t"));
  out.erase(out.find_last_not_of(" \t") + 1);
  return out;
}

/// First and last page of the journal's range, each on one line (last empty
/// when the value is not a range).
std::pair<std::string, std::string> page_range(std::string_view pages) {
  auto range = text::page_range(pages);
  return {one_line(range.first), one_line(range.last)};
}

// ---------------------------------------------------------------- BibTeX ----

/// True when every '}' in `s` closes an earlier '{' and all of them are closed.
bool braces_pair_up(std::string_view s) {
  int depth = 0;
  for (char c : s) {
    if (c == '{') ++depth;
    if (c == '}' && --depth < 0) return false;
  }
  return depth == 0;
}

/// `s` as LaTeX text for a brace-delimited BibTeX value.
std::string tex(std::string_view s) {
  const bool paired = braces_pair_up(s);
  std::string out;
  for (char c : one_line(s)) {
    switch (c) {
      case '{':
        out += paired ? "\\{" : "\\textbraceleft{}";
        break;
      case '}':
        out += paired ? "\\}" : "\\textbraceright{}";
        break;
      case '\\':
        out += "\\textbackslash{}";
        break;
      case '^':
        out += "\\textasciicircum{}";
        break;
      case '~':
        out += "\\textasciitilde{}";
        break;
      case '%':
      case '&':
      case '$':
      case '#':
      case '_':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// `s` for a verbatim field (doi, url): kept as is, except what would break
/// the BibTeX syntax or the field.
std::string verbatim(std::string_view s) {
  std::string out;
  for (char c : one_line(s)) {
    switch (c) {
      case '{':
        out += "%7B";
        break;
      case '}':
        out += "%7D";
        break;
      case '\\':
        out += "%5C";
        break;
      case ' ':
        out += "%20";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// A name part for BibTeX's name list: braced when it contains what BibTeX
/// would read as a separator (a comma or the word "and").
std::string name_part(const std::string& s) {
  std::string t = tex(s);
  bool protect = s.find(',') != std::string::npos;
  for (size_t at = 0; (at = s.find("and", at)) != std::string::npos; at += 3) {
    bool left = at == 0 || s[at - 1] == ' ', right = at + 3 >= s.size() || s[at + 3] == ' ';
    protect = protect || (left && right);
  }
  return protect ? "{" + t + "}" : t;
}

const char* langid(const std::string& lang) {
  if (lang == "kk") return "kazakh";
  if (lang == "ru") return "russian";
  if (lang == "tr") return "turkish";
  if (lang == "en") return "english";
  return nullptr;
}

}  // namespace

nlohmann::json to_csl_json(const Paper& paper, std::string_view page_url) {
  nlohmann::json item = nlohmann::json::object();
  item["id"] = paper.id;
  item["type"] = "article-journal";
  if (auto title = citation_title(paper); !title.empty()) item["title"] = title;
  auto authors = citation_authors(paper);
  if (!authors.empty()) {
    auto& list = item["author"] = nlohmann::json::array();
    for (const auto& n : authors) {
      nlohmann::json name{{"family", n.family}};
      if (!n.given.empty()) name["given"] = n.given;
      list.push_back(std::move(name));
    }
  }
  if (paper.published) {
    const Date& d = *paper.published;
    nlohmann::json parts = nlohmann::json::array({d.year});
    if (d.month) parts.push_back(d.month);
    if (d.month && d.day) parts.push_back(d.day);
    item["issued"] = {{"date-parts", nlohmann::json::array({parts})}};
  }
  if (paper.journal) {
    const Journal& j = *paper.journal;
    auto put = [&](const char* key, const std::string& v) {
      if (!v.empty()) item[key] = one_line(v);
    };
    put("container-title", j.name);
    put("volume", j.volume);
    put("issue", j.issue);
    put("page", j.pages);
    put("ISSN", j.issn);
  }
  if (!paper.doi.empty()) item["DOI"] = paper.doi;
  if (!paper.language.empty()) item["language"] = paper.language;
  if (const auto* a = abstract(paper)) item["abstract"] = text::markdown_to_plain(*a);
  if (const auto* k = keywords(paper)) {
    std::string joined;
    for (const auto& w : *k) joined += (joined.empty() ? "" : ", ") + w;
    item["keyword"] = joined;
  }
  if (!page_url.empty()) item["URL"] = std::string(page_url);
  return item;
}

std::string csl_json_file(const Paper& paper, std::string_view page_url) {
  return nlohmann::json::array({to_csl_json(paper, page_url)}).dump(2) + "\n";
}

std::string to_bibtex(const Paper& paper, std::string_view page_url) {
  std::string out = "@article{" + paper.id + ",\n";
  auto field = [&](std::string_view name, const std::string& value) {
    if (!value.empty()) out += "  " + std::string(name) + " = {" + value + "},\n";
  };
  std::string authors;
  for (const auto& n : citation_authors(paper)) {
    if (!authors.empty()) authors += " and ";
    authors += name_part(n.family);
    if (!n.given.empty()) authors += ", " + name_part(n.given);
  }
  field("author", authors);
  if (auto title = citation_title(paper); !title.empty()) field("title", fmt::format("{{{}}}", tex(title)));
  if (paper.journal) {
    const Journal& j = *paper.journal;
    field("journaltitle", tex(j.name));
    field("journal", tex(j.name));
    field("volume", tex(j.volume));
    field("number", tex(j.issue));
    auto [first, last] = page_range(j.pages);
    field("pages", last.empty() ? tex(first) : tex(first) + "--" + tex(last));
  }
  if (paper.published) {
    field("date", paper.published->iso());
    field("year", std::to_string(paper.published->year));
    if (paper.published->month) field("month", std::to_string(paper.published->month));
  }
  field("doi", verbatim(paper.doi));
  field("url", verbatim(page_url));
  if (paper.journal) field("issn", tex(paper.journal->issn));
  if (const char* id = langid(paper.language)) field("langid", id);
  if (const auto* k = keywords(paper)) {
    std::string joined;
    for (const auto& w : *k) joined += (joined.empty() ? "" : ", ") + tex(w);
    field("keywords", joined);
  }
  return out + "}\n";
}

std::string to_ris(const Paper& paper, std::string_view page_url) {
  std::string out;
  auto tag = [&](const char* t, std::string_view value) {
    std::string v = one_line(value);
    if (!v.empty() || std::string_view(t) == "ER") out += std::string(t) + "  - " + v + "\r\n";
  };
  tag("TY", "JOUR");
  for (const auto& n : citation_authors(paper))
    tag("AU", n.given.empty() ? n.family : n.family + ", " + n.given);
  tag("TI", citation_title(paper));
  if (paper.journal) tag("T2", paper.journal->name);
  if (paper.published) {
    const Date& d = *paper.published;
    tag("PY", std::to_string(d.year));
    if (d.month) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d/%02d/", d.year, d.month);
      std::string da = buf;
      if (d.day)
        std::snprintf(buf, sizeof buf, "%02d/", d.day), da += buf;
      else
        da += "/";
      tag("DA", da);
    }
  }
  if (paper.journal) {
    const Journal& j = *paper.journal;
    tag("VL", j.volume);
    tag("IS", j.issue);
    auto [first, last] = page_range(j.pages);
    tag("SP", first);
    tag("EP", last);
    tag("SN", j.issn);
  }
  tag("DO", paper.doi);
  tag("LA", paper.language);
  if (const auto* k = keywords(paper))
    for (const auto& w : *k) tag("KW", w);
  if (const auto* a = abstract(paper)) tag("AB", text::markdown_to_plain(*a));
  tag("UR", page_url);
  tag("ER", "");
  return out;
}

}  // namespace portal
