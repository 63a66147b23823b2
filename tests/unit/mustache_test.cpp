// Own cases for the Mustache engine beyond the official spec: hostile data,
// error positions, layouts built with inheritance, concurrent rendering.

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <map>
#include <string>
#include <thread>
#include <vector>

#include "render/mustache.h"

using nlohmann::json;
using portal::render::MustacheError;
using portal::render::Templates;

namespace {

/// The error thrown while compiling `source` as template "page".
MustacheError compile_error(std::string_view source) {
  Templates t;
  try {
    t.add("page", source);
  } catch (const MustacheError& e) {
    return e;
  }
  FAIL("no MustacheError for: " << source);
  throw std::logic_error("unreachable");
}

const char* const kLayout = R"(<!doctype html>
<html>
<head><title>{{$title}}Portal{{/title}}</title></head>
<body>
  {{>nav}}
  <main>
    {{$content}}
    <p>No content.</p>
    {{/content}}
  </main>
</body>
</html>
)";

const char* const kArticle = R"({{<layout}}
{{$content}}
<article>
  {{$body}}
  {{/body}}
</article>
{{/content}}
{{/layout}}
)";

const char* const kPage = R"({{<article}}
{{$title}}{{title}} · Portal{{/title}}
{{$body}}
<h1>{{title}}</h1>
{{#paras}}
<p>{{.}}</p>
{{/paras}}
{{/body}}
{{/article}}
)";

Templates site_templates() {
  Templates t;
  t.add("layout", kLayout);
  t.add("nav", "<nav>\n  <a href=\"/\">{{site}}</a>\n</nav>\n");
  t.add("article", kArticle);
  t.add("page", kPage);
  return t;
}

}  // namespace

TEST_CASE("mustache: hostile data is escaped", "[mustache]") {
  const json data = {{"x", "<script>alert(\"x\" + 'y') && 1</script>"}, {"attr", "\" onmouseover=\"evil()"}};
  CHECK(portal::render::render("<p>{{x}}</p>", data) ==
        "<p>&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;) &amp;&amp; 1&lt;/script&gt;</p>");
  CHECK(portal::render::render("<a title=\"{{attr}}\">", data) ==
        "<a title=\"&quot; onmouseover=&quot;evil()\">");
  CHECK(portal::render::render("{{{x}}}|{{&x}}", {{"x", "<b>&amp;</b>"}}) == "<b>&amp;</b>|<b>&amp;</b>");
  // Data is never parsed as a template.
  CHECK(portal::render::render("{{x}}", {{"x", "{{y}}"}, {"y", "no"}}) == "{{y}}");
  // Objects and arrays interpolate as (escaped) JSON.
  CHECK(portal::render::render("{{o}}", {{"o", {{"a", "<"}}}}) == "{&quot;a&quot;:&quot;&lt;&quot;}");
}

TEST_CASE("mustache: values", "[mustache]") {
  const json data = {{"i", 85}, {"f", 85.0}, {"d", 1.5}, {"neg", -3}, {"t", true}, {"n", nullptr},
                     {"empty", ""}, {"zero", 0}, {"list", {"a", "b", "c"}}, {"obj", json::object()}};
  CHECK(portal::render::render("{{i}} {{f}} {{d}} {{neg}} {{t}} [{{n}}]", data) == "85 85 1.5 -3 true []");
  CHECK(portal::render::render("{{#empty}}x{{/empty}}{{^empty}}empty{{/empty}}", data) == "empty");
  CHECK(portal::render::render("{{#zero}}zero is truthy{{/zero}}", data) == "zero is truthy");
  CHECK(portal::render::render("{{#obj}}yes{{/obj}}", data) == "yes");
  CHECK(portal::render::render("{{list.1}}{{list.9}}{{#list}}{{.}}{{/list}}", data) == "babc");
  CHECK(portal::render::render("{{missing.deep}}|{{>missing}}|{{<missing}}{{/missing}}", data) == "||");
}

TEST_CASE("mustache: errors carry name, line and column", "[mustache]") {
  SECTION("unclosed section") {
    const auto e = compile_error("a\nb\n  {{#x}}\nc\n");
    CHECK(e.name == "page");
    CHECK(e.line == 3);
    CHECK(e.col == 3);
    CHECK(std::string(e.what()) == "page:3:3: unclosed section 'x' opened at 3:3");
  }
  SECTION("unclosed tag") {
    const auto e = compile_error("line one\nHello {{name");
    CHECK(e.line == 2);
    CHECK(e.col == 7);
    CHECK_THAT(e.what(), Catch::Contains("unclosed tag"));
  }
  SECTION("unclosed triple mustache") {
    const auto e = compile_error("{{{x}}");
    CHECK(e.line == 1);
    CHECK(e.col == 1);
    CHECK_THAT(e.what(), Catch::Contains("unclosed tag"));
  }
  SECTION("mismatched close") {
    const auto e = compile_error("{{#a}}\n  {{#b}}\n  {{/a}}\n");
    CHECK(e.line == 3);
    CHECK(e.col == 3);
    CHECK_THAT(e.what(), Catch::Contains("mismatched closing tag 'a'") && Catch::Contains("'b' opened at 2:3"));
  }
  SECTION("close without open") {
    const auto e = compile_error("x {{/a}}");
    CHECK(e.col == 3);
    CHECK_THAT(e.what(), Catch::Contains("unexpected closing tag 'a'"));
  }
  SECTION("unclosed parent and block") {
    CHECK_THAT(compile_error("{{<layout}}\n{{$content}}x{{/content}}\n").what(),
               Catch::Contains("unclosed parent 'layout' opened at 1:1"));
    CHECK_THAT(compile_error("{{$b}}").what(), Catch::Contains("unclosed block 'b'"));
  }
  SECTION("bad delimiters and empty tags") {
    CHECK_THAT(compile_error("{{=<%=}}").what(), Catch::Contains("invalid set-delimiter tag"));
    CHECK_THAT(compile_error("a {{ }}").what(), Catch::Contains("empty tag"));
  }
  SECTION("unknown template") {
    Templates t;
    CHECK_THROWS_AS(t.render("nope", json::object()), MustacheError);
  }
  SECTION("runaway recursion") {
    Templates t;
    t.add("loop", "{{>loop}}");
    CHECK_THROWS_AS(t.render("loop", json::object()), MustacheError);
  }
}

