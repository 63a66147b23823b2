#include "content/identifiers.h"

#include <fmt/format.h>

#include <array>

namespace portal {

namespace {

/// `s` without the first of `prefixes` it starts with (ASCII case ignored).
std::string_view strip_prefix(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::string_view p : prefixes) {
    if (s.size() < p.size()) continue;
    bool same = true;
    for (size_t i = 0; i < p.size() && same; ++i) same = lower(s[i]) == p[i];
    if (same) return s.substr(p.size());
  }
  return s;
}

std::string_view trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::variant<std::string, IdentifierProblem> canonical_doi(std::string_view raw) {
  std::string_view doi = strip_prefix(trim(raw), {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                                  "http://dx.doi.org/", "doi.org/", "doi:"});
  doi = trim(doi);
  auto bad = [&](std::string_view why) {
    return IdentifierProblem{fmt::format("doi '{}' is not a DOI: {}; write it as 10.<registrant>/<suffix>, "
                                         "e.g. 10.53791/imgelem.1480702 (a https://doi.org/ link or doi: is also "
                                         "accepted)",
                                         raw, why)};
  };
  if (doi.rfind("10.", 0) != 0) return bad("it does not start with '10.'");
  size_t slash = doi.find('/');
  if (slash == std::string_view::npos) return bad("it has no '/' between registrant and suffix");
  std::string_view registrant = doi.substr(3, slash - 3);
  if (registrant.empty() || !is_digit(registrant.front()) || !is_digit(registrant.back()) ||
      registrant.find_first_not_of("0123456789.") != std::string_view::npos ||
      registrant.find("..") != std::string_view::npos)
    return bad(fmt::format("the registrant '{}' is not digits (optionally separated by dots)", registrant));
  std::string_view suffix = doi.substr(slash + 1);
  if (suffix.empty()) return bad("the suffix after '/' is empty");
  for (char c : suffix)
    if (static_cast<unsigned char>(c) <= ' ') return bad("the suffix contains a space or a control character");
  return std::string(doi);
}

std::variant<std::string, IdentifierProblem> canonical_orcid(std::string_view raw) {
  std::string_view id = strip_prefix(trim(raw), {"https://orcid.org/", "http://orcid.org/", "orcid.org/", "orcid:"});
  id = trim(id);
  auto bad = [&](std::string_view why) {
    return IdentifierProblem{fmt::format("orcid '{}' is not an ORCID iD: {}; write it as 0000-0002-1825-0097 "
                                         "(a https://orcid.org/ link is also accepted)",
                                         raw, why)};
  };
  if (id.size() != 19) return bad("it must be four groups of four characters joined by '-'");
  std::array<int, 16> digits{};
  for (size_t i = 0, n = 0; i < id.size(); ++i) {
    if (i % 5 == 4) {
      if (id[i] != '-') return bad("it must be four groups of four characters joined by '-'");
      continue;
    }
    if (is_digit(id[i])) digits[n++] = id[i] - '0';
    else if (n == 15 && (id[i] == 'X' || id[i] == 'x')) digits[n++] = 10;
    else return bad(n == 15 ? "the last character must be a digit or X" : "all but the last character must be digits");
  }
  // ISO 7064 MOD 11-2 over the first 15 digits.
  int total = 0;
  for (size_t i = 0; i < 15; ++i) total = (total + digits[i]) * 2;
  int check = (12 - total % 11) % 11;
  if (check != digits[15])
    return bad(fmt::format("its check digit is {}, but the other digits give {}", id.back(),
                           check == 10 ? 'X' : static_cast<char>('0' + check)));
  std::string out(id);
  if (out.back() == 'x') out.back() = 'X';
  return out;
}

}  // namespace portal
