#pragma once
/// Lists joined as each language writes them ("1992 and 2012", "1992 и 2012";
/// British English: no serial comma), with ICU's ListFormatter.

#include <string>
#include <string_view>
#include <vector>

namespace portal::text {

/// `items` joined by `lang`'s conjunction pattern; one item is returned as is.
std::string join_list(const std::vector<std::string>& items, std::string_view lang);

}  // namespace portal::text
