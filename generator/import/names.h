#pragma once
/// Personal names as journals print them: a whole line in capitals
/// (`МУРАТХАН ЙЫЛМАЗ`), a given name with the family name in capitals
/// (`Erol KALKAN`), initials (`А. Б. Серікбаев`), or a running head of names
/// (`Erol KALKAN- Madina BEKTASSOVA`); and the family and given parts they show.

#include <string>
#include <vector>

namespace portal::import {

/// True for two or three words of letters where the family name is in capitals
/// and the others are not (`Erol KALKAN`, `Madina BEKTASSOVA`).
bool is_mixed_case_name(const std::string& line);

/// The names of a running head made of names only (`Erol KALKAN- Madina
/// BEKTASSOVA`, `A. Smith, B. Jones`); empty when any part is not a name.
std::vector<std::string> names_in_running_head(const std::string& head);

/// A printed name split into its parts, in ordinary case.
struct NameParts {
  std::string name;    ///< the whole name, given first ("Erol Kalkan", "Муратхан Йылмаз")
  std::string family;  ///< "Kalkan"
  std::string given;   ///< "Erol", with a patronymic where printed ("Айгерим Болатовна")
  bool order_known = false;  ///< false when the print does not tell family from given (a guess: given first)
};

/// Splits `printed` in language `lang`: the family name is the one in capitals
/// when only one is, a patronymic follows the given name, initials are given
/// names; otherwise the order given-family is assumed (`order_known` false).
NameParts split_name(const std::string& printed, const std::string& lang);

}  // namespace portal::import
