#include <catch2/catch.hpp>

#include "text/list_format.h"

using portal::text::join_list;

TEST_CASE("join_list: each language's conjunction, one item as is", "[text][list]") {
  CHECK(join_list({"1992", "2012"}, "en") == "1992 and 2012");
  CHECK(join_list({"1992", "2005", "2012"}, "en") == "1992, 2005 and 2012");  // British: no serial comma
  CHECK(join_list({"1992", "2012"}, "ru") == "1992 и 2012");
  CHECK(join_list({"1992", "2012"}, "tr") == "1992 ve 2012");
  CHECK(join_list({"1992", "2012"}, "kk") == "1992 және 2012");
  CHECK(join_list({"1992"}, "en") == "1992");
  CHECK(join_list({}, "en").empty());
}
