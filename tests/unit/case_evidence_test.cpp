// The evidence for proper nouns: how the portal's texts write their words,
// gathered once per build from every text (text/case_evidence.h,
// link/name_evidence.h), and what APA's sentence case makes of it.
#include "text/case_evidence.h"

#include <catch2/catch.hpp>
#include <string>

#include "../support/citation_papers.h"
#include "link/name_evidence.h"
#include "render/sentence_case.h"
#include "text/markdown.h"
#include "text/markdown_cache.h"

using namespace portal;
using namespace portal::test;

TEST_CASE("case evidence: capitals inside a sentence are names, lower case is a common word") {
  text::WordCases ev;
  CHECK_FALSE(ev.has_prose());
  ev.add("Bu dönemde Türkiye, Kazakistan'ın bağımsızlığını tanıdı. Rolü büyüktü ve rolü sürdü.");
  CHECK(ev.has_prose());
  CHECK(ev.capitalised("Türkiye", nullptr));
  CHECK(ev.capitalised("Kazakistan", nullptr));
  // an inflected form vouches for another ("Kazakistan" → "Kazakistanın")
  CHECK(ev.capitalised("Kazakistanın", nullptr));
  // … and a longer one a shorter ("Teşkilatı" → "Teşkilatının", three letters)
  ev.add("Bu Teşkilatı'nın işidir.");
  CHECK(ev.capitalised("Teşkilatının", nullptr));
  // "Rolü" starts a sentence: no evidence of a name; "rolü" is a common word
  CHECK_FALSE(ev.capitalised("Rolü", nullptr));
  CHECK(ev.written_lower("rolü"));
  CHECK(ev.written_lower("bağımsızlığı"));
  CHECK_FALSE(ev.written_lower("türkiye"));
}

TEST_CASE("case evidence: a line or a quotation in Title Case gives only its lower-case words") {
  text::WordCases ev;
  // a quoted title: its capitals are style ("Oluşumunda", "Rolü"), its "ve" is evidence
  ev.add("“Türk Devletleri Teşkilatının Oluşumunda Kazakistan ve Türkiye'nin Rolü” makalesi dönemi anlatır.");
  CHECK_FALSE(ev.capitalised("Oluşumunda", nullptr));
  CHECK_FALSE(ev.capitalised("Rolü", nullptr));
  CHECK_FALSE(ev.has_phrase("Kazakistan ve Türkiye"));
  CHECK(ev.written_lower("ve"));
  CHECK(ev.written_lower("makalesi"));
  // a title on its own line, in Title Case, is no prose
  text::WordCases titles;
  titles.add("Türk Devletleri Teşkilatının Oluşumunda Kazakistan ve Türkiye'nin Rolü");
  CHECK_FALSE(titles.has_prose());
  CHECK(titles.written_lower("ve"));
  CHECK_FALSE(titles.capitalised("Kazakistan", nullptr));
  // outside quotation marks the same words are evidence, names of several words too
  text::WordCases prose;
  prose.add("Kazakistan, Türk Devletleri Teşkilatının kurucularındandır; Kazakistan ve Türkiye iş birliği yapar.");
  std::string_view turk = "Türk", devletleri = "Devletleri";
  CHECK(prose.capitalised("Devletleri", &turk));
  CHECK(prose.capitalised("Teşkilatının", &devletleri));
  CHECK(prose.has_phrase("Kazakistan ve Türkiye"));
  CHECK_FALSE(prose.has_phrase("Kazakistan ve"));
}

TEST_CASE("case evidence: Markdown is read as prose, without link targets, code, images or editorial marks") {
  const std::string md =
      "## Giriş Bölümü {#giris}\n\n"
      "Bu [makale](paper:kazakhstan-turkiye-ots#introduction) Türkiye'yi anlatır `kod Kodu`.\n\n"
      "![Resim Alt Yazısı](figure:missing)\n\n"
      "Bir hata[sic](editorial:sic) vardır.[^1]\n\n"
      "“[Türk Devletleri Teşkilatının Oluşumunda Kazakistan](paper:x)” makalesi.\n\n"
      "[^1]: Dipnot metni.\n";
  const std::string prose = text::markdown_prose(md);
  // each block on a line of its own, each link's text set off; the heading (a title), link
  // targets, code, the figure's caption, the editorial mark and the footnote label gone
  CHECK(prose.find("Giriş") == std::string::npos);
  CHECK(prose.find("{#giris}") == std::string::npos);
  CHECK(prose.find("Bu \x1Fmakale\x1F Türkiye'yi anlatır .") != std::string::npos);
  for (const char* gone : {"kazakhstan", "paper", "introduction", "kod", "Resim", "sic", "^1"}) {
    INFO(gone);
    CHECK(prose.find(gone) == std::string::npos);
  }
  CHECK(prose.find("Dipnot metni.") != std::string::npos);
  // the prepared form keeps the same prose
  text::MarkdownCache cache({md});
  REQUIRE(cache.find(md));
  CHECK(cache.find(md)->prose() == prose);
  text::WordCases ev;
  ev.add(prose);
  CHECK_FALSE(ev.written_lower("kazakhstan"));
  // the link's Title Case text is no evidence; the sentence runs on after a link
  CHECK_FALSE(ev.capitalised("Oluşumunda", nullptr));
  CHECK(ev.capitalised("Türkiye", nullptr));
}

TEST_CASE("name evidence: every text of the portal, each in its own language, once") {
  Site site;
  site.papers = {kazakh_editorial(), turkish_review()};
  Topic t;
  t.id = "ots";
  t.name = loc({{"tr", "Türk Devletleri Teşkilatı"}});
  t.description = loc({{"tr", "Türk Devletleri Teşkilatı ve onun oluşumu üzerine yazılar."}});
  site.topics = {t};
  Event e;
  e.id = "e";
  e.title = loc({{"tr", "Türk Devletleri Teşkilatının kuruluşu"}});
  e.summary = loc({{"tr", "Zirvede Türk Devletleri Teşkilatının rolü konuşuldu."}});
  site.events = {e};
  text::CaseEvidence ev = gather_name_evidence(site, text::MarkdownCache());
  const text::WordCases* tr = ev.find("tr");
  REQUIRE(tr);
  CHECK(tr->has_prose());
  std::string_view turk = "Türk", devletleri = "Devletleri";
  CHECK(tr->capitalised("Devletleri", &turk));
  CHECK(tr->capitalised("Teşkilatının", &devletleri));
  CHECK(tr->written_lower("oluşumu"));  // in the topic's description
  CHECK_FALSE(tr->capitalised("Oluşumunda", nullptr));  // never capitalised: lowered in a title
  CHECK(tr->written_lower("rolü"));
  // another language's words are not evidence for Turkish
  CHECK(ev.find("ru"));
  CHECK_FALSE(tr->capitalised("Турции", nullptr));
  CHECK(ev.find("de") == nullptr);
  // the editorial Turkish description of 001 now has texts to be judged by
  CHECK(sentence_case("Türk Devletleri Teşkilatının Oluşumunda Kazakistan ve Türkiye'nin Rolü", "tr", tr) ==
        "Türk Devletleri Teşkilatının oluşumunda Kazakistan ve Türkiye'nin rolü");
  CHECK(cite_apa(kazakh_editorial(), "tr", ev).text ==
        "[Türk Devletleri Teşkilatının oluşumunda Kazakistan ve Türkiye’nin rolü]. (t.y.).");
}
