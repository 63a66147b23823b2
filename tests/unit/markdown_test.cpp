// text/markdown.h: GFM, heading anchors, scheme links, figure placeholders,
// and raw HTML shown as text.

#include <catch2/catch.hpp>

#include "../support/portal_fixture.h"
#include "text/html_escape.h"
#include "text/markdown.h"

#include <thread>

using namespace portal::text;
using portal::fixture::contains;
using portal::fixture::count_of;

namespace {

/// Renders with a resolver that links every scheme link to "R/<scheme>/<target>#<fragment>".
std::string render(std::string_view md) {
  MarkdownOptions opt;
  opt.missing_figure_note = "The image is not in the source.";
  opt.footnote_back_label = "Back to the text";
  opt.resolve = [](const SchemeLink& l) {
    LinkTarget t;
    t.href = "R/" + l.scheme + "/" + l.target + (l.fragment.empty() ? "" : "#" + l.fragment);
    return t;
  };
  return render_markdown(md, opt);
}

std::vector<std::string> heading_ids(std::string_view md) {
  std::vector<std::string> out;
  for (const auto& h : outline_markdown(md).headings) out.push_back(h.id);
  return out;
}

}  // namespace

// --- GFM ------------------------------------------------------------------------

TEST_CASE("markdown: a table's title line is its caption, links and all; other paragraphs stay paragraphs",
          "[markdown]") {
  std::string html = render("Tablo: 1. Öğrenciler ([YÖK](cite:yok))\n\n| Yıl | Sayı |\n|---|--:|\n| 2019 | 3 |\n");
  CHECK(contains(html, "<div class=\"table-wrap\"><table><caption>Tablo: 1. Öğrenciler (<a href=\"R/cite/yok\">YÖK</a>)"
                       "</caption>\n<thead>"));
  std::string plain = render("The numbers below.\n\n| Yıl | Sayı |\n|---|--:|\n| 2019 | 3 |\n");
  CHECK(contains(plain, "<p>The numbers below.</p>\n<div class=\"table-wrap\"><table>\n<thead>"));
  CHECK_FALSE(contains(plain, "<caption>"));
  // A label that only mentions a table, not followed by one, stays a paragraph.
  CHECK(contains(render("Table 2 shows it.\n\nText.\n"), "<p>Table 2 shows it.</p>"));
}

TEST_CASE("markdown: GFM tables", "[markdown]") {
  std::string html = render("Table 1 – Trade\n\n| Year | Volume |\n|---|--:|\n| 2019 | 3,1 |\n| 2020 | *2,8* |\n\nSource: TÜİK\n");
  // The line that titles the table is its caption.
  CHECK(contains(html, "<div class=\"table-wrap\"><table><caption>Table 1 – Trade</caption>\n<thead>"));
  CHECK_FALSE(contains(html, "<p>Table 1"));
  CHECK(contains(html, "</table></div>"));
  CHECK(contains(html, "<th>Year</th>"));
  CHECK(contains(html, "<th class=\"align-right\">Volume</th>"));
  CHECK(contains(html, "<td>2019</td>"));
  CHECK(contains(html, "<td class=\"align-right\"><em>2,8</em></td>"));
  CHECK_FALSE(contains(html, "align="));
  CHECK(contains(html, "<p>Source: TÜİK</p>"));
}

TEST_CASE("markdown: GFM footnotes, with the back link labelled in the reader's language", "[markdown]") {
  std::string html = render("Text[^1] and more[^note].\n\n[^1]: First note.\n[^note]: Second *note*.\n");
  CHECK(contains(html, "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\""));
  CHECK(contains(html, "<a href=\"#fn-note\" id=\"fnref-note\""));
  CHECK(contains(html, "<section class=\"footnotes\" data-footnotes><h2 class=\"footnotes-heading\">Notes</h2>"));
  CHECK(contains(html, "<li id=\"fn-1\">"));
  CHECK(contains(html, "Second <em>note</em>."));
  CHECK(count_of(html, "aria-label=\"Back to the text\"") == 2);
  CHECK_FALSE(contains(html, "Back to content"));
}

TEST_CASE("markdown: GFM strikethrough and autolinks", "[markdown]") {
  std::string html = render("~~old~~ new. See www.example.org, https://example.org/a?b=1&c=2 and mail@example.org.\n");
  CHECK(contains(html, "<del>old</del> new."));
  CHECK(contains(html, "<a href=\"http://www.example.org\">www.example.org</a>"));
  CHECK(contains(html, "<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>"));
  CHECK(contains(html, "<a href=\"mailto:mail@example.org\">mail@example.org</a>"));
}

