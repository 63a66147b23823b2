#include "import/references.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include <fmt/format.h>
#include <unicode/uchar.h>

#include "text/slug.h"
#include "text/unicode.h"

namespace portal::import {

namespace {

const std::regex& numbered_start() {
  static const std::regex re(R"(^\s*\[?(\d{1,3})[\].)]\s+)");
  return re;
}

std::string strip_markers(std::string s) {
  for (const char* m : {"**", "__"}) {
    for (size_t at; (at = s.find(m)) != std::string::npos;) s.erase(at, 2);
  }
  return s;
}

bool starts_upper(const std::string& s) {
  size_t i = 0;
  if (s.empty()) return false;
  int32_t c = text::decode_utf8(s, i);
  return c >= 0 && u_isupper(c);
}

/// The key of an author–year entry: the authors' family names (initials
/// dropped) and the year, or `t.y.`/`n.d.` as `ty`/`nd`; "URL-4: …" → url-4.
std::string author_year_key(const std::string& entry) {
  static const std::regex url_re(R"(^URL-(\d+))");
  static const std::regex year_re(R"(\((\d{4}[a-z]?|t\.\s?y\.|n\.\s?d\.)\))");
  std::smatch m;
  if (std::regex_search(entry, m, url_re)) return "url-" + m[1].str();
  std::string authors = entry, year;
  if (std::regex_search(entry, m, year_re)) {
    authors = entry.substr(0, static_cast<size_t>(m.position(0)));
    year = m[1].str();
    year.erase(std::remove_if(year.begin(), year.end(), [](char c) { return c == '.' || c == ' '; }), year.end());
  } else {
    static const std::regex bare_year(R"(\b(1[5-9]\d\d|20\d\d)\b)");
    if (std::regex_search(entry, m, bare_year)) {
      authors = entry.substr(0, static_cast<size_t>(m.position(0)));
      year = m[1].str();
    }
  }
  // Drop initials: tokens of one or two letters and a full stop ("N.", "Ş.", "B.R.").
  std::string kept;
  size_t i = 0;
  while (i < authors.size()) {
    size_t end = authors.find(' ', i);
    if (end == std::string::npos) end = authors.size();
    std::string token = authors.substr(i, end - i);
    i = end + 1;
    std::string bare = token;
    while (!bare.empty() && (bare.back() == ',' || bare.back() == ';')) bare.pop_back();
    if (!bare.empty() && bare.back() == '.' && text::utf8_columns(bare) <= 4 &&
        std::count(bare.begin(), bare.end(), '.') >= 1 && starts_upper(bare))
      continue;
    kept += token + " ";
  }
  std::string key = text::slugify(kept);
  if (!year.empty()) key += "-" + year;
  return key;
}

}  // namespace

std::vector<DraftReference> split_references(const std::vector<const SourceLine*>& lines, bool& author_year,
                                             const HyphenEvidence& evidence, ReviewList& review, int& joined) {
  int numbered = 0;
  for (const auto* l : lines) numbered += std::regex_search(l->text, numbered_start());
  author_year = numbered * 2 < static_cast<int>(std::min<size_t>(lines.size(), 4)) || numbered < 2;
  std::vector<std::vector<const SourceLine*>> entries;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& t = lines[i]->text;
    bool start;
    if (!author_year) {
      start = std::regex_search(t, numbered_start());
    } else {
      // A new entry: "URL-4: …", or a capitalised name with the year in brackets
      // soon after it, after a finished line or as "Family, I." — continuation lines never have both.
      static const std::regex url_entry(R"(^URL-\d+)");
      static const std::regex year_soon(R"(^.{0,160}?\((?:\d{4}[a-z]?|t\.\s?y\.|n\.\s?d\.)\))");
      static const std::regex family_initial(R"(^[^\s,()]+(?: [^\s,()]+){0,2}, [^\s,.]{1,2}\.)");
      std::string prev = i > 0 ? lines[i - 1]->text : "";
      while (!prev.empty() && prev.back() == ' ') prev.pop_back();
      bool prev_finished = prev.empty() || ends_sentence(prev) || prev.back() == ')' ||
                           prev.find("http") != std::string::npos;
      start = entries.empty() || std::regex_search(t, url_entry) ||
              (starts_upper(t) && std::regex_search(t, year_soon) &&
               (prev_finished || std::regex_search(t, family_initial)));
    }
    if (start || entries.empty()) entries.emplace_back();
    entries.back().push_back(lines[i]);
  }
  std::vector<DraftReference> out;
  std::set<std::string> used;
  for (const auto& e : entries) {
    std::string text = strip_markers(join_lines(e, evidence, review, joined));
    std::smatch m;
    std::string key;
    if (!author_year && std::regex_search(text, m, numbered_start())) {
      key = m[1].str();
      text = text.substr(static_cast<size_t>(m.length(0)));
    } else {
      key = author_year_key(text);
    }
    std::string unique = key;
    for (char suffix = 'a'; used.count(unique) && suffix <= 'z'; ++suffix) unique = key + suffix;
    if (unique != key) review.add(ReviewKind::citation, e.front()->place, "two entries would have the key " + key +
                                                                              "; the second is " + unique);
    used.insert(unique);
    out.push_back({unique, text});
  }
  return out;
}

