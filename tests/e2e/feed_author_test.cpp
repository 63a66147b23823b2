// End to end: every Atom feed has an author. A paper whose source names nobody
// (gamma-cinema: `authors: []`) has an entry without one, and RFC 4287 §4.1.1
// then requires the feed to name an author: the portal, by its site title in
// the feed's language. Parsed with Python's XML parser, so an ill-formed feed fails.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../support/scholarly_site.h"

using namespace portal::fixture;
using namespace portal::fixture::scholarly;

namespace {

const char* kAuthorScript = R"(
import sys, json, xml.dom.minidom as m
d = m.parse(sys.argv[1]); A = 'http://www.w3.org/2005/Atom'; root = d.documentElement
def names(e):
    return [n.firstChild.data for a in e.childNodes if a.nodeType == 1 and a.localName == 'author'
            for n in a.childNodes if n.nodeType == 1 and n.localName == 'name']
print(json.dumps({'feed': names(root),
                  'entries': {[i for i in e.childNodes if i.nodeType == 1 and i.localName == 'id'][0].firstChild.data:
                              names(e) for e in root.getElementsByTagNameNS(A, 'entry')}}))
)";

}  // namespace

TEST_CASE("feeds: each feed names the portal as its author, so an entry without authors is valid Atom",
          "[e2e][feeds]") {
  const BuiltSite& s = scholarly_site();
  REQUIRE(s.run.status == 0);
  const std::map<std::string, std::string> titles = {{"kk", "Сынақ порталы: Қазақстан – Түркия"},
                                                     {"ru", "Тестовый портал: Казахстан – Турция"},
                                                     {"tr", "Deneme Portalı: Kazakistan – Türkiye"},
                                                     {"en", "Test Portal: Kazakhstan – Türkiye"}};
  for (const auto& lang : kLangs) {
    INFO(lang);
    fs::path feed = s.out / lang / "feed.xml";
    REQUIRE(fs::exists(feed));
    RunResult r = run_python(kAuthorScript, {feed.string()});
    INFO(r.err);
    REQUIRE(r.status == 0);  // well-formed XML
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["feed"] == nlohmann::json::array({titles.at(lang)}));
    // the paper without authors is in the feed, without an author of its own
    std::string gamma = kBase + lang + "/papers/gamma-cinema/";
    REQUIRE(j["entries"].contains(gamma));
    CHECK(j["entries"][gamma].empty());
  }
}
