// text/prepared_markdown.h, text/markdown_cache.h: a text parsed once and
// rendered for many pages, each with its own links, notes and labels.

#include <catch2/catch.hpp>

#include <thread>
#include <tuple>

#include "../support/portal_fixture.h"
#include "text/markdown_cache.h"
#include "text/prepared_markdown.h"

using namespace portal::text;
using portal::fixture::contains;
using portal::fixture::count_of;

namespace {

/// A page of language `lang` at depth `prefix`: links go to "<prefix><lang>/<target>/".
MarkdownOptions page(const std::string& lang, const std::string& prefix) {
  MarkdownOptions opt;
  opt.ui_lang = lang;
  opt.missing_figure_note = "note-" + lang;
  opt.missing_figure_href = "https://doi.org/10.1/x";
  opt.missing_figure_link_text = "doi-" + lang;
  opt.footnote_back_label = "back-" + lang;
  opt.footnotes_heading = "notes-" + lang;
  opt.resolve = [lang, prefix](const SchemeLink& l) {
    LinkTarget t;
    t.href = prefix + lang + "/" + l.target + "/";
    if (l.scheme == "cite") t.id = "cite-" + l.target + "-" + std::to_string(l.occurrence);
    return t;
  };
  return opt;
}

const char* kText =
    "## Кіріспе {#kirispe}\n\n"
    "See [the paper](paper:p1#sec) and [Nye](cite:nye)[^1], [again](cite:nye).\n\n"
    "![Сурет 1 – Map](figure:missing)\n\n"
    "| a | b |\n|:-:|---|\n| [x](topic:t) | ![Fig. 2](figure:missing) |\n\n"
    "[^1]: A note with [a link](event:e).\n";

}  // namespace

TEST_CASE("prepared markdown: one parse renders every page's links, notes and labels", "[markdown][prepared]") {
  PreparedMarkdown prepared = prepare_markdown(kText);
  std::string en = prepared.render(page("en", "../../"));
  std::string kk = prepared.render(page("kk", "../"));
  // what depends on the page differs
  CHECK(contains(en, "<a href=\"../../en/p1/\">the paper</a>"));
  CHECK(contains(kk, "<a href=\"../kk/p1/\">the paper</a>"));
  CHECK(contains(en, "<a href=\"../../en/nye/\" id=\"cite-nye-2\">again</a>"));
  CHECK(contains(kk, "<td class=\"align-center\"><a href=\"../kk/t/\">x</a></td>"));
  CHECK(contains(kk, "<div class=\"figure-placeholder\" lang=\"kk\">note-kk <a href=\"https://doi.org/10.1/x\">doi-kk</a>"
                     "</div><figcaption>Сурет 1 – Map</figcaption></figure>\n"));
  CHECK(contains(en, "<span class=\"figure-caption\">Fig. 2</span> <span class=\"figure-placeholder\" lang=\"en\">"
                     "(note-en <a href=\"https://doi.org/10.1/x\">doi-en</a>)</span>"));
  CHECK(contains(en, "<section class=\"footnotes\" data-footnotes><h2 class=\"footnotes-heading\" lang=\"en\">notes-en</h2>"));
  CHECK(contains(kk, "aria-label=\"back-kk\""));
  CHECK(contains(en, "<a href=\"../../en/e/\">a link</a>"));
  // what does not depends on the page is the same
  CHECK(contains(kk, "<h2 id=\"kirispe\">Кіріспе</h2>"));
  CHECK(contains(en, "<div class=\"table-wrap\"><table>"));
  CHECK(contains(en, "</table></div>"));
  for (const auto& html : {en, kk}) {
    CHECK_FALSE(contains(html, "portal-"));
    CHECK_FALSE(contains(html, "Back to content"));
  }
  // the same HTML as rendering the text by itself
  CHECK(en == render_markdown(kText, page("en", "../../")));
  CHECK(kk == render_markdown(kText, page("kk", "../")));
}

TEST_CASE("prepared markdown: the outline is the one outline_markdown gives", "[markdown][prepared]") {
  PreparedMarkdown prepared = prepare_markdown(kText);
  MarkdownOutline o = outline_markdown(kText);
  REQUIRE(prepared.outline().headings.size() == o.headings.size());
  REQUIRE(prepared.outline().links.size() == o.links.size());
  CHECK(prepared.outline().headings[0].id == "kirispe");
  for (size_t i = 0; i < o.links.size(); ++i) {
    const SchemeLink& a = prepared.outline().links[i];
    const SchemeLink& b = o.links[i];
    CHECK(std::tie(a.scheme, a.target, a.fragment, a.occurrence, a.line, a.col) ==
          std::tie(b.scheme, b.target, b.fragment, b.occurrence, b.line, b.col));
  }
}