std::string link_citations(const std::string& paragraph, const std::vector<DraftReference>& references,
                           bool author_year, SourcePlace place, ReviewList& review) {
  std::set<std::string> keys;
  for (const auto& r : references) keys.insert(r.key);
  std::string out;
  if (!author_year) {
    static const std::regex cite_re(R"(\[(\d{1,3})([^\[\]]{0,40})\])");
    size_t last = 0;
    for (auto it = std::sregex_iterator(paragraph.begin(), paragraph.end(), cite_re); it != std::sregex_iterator();
         ++it) {
      const auto& m = *it;
      out.append(paragraph, last, static_cast<size_t>(m.position(0)) - last);
      last = static_cast<size_t>(m.position(0) + m.length(0));
      std::string key = m[1].str();
      if (keys.count(key)) {
        out += fmt::format("[{}](cite:{})", m[0].str(), key);
      } else {
        out += m[0].str();
        review.add(ReviewKind::citation, place, "no reference entry " + key + " for " + m[0].str());
      }
    }
    out.append(paragraph, last, std::string::npos);
    return out;
  }
  // Author–year: each part of a parenthesis that holds a year, "(Kurtov, 1997: 25; Nye, 2011)".
  static const std::regex group_re(R"(\(([^()]{0,300}?\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b[^()]{0,300}?)\))");
  static const std::regex part_year(R"(\b(1[5-9]\d\d|20\d\d)([a-z]?)\b)");
  size_t last = 0;
  for (auto it = std::sregex_iterator(paragraph.begin(), paragraph.end(), group_re); it != std::sregex_iterator();
       ++it) {
    const auto& m = *it;
    out.append(paragraph, last, static_cast<size_t>(m.position(1)) - last);
    last = static_cast<size_t>(m.position(1) + m.length(1));
    std::string inner = m[1].str(), rebuilt;
    size_t start = 0;
    while (start <= inner.size()) {
      size_t semi = inner.find(';', start);
      std::string part = inner.substr(start, semi == std::string::npos ? std::string::npos : semi - start);
      size_t lead = part.find_first_not_of(' ');
      std::string prefix = part.substr(0, lead == std::string::npos ? part.size() : lead);
      std::string body = part.substr(prefix.size());
      std::smatch ym;
      std::string linked = part;
      if (!body.empty() && starts_upper(body) && std::regex_search(body, ym, part_year)) {
        std::string family = text::slugify(body.substr(0, static_cast<size_t>(ym.position(0))));
        size_t cut = family.find('-');
        std::string first = cut == std::string::npos ? family : family.substr(0, cut);
        std::string year = ym[1].str() + ym[2].str();
        std::string found;
        for (const auto& r : references)
          if (r.key.size() > year.size() && r.key.compare(0, first.size(), first) == 0 &&
              r.key.compare(r.key.size() - year.size(), year.size(), year) == 0) {
            found = r.key;
            break;
          }
        if (!found.empty()) linked = fmt::format("{}[{}](cite:{})", prefix, body, found);
        else review.add(ReviewKind::citation, place, "no reference entry for (" + body + ")");
      }
      rebuilt += linked;
      if (semi == std::string::npos) break;
      rebuilt += ';';
      start = semi + 1;
    }
    out += rebuilt;
  }
  out.append(paragraph, last, std::string::npos);
  return out;
}

}  // namespace portal::import