TEST_CASE("markdown: block quotes, emphasis, lists and code", "[markdown]") {
  std::string html = render("> A long *quotation*.\n\n1. one\n2. two\n\n`a < b`\n");
  CHECK(contains(html, "<blockquote>\n<p>A long <em>quotation</em>.</p>\n</blockquote>"));
  CHECK(contains(html, "<ol>\n<li>one</li>"));
  CHECK(contains(html, "<code>a &lt; b</code>"));
}

// --- heading ids -------------------------------------------------------------------

TEST_CASE("markdown: explicit heading ids {#id}", "[markdown][headings]") {
  std::string md = "## Giriş {#giris}\n\n### Sub *part* {#sub-part}\n";
  auto o = outline_markdown(md);
  REQUIRE(o.headings.size() == 2);
  CHECK(o.headings[0].id == "giris");
  CHECK(o.headings[0].text == "Giriş");
  CHECK(o.headings[0].level == 2);
  CHECK(o.headings[0].line == 1);
  CHECK(o.headings[1].id == "sub-part");
  CHECK(o.headings[1].text == "Sub part");
  CHECK(o.headings[1].level == 3);
  CHECK(o.headings[1].line == 3);
  std::string html = render(md);
  CHECK(contains(html, "<h2 id=\"giris\">Giriş</h2>"));
  CHECK(contains(html, "<h3 id=\"sub-part\">Sub <em>part</em></h3>"));
  CHECK_FALSE(contains(html, "{#"));
}

TEST_CASE("markdown: derived heading ids are ASCII, transliterated", "[markdown][headings]") {
  CHECK(heading_ids("## Кіріспе\n\n## Введение\n\n## Kavramsal Çerçeve\n\n## Results and Discussion\n") ==
        std::vector<std::string>{"kirispe", "vvedenie", "kavramsal-cerceve", "results-and-discussion"});
  CHECK(contains(render("## Қазақ тілі\n"), "<h2 id=\"qazaq-tili\">Қазақ тілі</h2>"));
}

TEST_CASE("markdown: heading ids are unique, explicit ones win over derived ones", "[markdown][headings]") {
  CHECK(heading_ids("## Intro\n\n## Intro\n\n## Intro\n") == std::vector<std::string>{"intro", "intro-2", "intro-3"});
  // a later explicit {#intro-2} keeps its id; the derived ones step around it
  CHECK(heading_ids("## Intro\n\n## Intro\n\n## Other {#intro-2}\n") ==
        std::vector<std::string>{"intro", "intro-3", "intro-2"});
  CHECK(heading_ids("## Intro {#intro}\n\n## Intro\n") == std::vector<std::string>{"intro", "intro-2"});
  // rendering gives the same ids as the outline
  std::string html = render("## Intro\n\n## Intro\n\n## Other {#intro-2}\n");
  CHECK(contains(html, "<h2 id=\"intro\">Intro</h2>\n<h2 id=\"intro-3\">Intro</h2>\n<h2 id=\"intro-2\">Other</h2>"));
}

TEST_CASE("markdown: two headings with the same explicit id still get unique ids", "[markdown][headings]") {
  // markdown.h promises headings "with unique ids"; a copied {#id} must not give two elements one id
  auto ids = heading_ids("## One {#same}\n\n## Two {#same}\n");
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == "same");
  CHECK(ids[1] != "same");
}

TEST_CASE("markdown: setext headings and headings with links get ids too", "[markdown][headings]") {
  std::string md = "Title\n=====\n\nSee [x](topic:ots)\n---\n\n## After\n";
  CHECK(heading_ids(md) == std::vector<std::string>{"title", "see-x", "after"});
  std::string html = render(md);
  CHECK(contains(html, "<h1 id=\"title\">Title</h1>"));
  CHECK(contains(html, "<h2 id=\"see-x\">See <a href=\"R/topic/ots\">x</a></h2>"));
  CHECK(contains(html, "<h2 id=\"after\">After</h2>"));
}

TEST_CASE("markdown: an explicit id is escaped in the attribute", "[markdown][headings]") {
  std::string html = render("## Odd {#a\"b<c>}\n");
  CHECK_FALSE(contains(html, "id=\"a\"b"));
  CHECK_FALSE(contains(html, "<c>"));
}

// --- raw HTML, figures ------------------------------------------------------------

