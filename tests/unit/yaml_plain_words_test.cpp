// YAML syntax errors told in plain words at the line where they start, instead
// of yaml-cpp's "end of map not found" where it gave up; and the checks of
// values yaml-cpp accepts: a stray closing quote, dates out of order, empty
// required fields and reference texts.

#include <catch2/catch.hpp>

#include "../support/paper_load.h"
#include "content/yaml_read.h"

using namespace portal;
using namespace portal::test::paper_load;

namespace {

std::vector<std::string> yaml_messages(const std::string& yaml) {
  Diagnostics d;
  YamlDoc doc("x.yaml", yaml);
  doc.parse(d);
  return messages(d);
}

}  // namespace

TEST_CASE("yaml in plain words: a tab used for indentation is named where it stands", "[load][yaml]") {
  CHECK(yaml_messages("title:\n  en: A\n\tru: Б\n") ==
        std::vector<std::string>{"x.yaml:3:1: error: malformed YAML: tab used for indentation; indent with "
                                 "spaces only (YAML does not allow tabs there)"});
}

TEST_CASE("yaml in plain words: a quote closed only on a later line is reported where it opens", "[load][yaml]") {
  // yaml-cpp reads the quoted text on to the next quote (line 5) and fails there.
  CHECK(yaml_messages("language: ru\n"
                      "title:\n"
                      "  ru: \"Заголовок без конца\n"
                      "abstract:\n"
                      "  ru: \"Аннотация.\"\n") ==
        std::vector<std::string>{"x.yaml:3:7: error: malformed YAML: quote opened here is never closed on its line "
                                 "(the text runs on and swallows the lines below); close it before the line ends"});
}

TEST_CASE("yaml in plain words: wrong indentation says which line and what it should be", "[load][yaml]") {
  CHECK(yaml_messages("language: en\n  title: x\n") ==
        std::vector<std::string>{"x.yaml:2:3: error: malformed YAML: wrong indentation: this line is indented 2 "
                                 "spaces, deeper than line 1, whose value is already given there; indent it as the "
                                 "key it belongs beside (0 spaces)"});
  CHECK(yaml_messages("title:\n  en: A\n ru: B\n") ==
        std::vector<std::string>{"x.yaml:3:2: error: malformed YAML: wrong indentation: this line is indented 1 "
                                 "space, which lines up with no key above it; line it up "
                                 "with a key above (2 spaces, or 0 spaces)"});
  CHECK(yaml_messages("authors:\n  - id: x\n    name: {kk: Б}\n   affiliation: {kk: x}\n") ==
        std::vector<std::string>{"x.yaml:4:4: error: malformed YAML: wrong indentation: this line is indented 3 "
                                 "spaces, which lines up with no key above it; line it up with a key above (4 "
                                 "spaces, or 2 spaces)"});
}

TEST_CASE("yaml in plain words: valid YAML with lists, block texts and multi-line quotes has no message",
          "[load][yaml]") {
  CHECK(yaml_messages("authors:\n- id: a\n  name: {en: A}\n- id: b\nabstract:\n  en: |\n    Line\n    \tkept\n"
                      "note: \"one\n  two\"\n")
            .empty());
}

TEST_CASE("front matter: a stray closing quote is an error at the quote", "[load][yaml]") {
  auto l = load("---\nlanguage: en\ntitle:\n  en: A title\"\n---\n## Body\n");
  CHECK(l.messages() == std::vector<std::string>{
                            "content/papers/p.md:4:14: error: stray quote: this text ends with a '\"' that no quote "
                            "opens; add the opening quote where the text starts, or remove this one"});
  CHECK(load("---\nlanguage: en\ntitle:\n  en: A \"quoted\" word\n---\n## Body\n").messages().empty());
}

TEST_CASE("front matter: received after published is an error, a date within the other's month is not",
          "[load][dates]") {
  auto l = load("---\nlanguage: en\ntitle: {en: T}\npublished: 2024-03\nreceived: 2024-05-09\n---\n## Body\n");
  CHECK(l.messages() == std::vector<std::string>{
                            "content/papers/p.md:5:11: error: 'received' (2024-05-09) is later than 'published' "
                            "(2024-03): a paper is received, then accepted, then published"});
  CHECK(load("---\nlanguage: en\ntitle: {en: T}\npublished: 2024-05\nreceived: 2024-05-09\naccepted: 2024-05-20\n"
             "---\n## Body\n")
            .messages()
            .empty());
}

TEST_CASE("front matter: an empty required field or reference text is an error at it", "[load][schema]") {
  auto l = load("---\nlanguage: \"\"\ntitle: {en: T}\nreferences:\n  - {key: a, text: \"\"}\n---\n## Body\n");
  CHECK(l.messages() == std::vector<std::string>{"content/papers/p.md:2:11: error: required field 'language' is empty; fill it in",
                                                 "content/papers/p.md:5:20: error: required field 'text' is empty; fill it in"});
}