TEST_CASE("mustache: layout inheritance", "[mustache]") {
  const Templates t = site_templates();
  const json data = {{"title", "A & B"}, {"site", "Portal"}, {"paras", {"one", "two"}}};
  CHECK(t.render("page", data) == R"(<!doctype html>
<html>
<head><title>A &amp; B · Portal</title></head>
<body>
  <nav>
    <a href="/">Portal</a>
  </nav>
  <main>
    <article>
      <h1>A &amp; B</h1>
      <p>one</p>
      <p>two</p>
    </article>
  </main>
</body>
</html>
)");
  // The layout alone renders its defaults.
  CHECK(t.render("layout", data) == R"(<!doctype html>
<html>
<head><title>Portal</title></head>
<body>
  <nav>
    <a href="/">Portal</a>
  </nav>
  <main>
    <p>No content.</p>
  </main>
</body>
</html>
)");
  // An override written inline is indented where the block stands; like a
  // partial, the standalone block line ends with whatever the override ends with.
  Templates one = t;
  one.add("short", "{{<layout}}{{$content}}<p>{{title}}</p>\n{{/content}}{{/layout}}\n");
  CHECK_THAT(one.render("short", data), Catch::Contains("  <main>\n    <p>A &amp; B</p>\n  </main>\n"));
  // render_to appends.
  std::string out = "prefix:";
  t.render_to(out, "nav", data);
  CHECK(out == "prefix:<nav>\n  <a href=\"/\">Portal</a>\n</nav>\n");
}

TEST_CASE("mustache: templates render from many threads at once", "[mustache]") {
  const Templates t = site_templates();
  std::vector<json> inputs;
  std::vector<std::string> expected;
  for (int i = 0; i < 16; ++i) {
    json d = {{"title", fmt::format("Page <{}>", i)}, {"site", fmt::format("S{}", i)}};
    for (int k = 0; k < i; ++k) d["paras"].push_back(fmt::format("p{}", k));
    expected.push_back(t.render("page", d));
    inputs.push_back(std::move(d));
  }
  std::vector<int> mismatches(8, 0);
  std::vector<std::thread> threads;
  for (int w = 0; w < 8; ++w) {
    threads.emplace_back([&, w] {
      std::string out;
      for (int round = 0; round < 300; ++round) {
        const size_t k = static_cast<size_t>((round + w) % 16);
        out.clear();
        t.render_to(out, "page", inputs[k]);
        if (out != expected[k]) ++mismatches[static_cast<size_t>(w)];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) CHECK(m == 0);
}

TEST_CASE("mustache: indentation of partials and overriding blocks", "[mustache]") {
  const std::map<std::string, std::string> partials{
      {"list", "<ul>\n  {{$items}}\n  {{/items}}\n</ul>\n"},
      {"item", "<li>\n  {{{html}}}\n</li>\n"},
  };
  // The override's own indentation is removed and the block's added, also
  // before lines that start with a tag; interpolated newlines are not indented.
  const std::string page =
      "<div>\n"
      "  {{<list}}\n"
      "    {{$items}}\n"
      "        {{#rows}}\n"
      "        {{>item}}\n"
      "        {{/rows}}\n"
      "        {{last}}\n"
      "    {{/items}}\n"
      "  {{/list}}\n"
      "</div>\n";
  const json data = {{"rows", {{{"html", "<b>a</b>\n<i>b</i>"}}}}, {"last", "<end>"}};
  CHECK(portal::render::render(page, data, partials) ==
        "<div>\n"
        "  <ul>\n"
        "    <li>\n"
        "      <b>a</b>\n"
        "<i>b</i>\n"
        "    </li>\n"
        "    &lt;end&gt;\n"
        "  </ul>\n"
        "</div>\n");
}

TEST_CASE("mustache: array flags answer has_<name> from the array beside it", "[mustache]") {
  Templates t;
  t.add("list", "{{#has_items}}<ul>{{#items}}<li>{{name}}{{#has_tags}} ({{#tags}}{{.}}{{/tags}}){{/has_tags}}</li>"
                "{{/items}}</ul>{{/has_items}}{{^has_items}}none{{/has_items}}|{{#meta.has_notes}}notes{{/meta.has_notes}}");
  json data = {{"items", {{{"name", "a"}, {"tags", {"x", "y"}}}, {{"name", "b"}, {"tags", json::array()}}}},
               {"has_tags", true},  // an outer flag is not taken for an item's own list
               {"meta", {{"notes", {1}}}}};
  CHECK(t.render("list", data) == "none|");  // off: has_items is missing, so falsey
  t.set_array_flags(true);
  CHECK(t.render("list", data) == "<ul><li>a (xy)</li><li>b</li></ul>|notes");
  CHECK(t.render("list", {{"items", json::array()}}) == "none|");
  // A flag of the object's own wins, and a name that is not an array has no flag.
  CHECK(t.render("list", {{"items", {json::object()}}, {"has_items", false}}) == "none|");
  CHECK(t.render("list", {{"items", "text"}}) == "none|");
}