TEST_CASE("prepared markdown: the resolver is called once per link, in order", "[markdown][prepared]") {
  PreparedMarkdown prepared = prepare_markdown("[a](paper:x) [b](cite:k) [c](cite:k)\n");
  std::vector<std::string> seen;
  MarkdownOptions opt;
  opt.resolve = [&](const SchemeLink& l) {
    seen.push_back(l.target + "#" + std::to_string(l.occurrence));
    return LinkTarget{};
  };
  CHECK(prepared.render(opt) == "<p>a b c</p>\n");  // no target: the link text alone
  CHECK(seen == std::vector<std::string>{"x#1", "k#1", "k#2"});
}

TEST_CASE("prepared markdown: a link ends where its text ends, even around a footnote reference",
          "[markdown][prepared]") {
  std::string html = prepare_markdown("[see this[^1] too](paper:x) after\n\n[^1]: n\n").render(page("en", ""));
  CHECK(contains(html, "<a href=\"en/x/\">see this<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" "
                       "data-footnote-ref>1</a></sup> too</a> after"));
}

TEST_CASE("prepared markdown: a user's link cannot pass for one of the markers", "[markdown][prepared]") {
  std::string html =
      prepare_markdown("[real](paper:x) [fake](portal-link:0) ![](portal-end:0) ![f](portal-figure:0)\n")
          .render(page("en", ""));
  CHECK(count_of(html, "href=\"en/x/\"") == 1);
  CHECK(contains(html, "<a href=\"portal%2Dlink:0\">fake</a>"));
  CHECK(contains(html, "<img src=\"portal%2Dend:0\" alt=\"\" />"));
  CHECK(contains(html, "<img src=\"portal%2Dfigure:0\" alt=\"f\" />"));
}

TEST_CASE("prepared markdown: one prepared text renders the same from many threads", "[markdown][prepared]") {
  PreparedMarkdown prepared = prepare_markdown(kText);
  const std::vector<std::string> langs = {"kk", "ru", "tr", "en"};
  std::vector<std::string> expected;
  for (const auto& l : langs) expected.push_back(prepared.render(page(l, "../")));
  std::vector<int> failures(8, 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < failures.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        size_t l = (t + static_cast<size_t>(i)) % langs.size();
        if (prepared.render(page(langs[l], "../")) != expected[l]) ++failures[t];
      }
    });
  for (auto& th : threads) th.join();
  for (int f : failures) CHECK(f == 0);
}

TEST_CASE("markdown cache: each distinct text is parsed once and found by its contents", "[markdown][prepared]") {
  std::string a = "# A\n\n[x](paper:p)\n", b = "# B\n", a_again = a;
  size_t before = markdown_parse_count();
  MarkdownCache cache({a, b, a_again, b});
  CHECK(markdown_parse_count() - before == 2);
  CHECK(cache.size() == 2);
  std::string copy = a;  // another string with the same contents
  const PreparedMarkdown* found = cache.find(copy);
  REQUIRE(found);
  CHECK(found == cache.find(a_again));
  CHECK(found->outline().headings.at(0).id == "a");
  CHECK(found->outline().links.at(0).target == "p");
  CHECK(cache.find(b)->outline().headings.at(0).id == "b");
  CHECK(cache.find("# C\n") == nullptr);
  CHECK(markdown_parse_count() - before == 2);
}

TEST_CASE("prepared markdown: every footnote's way back gets the page's label, found by its markup, not its wording",
          "[markdown][prepared]") {
  // Text that spells out the backref's markup stays text: only cmark-gfm's own tags are changed.
  const char* text =
      "One[^a] and two[^b]. Written out: class=\"footnote-backref\" data-footnote-backref aria-label=\"x\".\n\n"
      "[^a]: First.\n[^b]: Second.\n";
  PreparedMarkdown prepared = prepare_markdown(text);
  std::string ru = prepared.render(page("ru", "../"));
  CHECK(count_of(ru, "data-footnote-backref aria-label=\"back-ru\"") == 2);
  CHECK(count_of(ru, "aria-label=\"back-ru\"") == 2);
  CHECK_FALSE(contains(ru, "Back to content"));
  CHECK_FALSE(contains(ru, "aria-label=\"x\""));
  CHECK(contains(ru, "class=&quot;footnote-backref&quot; data-footnote-backref aria-label=&quot;x&quot;."));
  CHECK(ru == render_markdown(text, page("ru", "../")));
}
