#include "import/metadata.h"

#include <algorithm>
#include <regex>

#include "text/case_map.h"
#include "text/trim.h"

namespace portal::import {

namespace {

void add_once(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

/// Month names of the portal's languages → month number, for a footer's date.
int month_number(const std::string& word) {
  static const std::vector<std::vector<std::string>> names = {
      {"ocak", "january", "января", "январь", "қаңтар"},      {"şubat", "february", "февраля", "февраль", "ақпан"},
      {"mart", "march", "марта", "март", "наурыз"},            {"nisan", "april", "апреля", "апрель", "сәуір"},
      {"mayıs", "may", "мая", "май", "мамыр"},                 {"haziran", "june", "июня", "июнь", "маусым"},
      {"temmuz", "july", "июля", "июль", "шілде"},             {"ağustos", "august", "августа", "август", "тамыз"},
      {"eylül", "september", "сентября", "сентябрь", "қыркүйек"}, {"ekim", "october", "октября", "октябрь", "қазан"},
      {"kasım", "november", "ноября", "ноябрь", "қараша"},     {"aralık", "december", "декабря", "декабрь", "желтоқсан"},
  };
  std::string w = text::to_lower(word, "tr");
  for (size_t m = 0; m < names.size(); ++m)
    for (const auto& n : names[m])
      if (w == n) return static_cast<int>(m + 1);
  return 0;
}

}  // namespace

Metadata find_metadata(const std::vector<SourceLine>& lines) {
  static const std::regex doi_re(R"((?:https?://(?:dx\.)?doi\.org/|\b)(10\.\d{4,9}/[^\s"<>|]+))", std::regex::icase);
  static const std::regex doi_line_re(R"(^\s*(?:DOI:?\s*)?(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+\s*$)",
                                      std::regex::icase);
  static const std::regex udc_re(R"(^\s*(?:УДК|ӘОЖ|ƏОЖ|UDC|UDK)\s*:?\s*([0-9][0-9.:/()+\-\s]*[0-9)])\s*$)");
  static const std::regex email_re(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})");
  static const std::regex email_line_re(R"(^\s*(?:e-?mail|электрондық пошта|эл\. почта)?\s*:?\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}[\s,;]*$)",
                                        std::regex::icase);
  static const std::regex orcid_re(R"(\b(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b)");
  static const std::regex orcid_line_re(R"(^\s*(?:ORCID(?: iD)?:?\s*)?(?:https?://orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]\s*$)",
                                        std::regex::icase);
  static const std::regex pages_re(R"(^\s*(\d{1,4})\s*[-–—]\s*(\d{1,4})\s*$)");
  static const std::regex review_re(R"(Derleme Makale|Review Article|Обзорная статья|Шолу мақала)", std::regex::icase);
  static const std::regex research_re(R"(Araştırma Makalesi|Research Article|Научная статья|Ғылыми мақала)",
                                      std::regex::icase);
  Metadata m;
  m.consumed.assign(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    std::smatch sm;
    // Regular expressions are slow in libstdc++: each runs only on lines that
    // hold the one character or word it cannot match without.
    auto has = [&t](std::string_view needle) { return t.find(needle) != std::string::npos; };
    bool digits = std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (has("10.") && m.doi.empty() && std::regex_search(t, sm, doi_re)) {
      m.doi = sm[1].str();
      while (!m.doi.empty() && std::string(".,;)").find(m.doi.back()) != std::string::npos) m.doi.pop_back();
    }
    if (has("10.") && std::regex_match(t, doi_line_re)) m.consumed[i] = true;
    if (digits && t.size() < 200 && std::regex_match(t, sm, udc_re)) {
      if (m.udc.empty()) m.udc = text::trim_blanks(sm[1].str());
      m.consumed[i] = true;
    }
    if (has("@")) {
      for (auto it = std::sregex_iterator(t.begin(), t.end(), email_re); it != std::sregex_iterator(); ++it)
        add_once(m.emails, (*it)[0].str());
      if (std::regex_match(t, email_line_re)) m.consumed[i] = true;
    }
    if (digits && has("-")) {
      for (auto it = std::sregex_iterator(t.begin(), t.end(), orcid_re); it != std::sregex_iterator(); ++it)
        add_once(m.orcids, (*it)[1].str());
      if (std::regex_match(t, orcid_line_re)) m.consumed[i] = true;
    }
    bool type_word = has("akale") || has("AKALE") || has("rticle") || has("RTICLE") || has("татья") ||
                     has("ТАТЬЯ") || has("ақала") || has("АҚАЛА");
    if (type_word && m.type.empty() && t.size() < 120) {
      if (std::regex_search(t, review_re)) m.type = "review-article", m.consumed[i] = true;
      else if (std::regex_search(t, research_re)) m.type = "research-article", m.consumed[i] = true;
    }
    // A footer: journal | issue | date | pages, separated by bars.
    if (std::count(t.begin(), t.end(), '|') >= 2) {
      std::vector<std::string> parts;
      size_t start = 0;
      while (true) {
        size_t bar = t.find('|', start);
        parts.push_back(text::trim_blanks(t.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
        if (bar == std::string::npos) break;
        start = bar + 1;
      }
      if (parts.size() >= 3 && std::regex_match(parts.back(), sm, pages_re)) {
        m.consumed[i] = true;
        if (m.journal_pages.empty()) {
          m.journal_pages = parts.back();  // as printed
          m.journal_name = parts[0];
          for (size_t p = 1; p + 1 < parts.size(); ++p) {
            std::smatch dm;
            std::string part = parts[p];
            size_t space = part.rfind(' ');
            if (space != std::string::npos && part.size() - space == 5 &&
                std::all_of(part.begin() + static_cast<long>(space) + 1, part.end(), ::isdigit)) {
              int month = month_number(text::trim_blanks(part.substr(0, space)));
              std::string year = part.substr(space + 1);
              m.published = month ? year + (month < 10 ? "-0" : "-") + std::to_string(month) : year;
            } else if (m.journal_issue.empty()) {
              std::string issue = part;
              size_t colon = issue.find(':');
              if (colon != std::string::npos) issue = text::trim_blanks(issue.substr(colon + 1));
              m.journal_issue = issue;
            }
          }
        }
      }
    }
  }
  return m;
}

}  // namespace portal::import
