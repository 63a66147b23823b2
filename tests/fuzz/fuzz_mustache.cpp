/// Fuzz target: the Mustache engine. The input is compiled as a template
/// (a malformed one must be refused with MustacheError, never crash or hang)
/// and, when it compiles, rendered strictly and leniently with data that
/// has every kind of value, with itself and a parent/partial as partials.
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "render/mustache.h"

namespace {

/// Data with strings, numbers, lists, nested objects and falsey values.
const nlohmann::json& fixed_data() {
  static const nlohmann::json data = nlohmann::json::parse(R"({
    "title": "A <b>title</b> & more", "n": 3, "x": 1.5, "yes": true, "no": false, "none": null,
    "empty": [], "s": "", "items": [{"title": "one", "id": "a"}, {"title": "two", "items": [1, 2]}],
    "page": {"lang": "kk", "title": "Бет", "name": "self"}, "ui": {"home": "Home"}
  })");
  return data;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  for (const bool strict : {false, true}) {
    portal::render::Templates templates;
    templates.set_strict(strict);
    try {
      templates.add("layout", "<main>{{$content}}default{{/content}}</main>{{>self}}");
      templates.add("card", "<li>{{title}}{{#items}}{{>card}}{{/items}}</li>");
      templates.add("self", source);
    } catch (const portal::render::MustacheError&) {
      return 0;
    }
    try {
      (void)templates.render("self", fixed_data());
    } catch (const portal::render::MustacheError&) {
    }
  }
  return 0;
}
