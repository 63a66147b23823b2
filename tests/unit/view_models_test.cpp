// The typed view models (render/view_models.h, render/page_models.h): built
// from the fixture site with the real theme, every key a page kind has is in
// its data even when the value is absent (false), so a template's lookup
// never climbs to an enclosing context's value of the same name; the topic
// page names its events without rendering their texts; and the page kinds
// come from one table.

#include <catch2/catch.hpp>

#include "../support/portal_fixture.h"
#include "content/load.h"
#include "content/theme.h"
#include "link/link.h"
#include "render/mustache_theme.h"
#include "render/pages.h"
#include "render/views.h"

using namespace portal;
namespace fx = portal::fixture;

namespace {

/// The fixture portal loaded, linked and ready to render, with the real theme.
struct Rendered {
  fx::TempDir dir;
  Diagnostics diag;
  Site site;
  Theme theme;
  LinkedSite linked;
  std::unique_ptr<RenderContext> ctx;

  Rendered() {
    fx::fs::path root = fx::make_portal(dir);
    site = load_content(root.string(), diag);
    theme = load_theme(root.string(), site.config, diag);
    auto templates = render::compile_theme(theme, page_templates(), diag);
    linked = link_site(site, diag);
    REQUIRE_FALSE(diag.has_errors());
    REQUIRE(templates);
    ctx = std::make_unique<RenderContext>(linked, theme, std::move(*templates));
  }
};

const Rendered& fixture_site() {
  static const Rendered r;
  return r;
}

}  // namespace

TEST_CASE("view models: a paper without a DOI, journal or UDC has them as false, not missing", "[views]") {
  const Rendered& r = fixture_site();
  const RenderContext& ctx = *r.ctx;
  const size_t gamma = ctx.ls.paper_by_id.at("gamma-cinema");
  REQUIRE(ctx.ls.paper(gamma).doi.empty());
  const json data = to_data(paper_view(ctx, PageRef{"en", "en/papers/gamma-cinema/"}, gamma));
  const json& paper = data.at("paper");
  CHECK(paper.at("doi") == false);
  CHECK(paper.at("journal") == false);
  CHECK(paper.at("udc") == false);
  CHECK(paper.at("edition") == false);
  CHECK(data.at("feed") == false);  // the fixture has no base_url

  // A theme whose paper section stands inside a context with a `doi` of its
  // own (here: the globals) still sees that this paper has none.
  render::Templates probe;
  probe.add("probe", "{{#paper}}{{^doi}}no DOI{{/doi}}{{#doi}}DOI {{text}}{{/doi}}{{/paper}}");
  const json outer = {{"doi", {{"text", "10.1000/outer"}}}};
  CHECK(probe.render("probe", data, outer) == "no DOI");

  // The paper with one shows its own.
  const size_t alpha = ctx.ls.paper_by_id.at("alpha-smart-power");
  const json with_doi = to_data(paper_view(ctx, PageRef{"en", "en/papers/alpha-smart-power/"}, alpha));
  CHECK(probe.render("probe", with_doi, outer) == "DOI " + ctx.ls.paper(alpha).doi);
}

TEST_CASE("view models: an author without e-mail or ORCID has them as false, so no enclosing value shows", "[views]") {
  const Rendered& r = fixture_site();
  const RenderContext& ctx = *r.ctx;
  size_t found = ctx.ls.authors.size();
  for (size_t i = 0; i < ctx.ls.authors.size() && found == ctx.ls.authors.size(); ++i)
    if (ctx.ls.authors[i].author.email.empty() && ctx.ls.authors[i].author.orcid.empty()) found = i;
  REQUIRE(found < ctx.ls.authors.size());
  const json data = to_data(author_view(ctx, PageRef{"ru", "ru/authors/x/"}, found));
  CHECK(data.at("author").at("email") == false);
  CHECK(data.at("author").at("orcid") == false);
  render::Templates probe;
  probe.add("probe", "{{#author}}{{^email}}no e-mail{{/email}}{{#email}}<{{email}}>{{/email}}{{/author}}");
  CHECK(probe.render("probe", data, json{{"email", "outer@example.org"}}) == "no e-mail");
}

TEST_CASE("view models: every localized value carries text, lang, fallback, foreign and its note", "[views]") {
  const Rendered& r = fixture_site();
  const RenderContext& ctx = *r.ctx;
  const json data = to_data(topics_view(ctx, PageRef{"tr", "tr/topics/"}));
  REQUIRE_FALSE(data.at("topics").empty());
  for (const json& tile : data.at("topics")) {
    const json& name = tile.at("name");
    for (const char* key : {"text", "lang", "fallback", "foreign", "fallback_note"}) CHECK(name.contains(key));
    CHECK(tile.contains("description"));  // a Shown or false, never missing
    CHECK(tile.at("chart").contains("html"));
    CHECK(tile.at("chart").contains("undated"));
  }
}

TEST_CASE("view models: the topic page lists its events by date and title without rendering their texts", "[views]") {
  const Rendered& r = fixture_site();
  const RenderContext& ctx = *r.ctx;
  bool checked = false;
  for (size_t t = 0; t < ctx.ls.site->topics.size(); ++t) {
    const std::string& id = ctx.ls.site->topics[t].id;
    auto it = ctx.ls.topic_events.find(id);
    if (it == ctx.ls.topic_events.end() || it->second.empty()) continue;
    const json data = to_data(topic_view(ctx, PageRef{"kk", "kk/topics/" + id + "/"}, t));
    for (const json& e : data.at("topic").at("events_list")) {
      CHECK(e.contains("title"));
      CHECK(e.contains("date_iso"));
      CHECK_FALSE(e.contains("summary"));
      CHECK_FALSE(e.contains("note"));
    }
    checked = true;
  }
  CHECK(checked);
}

TEST_CASE("view models: one table gives every page kind its template", "[views]") {
  CHECK(page_templates() == std::vector<std::string_view>{"root", "not_found", "home", "papers", "paper", "topics",
                                                          "topic", "timeline", "authors", "author", "search"});
}
