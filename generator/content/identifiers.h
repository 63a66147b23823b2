#pragma once
/// Persistent identifiers in the front matter: DOIs and ORCID iDs. Both are
/// accepted in the forms people paste (a resolver URL, `doi:` / `orcid:`
/// prefixes), stored in their canonical form, and validated.

#include <string>
#include <string_view>
#include <variant>

namespace portal {

/// Why an identifier was rejected: the message of a `file:line:col` error.
struct IdentifierProblem {
  std::string message;
};

/// A DOI in its canonical form `10.<registrant>/<suffix>` (no resolver, no
/// prefix), from "10.1/x", "doi:10.1/x", "https://doi.org/10.1/x" or
/// "http://dx.doi.org/10.1/x". The registrant is digits, optionally dotted
/// ("10.1000.10"); the suffix is any non-empty text without spaces.
std::variant<std::string, IdentifierProblem> canonical_doi(std::string_view raw);

/// An ORCID iD in its canonical form `0000-0002-1825-0097`, from that form,
/// "orcid:…" or "https://orcid.org/…". Four groups of four digits; the last
/// character is the ISO 7064 MOD 11-2 check digit (0-9 or X) of the other 15.
std::variant<std::string, IdentifierProblem> canonical_orcid(std::string_view raw);

}  // namespace portal
