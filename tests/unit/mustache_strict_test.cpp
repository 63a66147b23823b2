// The portal's theme is rendered strictly: an unknown partial or parent is an
// error at its tag (render/mustache_theme.h), while the engine itself keeps the
// spec's rule (an unknown partial renders empty) for everyone else.

#include <catch2/catch.hpp>

#include "../support/paper_load.h"
#include "content/theme.h"
#include "render/mustache.h"
#include "render/mustache_theme.h"

using nlohmann::json;
using portal::Diagnostics;
using portal::Theme;
using portal::render::compile_theme;
using portal::render::MustacheError;
using portal::render::Templates;
using portal::test::paper_load::messages;

namespace {

Theme theme_of(const std::map<std::string, std::string>& sources) {
  Theme t;
  for (const auto& [name, source] : sources) {
    t.templates[name] = source;
    t.template_files[name] = "templates/" + name + ".mustache";
  }
  return t;
}

}  // namespace

TEST_CASE("mustache strict: unknown partials and parents render empty by the spec, throw when strict", "[mustache]") {
  Templates t;
  t.add("page", "a{{>missing}}b\n{{<nothing}}{{/nothing}}c");
  CHECK(t.render("page", json::object()) == "ab\nc");
  t.set_strict(true);
  try {
    t.render("page", json::object());
    FAIL("no error for an unknown partial");
  } catch (const MustacheError& e) {
    CHECK(e.name == "page");
    CHECK(e.line == 1);
    CHECK(e.col == 2);
    CHECK(e.message == "unknown partial 'missing'");
  }
}

TEST_CASE("mustache strict: a dynamic partial naming no template is an error at its tag", "[mustache]") {
  Templates t;
  t.set_strict(true);
  t.add("card", "[{{title}}]");
  t.add("page", "x\n  {{#items}}{{>*kind}}{{/items}}");
  CHECK(t.render("page", json{{"items", {{{"kind", "card"}, {"title", "A"}}}}}) == "x\n  [A]");
  try {
    t.render("page", json{{"items", {{{"kind", "crad"}}}}});
    FAIL("no error for an unknown dynamic partial");
  } catch (const MustacheError& e) {
    CHECK(std::string(e.what()) == "page:2:13: unknown partial 'crad'");
  }
}

TEST_CASE("mustache strict: an error inside a block override names the template that wrote it", "[mustache]") {
  Templates t;
  t.set_strict(true);
  t.add("layout", "<main>{{$content}}{{/content}}</main>");
  t.add("home", "{{<layout}}\n{{$content}}\n  {{>*card}}\n{{/content}}\n{{/layout}}");
  try {
    t.render("home", json{{"card", "nope"}});
    FAIL("no error");
  } catch (const MustacheError& e) {
    CHECK(e.name == "home");
    CHECK(e.line == 3);
  }
}

TEST_CASE("compile_theme: reports every problem with its file and position, and returns no set", "[mustache]") {
  Theme theme = theme_of({
      {"layout", "<body>{{$content}}{{/content}}</body>"},
      {"home", "{{<layout}}{{$content}}\n{{>paper_crad}}{{/content}}{{/layout}}"},
      {"papers", "{{#list}}\n{{/lst}}"},
      {"a", "{{>b}}"},
      {"b", "{{>a}}"},
  });
  Diagnostics diag;
  auto set = compile_theme(theme, {"home", "papers", "paper"}, diag);
  CHECK_FALSE(set);
  CHECK(messages(diag) ==
        std::vector<std::string>{
            "templates/papers.mustache:2:1: error: mismatched closing tag 'lst': section 'list' opened at 1:1 is still open",
            "templates/home.mustache:2:1: error: unknown partial 'paper_crad': there is no "
            "templates/partials/paper_crad.mustache",
            "templates/b.mustache:1:1: error: partial 'a' includes itself: a → b → a (a template must not include itself)",
            "templates/paper.mustache: error: missing page template 'paper': pages of the site are rendered with it",
        });
}

TEST_CASE("compile_theme: a good theme compiles to a strict set", "[mustache]") {
  Theme theme = theme_of({{"layout", "<b>{{$c}}{{/c}}</b>"}, {"home", "{{<layout}}{{$c}}{{>card}}{{/c}}{{/layout}}"},
                          {"card", "{{x}}"}});
  Diagnostics diag;
  auto set = compile_theme(theme, {"home"}, diag);
  REQUIRE(set);
  CHECK(diag.all().empty());
  CHECK(set->strict());
  CHECK(set->render("home", json{{"x", "<1>"}}) == "<b>&lt;1&gt;</b>");
}