TEST_CASE("markdown: raw HTML is shown as text, never passed through", "[markdown][html]") {
  std::string html = render(
      "<script>alert(1)</script>\n\n"
      "Inline <b>bold</b>, <img src=x onerror=alert(1)> and <!-- a comment -->.\n\n"
      "<div onclick=\"alert(1)\">\nblock\n</div>\n");
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(contains(html, "&lt;b&gt;bold&lt;/b&gt;"));
  CHECK(contains(html, "&lt;img src=x onerror=alert(1)&gt;"));
  CHECK(contains(html, "&lt;!-- a comment --&gt;"));
  CHECK(contains(html, "&lt;div onclick=&quot;alert(1)&quot;&gt;"));
  for (const auto& t : portal::fixture::start_tags(html)) {
    INFO("<" << t.name << ">");
    CHECK((t.name == "p"));
  }
}

TEST_CASE("markdown: javascript: links lose their target", "[markdown][html]") {
  std::string html = render("[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) <javascript:alert(1)> "
                            "[c](&#106;avascript:alert(1)) [d](vbscript:x) [e](data:text/html,x)\n");
  for (const auto& t : portal::fixture::start_tags(html)) {
    if (t.name != "a") continue;
    INFO(t.get("href"));
    CHECK(t.get("href").empty());
  }
  CHECK(count_of(html, "<a href=\"\">") == 6);
}

TEST_CASE("markdown: a figure whose image is missing shows its caption and a note", "[markdown][figure]") {
  std::string html = render("![Сурет 1 – Сауда & <көлемі>](figure:missing)\n");
  CHECK(html ==
        "<figure class=\"figure-missing\"><div class=\"figure-placeholder\">The image is not in the source.</div>"
        "<figcaption>Сурет 1 – Сауда &amp; &lt;көлемі&gt;</figcaption></figure>\n");
  // inside a paragraph it is placed inline (a <figure> may not stand in a <p>);
  // other images are left alone
  std::string inline_fig = render("Text ![Fig. 2](figure:missing) more ![pic](pic.png)\n");
  CHECK(contains(inline_fig, "<p>Text <span class=\"figure-missing\"><span class=\"figure-caption\">Fig. 2</span> "
                             "<span class=\"figure-placeholder\">(The image is not in the source.)</span></span> more"));
  CHECK(contains(inline_fig, "<img src=\"pic.png\" alt=\"pic\" />"));
}

// --- scheme links ---------------------------------------------------------------------

TEST_CASE("markdown: scheme link parsing", "[markdown][links]") {
  SchemeLink l;
  REQUIRE(parse_scheme_link("paper:smart-power#giris", l));
  CHECK(l.scheme == "paper");
  CHECK(l.target == "smart-power");
  CHECK(l.fragment == "giris");
  REQUIRE(parse_scheme_link("cite:1", l));
  CHECK(l.scheme == "cite");
  CHECK(l.target == "1");
  CHECK(l.fragment.empty());
  CHECK(parse_scheme_link("event:e", l));
  CHECK(parse_scheme_link("topic:t", l));
  CHECK_FALSE(parse_scheme_link("https://example.org", l));
  CHECK_FALSE(parse_scheme_link("papers:x", l));
  CHECK_FALSE(parse_scheme_link("paper", l));
  CHECK_FALSE(parse_scheme_link("figure:missing", l));
}

TEST_CASE("markdown: the outline finds scheme links with line, column and occurrence", "[markdown][links]") {
  std::string md =
      "# Title\n"
      "\n"
      "Қазақ [a](paper:p1#sec) and [b](cite:k1), [c](cite:k1).\n"
      "> quote [d](topic:t)\n"
      "\n"
      "- item [e](event:e)\n"
      "\n"
      "[^1]: note [f](cite:k1)\n"
      "\n"
      "Text[^1].\n";
  auto o = outline_markdown(md);
  REQUIRE(o.links.size() == 6);
  auto at = [&](size_t i) {
    const auto& l = o.links[i];
    return l.scheme + ":" + l.target + (l.fragment.empty() ? "" : "#" + l.fragment) + " " + std::to_string(l.line) +
           ":" + std::to_string(l.col) + " #" + std::to_string(l.occurrence);
  };
  CHECK(at(0) == "paper:p1#sec 3:7 #1");  // columns count characters, not bytes
  CHECK(at(1) == "cite:k1 3:29 #1");
  CHECK(at(2) == "cite:k1 3:43 #2");
  CHECK(at(3) == "topic:t 4:9 #1");
  CHECK(at(4) == "event:e 6:8 #1");
  CHECK(at(5) == "cite:k1 8:12 #3");
}

TEST_CASE("markdown: a link on an indented continuation line is placed where it is written",
          "[markdown][links]") {
  // the line's leading spaces belong to the column
  auto o = outline_markdown("First line of a paragraph\n   goes on [x](paper:p).\n");
  REQUIRE(o.links.size() == 1);
  CHECK(o.links[0].line == 2);
  CHECK(o.links[0].col == 12);
}

TEST_CASE("markdown: the resolver gives each scheme link its target", "[markdown][links]") {
  std::vector<SchemeLink> seen;
  MarkdownOptions opt;
  opt.resolve = [&](const SchemeLink& l) {
    seen.push_back(l);
    LinkTarget t;
    if (l.scheme == "cite") {
      t.href = "#ref-" + l.target;
      t.id = "cite-" + l.target + "-" + std::to_string(l.occurrence);
      t.css_class = "cite";
      t.title = "A \"title\"";
    } else if (l.target == "unknown") {
      t.css_class = "cite-unresolved";
    } else if (l.target != "plain") {
      t.href = "../" + l.target + "/" + (l.fragment.empty() ? "" : "#" + l.fragment);
    }
    return t;
  };
  std::string html = render_markdown(
      "[A](paper:p#s) [B](cite:k) [C](cite:k) [D](event:plain) [E *em*](event:unknown)\n", opt);
  CHECK(contains(html, "<a href=\"../p/#s\">A</a>"));
  CHECK(contains(html, "<a href=\"#ref-k\" id=\"cite-k-1\" class=\"cite\" title=\"A &quot;title&quot;\">B</a>"));
  CHECK(contains(html, "<a href=\"#ref-k\" id=\"cite-k-2\" class=\"cite\" title=\"A &quot;title&quot;\">C</a>"));
  CHECK(contains(html, " D "));  // no href: the link text alone
  CHECK(contains(html, "<span class=\"cite-unresolved\">E <em>em</em></span>"));
  REQUIRE(seen.size() == 5);
  CHECK(seen[0].fragment == "s");
  CHECK(seen[2].occurrence == 2);
}

TEST_CASE("markdown: scheme links in table cells are rendered", "[markdown][links]") {
  std::string html = render("| Source | Note |\n|---|---|\n| [Nye](cite:nye) | see [x](paper:p#s) |\n");
  CHECK(contains(html, "<td><a href=\"R/cite/nye\">Nye</a></td>"));
  CHECK(contains(html, "<td>see <a href=\"R/paper/p#s\">x</a></td>"));
}

TEST_CASE("markdown: a missing figure in a table cell keeps its caption", "[markdown][figure]") {
  std::string html = render("| Figure |\n|---|\n| ![Fig. 3 – Map](figure:missing) |\n");
  CHECK(contains(html, "Fig. 3 – Map"));
}

TEST_CASE("markdown: escape_html", "[markdown]") {
  CHECK(escape_html("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
  CHECK(escape_html("Қазақ") == "Қазақ");
}

TEST_CASE("markdown: rendering from many threads gives the same HTML", "[markdown]") {
  std::string md = "## Кіріспе\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1] [x](cite:k).\n\n[^1]: Note.\n";
  std::string expected = render(md);
  std::vector<int> failures(8, 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < failures.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 100; ++i)
        if (render(md) != expected) ++failures[t];
    });
  for (auto& th : threads) th.join();
  for (int f : failures) CHECK(f == 0);
}

TEST_CASE("markdown: a figure:missing caption with inline HTML shows the markup as text", "[markdown]") {
  // Regression: the figure's paragraph was freed before its HTML nodes were read.
  std::string html = render("![Figure 1 – <i>caption</i>](figure:missing)\n");
  CHECK(contains(html, "<figcaption>Figure 1 – &lt;i&gt;caption&lt;/i&gt;</figcaption>"));
  std::string inline_html = render("| a |\n|---|\n| ![<b>x</b> y](figure:missing) |\n");
  CHECK(contains(inline_html, "<span class=\"figure-caption\">&lt;b&gt;x&lt;/b&gt; y</span>"));
  CHECK(markdown_to_plain("A [<i>slip</i>](editorial:sic) and ![<i>c</i>](figure:missing).") ==
        "A and <i>c</i>.");
}

TEST_CASE("markdown: table column alignment is a class, never the obsolete align attribute", "[markdown]") {
  std::string html = render("| L | C | R |\n|:--|:-:|--:|\n| a | b | 1 |\n");
  CHECK(contains(html, "<th class=\"align-left\">L</th>"));
  CHECK(contains(html, "<th class=\"align-center\">C</th>"));
  CHECK(contains(html, "<td class=\"align-center\">b</td>"));
  CHECK(contains(html, "<td class=\"align-right\">1</td>"));
  CHECK_FALSE(contains(html, "align=\""));
}
